namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-tenth pass (docs/reading.md), with sentences of held-out set 83's sources (`HeldOut83/`,
/// development set 84 since). Every case read failed on the tree of the set's measurement, before the pass.</summary>
public class HeldOut83RulesTests
{
    // The Central Organisation Commission with the Central Committee's names before it; a contest's organising board by "BTC".
    [Theory]
    [InlineData("In the morning session, Phạm Minh Chính, Politburo member, Secretary of the Party Central Committee (PCC) and Head of the PCC’s Organisation Commission, on behalf of the Presidium, read a report on the outcomes of discussions by delegates.",
        "PCC’s Organisation Commission = vn.party.central-organisation-commission", "2021-01-30")]
    [InlineData("Vietnam News Agency talks to Nguyễn Thanh Bình, permanent deputy head of the Communist Party of Việt Nam Central Committee’s Organisation Commission, on personnel issues and voting regulations for the country’s leaders.",
        "Communist Party of Việt Nam Central Committee’s Organisation Commission = vn.party.central-organisation-commission", "2021-01-25")]
    [InlineData("– Danh sách tổng số tác phẩm dự thi đã thu nhận (theo mẫu của BTC cuộc thi – định dạng Microsoft Excel).",
        "BTC cuộc thi = -", "2023-02-10")]
    public void Bodies_are_read(string text, string expected, string day) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day(day)).Split('|'));
}
