namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-sixty-fifth pass (docs/reading.md), with sentences of held-out set 141's sources
/// (`HeldOut141/`) and of development set 54's. Every case failed with the library sets 140 and 141 were measured with (62726a7).</summary>
public class HeldOut141RulesTests
{
    // Báo Sơn La (held-out set 141): the standing boards of the communes' Party committees named, one group, as the provinces' are.
    [Fact]
    public void The_standing_boards_of_the_communes_named() => Assert.Contains(
        "Standing Boards of the Party Committees of Muong La, Muong Bu, Chieng Lao, Chieng Hoa, and Ngoc Chien communes = scope",
        Findings.OrganisationKeys("holds a working session with the Standing Boards of the Party Committees of Muong La, Muong Bu, Chieng Lao, Chieng Hoa, and Ngoc Chien communes.",
            Findings.Day("2025-12-10")).Split('|'));

    // Quảng Trị (development set 54): a commune's Party committee by its level alone, and its standing committee.
    [Fact]
    public void A_communes_Party_committee_by_its_level() => Assert.Contains("Standing Committee of the Commune Party Committee = -", Findings.OrganisationKeys(
        "decided to dismiss Mr. Truong Minh Dong from the position of Member of the Standing Committee of the Commune Party Committee for the term 2020 - 2025.",
        Findings.Day("2025-04-08")).Split('|'));
}
