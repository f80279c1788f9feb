using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>Each purpose of a congress's subcommittee ("Tiểu ban Văn kiện", "Tiểu ban Kinh tế - Xã hội" with a hyphen or a dash,
/// "Tiểu ban Tổ chức phục vụ Đại hội"; "the Party Charter Subcommittee") and each kind of body whose office is a body of its own
/// ("Văn phòng HĐND tỉnh Hà Tĩnh", "Văn phòng Thành ủy Hà Nội"): one mention each, with no id, the chart holding none of them.
/// Written from the survivors of Reading's mutation sample (docs/quality.md, "Reading").</summary>
public class SubcommitteeAndOfficeRuleTests
{
    private static readonly LocalDate Day = new(2024, 3, 5);

    [Theory]
    [InlineData("Tiểu ban Văn kiện")]
    [InlineData("Tiểu ban Kinh tế - Xã hội")]
    [InlineData("Tiểu ban Kinh tế – Xã hội")]
    [InlineData("Tiểu ban Điều lệ Đảng")]
    [InlineData("Tiểu ban Nhân sự")]
    [InlineData("Tiểu ban Tổ chức phục vụ Đại hội")]
    [InlineData("Văn phòng UBND tỉnh Hà Tĩnh")]
    [InlineData("Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh")]
    [InlineData("Văn phòng HĐND tỉnh Hà Tĩnh")]
    [InlineData("Văn phòng Hội đồng nhân dân tỉnh Hà Tĩnh")]
    [InlineData("Văn phòng Tỉnh ủy Hà Tĩnh")]
    [InlineData("Văn phòng Thành ủy Hà Nội")]
    [InlineData("Documents Subcommittee")]
    [InlineData("Party Charter Subcommittee")]
    [InlineData("Socio-Economic Subcommittee")]
    public void Each_is_one_body_the_chart_does_not_hold(string name) =>
        Assert.Equal($"{name} = - ({name})", Findings.NamedOrganisations($"Theo đó, {name} đã họp.", Day));
}
