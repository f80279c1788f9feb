using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>Each kind of body below the province that the chart does not hold, one by one, with a unit's name after it: a
/// district's or a city's Party committee, office, inspectorate and inspection commission, police and military command of each
/// level, People's Committee and Council of each level, the Party organisation of each unit ("Đảng bộ thị trấn Vĩnh An"), a
/// commune's Party committee. One mention each, the kind and the name, with no id. Written from the survivors of Reading's
/// mutation sample (docs/quality.md, "Reading").</summary>
public class LowerLevelBodyRuleTests
{
    private static readonly LocalDate Day = new(2024, 3, 5);

    [Theory]
    [InlineData("Huyện ủy", "- (Huyện ủy Vĩnh An)")]
    [InlineData("Thị ủy", "- (Thị ủy Vĩnh An)")]
    [InlineData("Quận ủy", "- (Quận ủy Vĩnh An)")]
    [InlineData("Thanh tra huyện", "- (Thanh tra huyện Vĩnh An)")]
    [InlineData("Văn phòng Huyện ủy", "- (Văn phòng Huyện ủy Vĩnh An)")]
    [InlineData("Văn phòng Thị ủy", "- (Văn phòng Thị ủy Vĩnh An)")]
    [InlineData("Văn phòng Quận ủy", "- (Văn phòng Quận ủy Vĩnh An)")]
    [InlineData("Thành ủy", "- (Thành ủy Vĩnh An)")]
    [InlineData("UBND TP", "- (UBND TP Vĩnh An)")]
    [InlineData("UBND thành phố", "- (UBND thành phố Vĩnh An)")]
    [InlineData("Ủy ban nhân dân thành phố", "- (Ủy ban nhân dân thành phố Vĩnh An)")]
    [InlineData("HĐND TP", "- (HĐND TP Vĩnh An)")]
    [InlineData("HĐND thành phố", "- (HĐND thành phố Vĩnh An)")]
    [InlineData("Hội đồng nhân dân thành phố", "- (Hội đồng nhân dân thành phố Vĩnh An)")]
    [InlineData("UBKT Huyện ủy", "- (UBKT Huyện ủy Vĩnh An)")]
    [InlineData("Ủy ban Kiểm tra Huyện ủy", "- (Ủy ban Kiểm tra Huyện ủy Vĩnh An)")]
    [InlineData("UBKT Thị ủy", "- (UBKT Thị ủy Vĩnh An)")]
    [InlineData("Ủy ban Kiểm tra Thị ủy", "- (Ủy ban Kiểm tra Thị ủy Vĩnh An)")]
    [InlineData("UBKT Quận ủy", "- (UBKT Quận ủy Vĩnh An)")]
    [InlineData("Ủy ban Kiểm tra Quận ủy", "- (Ủy ban Kiểm tra Quận ủy Vĩnh An)")]
    [InlineData("Công an huyện", "- (Công an huyện Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự huyện", "- (Ban Chỉ huy quân sự huyện Vĩnh An)")]
    [InlineData("Công an xã", "- (Công an xã Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự xã", "- (Ban Chỉ huy quân sự xã Vĩnh An)")]
    [InlineData("Công an thị xã", "- (Công an thị xã Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự thị xã", "- (Ban Chỉ huy quân sự thị xã Vĩnh An)")]
    [InlineData("Công an phường", "- (Công an phường Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự phường", "- (Ban Chỉ huy quân sự phường Vĩnh An)")]
    [InlineData("Công an quận", "- (Công an quận Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự quận", "- (Ban Chỉ huy quân sự quận Vĩnh An)")]
    [InlineData("Công an thị trấn", "- (Công an thị trấn Vĩnh An)")]
    [InlineData("Ban Chỉ huy quân sự thị trấn", "- (Ban Chỉ huy quân sự thị trấn Vĩnh An)")]
    [InlineData("UBND xã", "- (Ủy ban nhân dân xã Vĩnh An)")]
    [InlineData("Ủy ban nhân dân xã", "- (Ủy ban nhân dân xã Vĩnh An)")]
    [InlineData("HĐND xã", "- (Hội đồng nhân dân xã Vĩnh An)")]
    [InlineData("Hội đồng nhân dân xã", "- (Hội đồng nhân dân xã Vĩnh An)")]
    [InlineData("UBND huyện", "- (UBND huyện Vĩnh An)")]
    [InlineData("Ủy ban nhân dân huyện", "- (Ủy ban nhân dân huyện Vĩnh An)")]
    [InlineData("HĐND huyện", "- (HĐND huyện Vĩnh An)")]
    [InlineData("Hội đồng nhân dân huyện", "- (Hội đồng nhân dân huyện Vĩnh An)")]
    [InlineData("UBND phường", "- (UBND phường Vĩnh An)")]
    [InlineData("Ủy ban nhân dân phường", "- (Ủy ban nhân dân phường Vĩnh An)")]
    [InlineData("HĐND phường", "- (HĐND phường Vĩnh An)")]
    [InlineData("Hội đồng nhân dân phường", "- (Hội đồng nhân dân phường Vĩnh An)")]
    [InlineData("UBND quận", "- (UBND quận Vĩnh An)")]
    [InlineData("Ủy ban nhân dân quận", "- (Ủy ban nhân dân quận Vĩnh An)")]
    [InlineData("HĐND quận", "- (HĐND quận Vĩnh An)")]
    [InlineData("Hội đồng nhân dân quận", "- (Hội đồng nhân dân quận Vĩnh An)")]
    [InlineData("UBND thị xã", "- (UBND thị xã Vĩnh An)")]
    [InlineData("Ủy ban nhân dân thị xã", "- (Ủy ban nhân dân thị xã Vĩnh An)")]
    [InlineData("HĐND thị xã", "- (HĐND thị xã Vĩnh An)")]
    [InlineData("Hội đồng nhân dân thị xã", "- (Hội đồng nhân dân thị xã Vĩnh An)")]
    [InlineData("UBND thị trấn", "- (UBND thị trấn Vĩnh An)")]
    [InlineData("Ủy ban nhân dân thị trấn", "- (Ủy ban nhân dân thị trấn Vĩnh An)")]
    [InlineData("HĐND thị trấn", "- (HĐND thị trấn Vĩnh An)")]
    [InlineData("Hội đồng nhân dân thị trấn", "- (Hội đồng nhân dân thị trấn Vĩnh An)")]
    [InlineData("Đảng bộ xã", "- (Đảng ủy xã Vĩnh An)")]
    [InlineData("Đảng bộ huyện", "- (Đảng bộ huyện Vĩnh An)")]
    [InlineData("Đảng bộ phường", "- (Đảng bộ phường Vĩnh An)")]
    [InlineData("Đảng bộ quận", "- (Đảng bộ quận Vĩnh An)")]
    [InlineData("Đảng bộ thị xã", "- (Đảng bộ thị xã Vĩnh An)")]
    [InlineData("Đảng bộ thị trấn", "- (Đảng bộ thị trấn Vĩnh An)")]
    [InlineData("Đảng bộ thành phố", "- (Đảng bộ thành phố Vĩnh An)")]
    [InlineData("Đảng bộ TP", "- (Đảng bộ TP Vĩnh An)")]
    [InlineData("Đảng ủy xã", "- (Đảng ủy xã Vĩnh An)")]
    [InlineData("Đảng ủy phường", "- (Đảng ủy phường Vĩnh An)")]
    public void Each_kind_with_a_units_name_is_one_body(string kind, string expected) =>
        Assert.Equal($"{kind} Vĩnh An = {expected}", Findings.NamedOrganisations($"Theo báo cáo, {kind} Vĩnh An đã họp.", Day));
}
