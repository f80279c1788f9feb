namespace OrgModel.Tests.Reading;

/// <summary>The rules of the eightieth pass (docs/reading.md): an English title, the body it is of, then the name, with no comma
/// between. Sentences of development sets 24, 26, 31, 43 and 61 (cut to the clause a rule reads). Every name read failed on main
/// at f87b00f, before the pass; the cases left alone pass there too, and so does the clause after ", while" (its name was not read
/// then), which holds the rule now that it is.</summary>
public class TitleBodyNameRulesTests
{
    [Theory]
    [InlineData("Chairman of the PPC Le Van Huong asked the Vice Chairmen of the PPC and leaders of departments and branches in the year 2019 have to strengthen their fact-finding tour.", "Le Van Huong")]
    [InlineData("The commission decided to give a warning to the Party Civil Affairs Committee of the People’s Court of Dak Lak province in the 2015-2020 tenure and its Secretary and Chief Justice of the provincial People’s Court Ngo Duc Tho as a disciplinary measure.", "Ngo Duc Tho")]
    [InlineData("and standing member of the Party Central Committee’s Secretariat Vo Van Thuong, along with incumbent and former Party, State, VFF leaders.", "Vo Van Thuong")]
    [InlineData("and asked incumbent Party Chief of Son La Hoang Van Chat to make selfcriticism.", "Hoang Van Chat")]
    [InlineData("Reporting progress of the merger plan for provincial-level radio and television stations, Director of the Ho Chi Minh City Department of Culture and Sports Tran The Thuan indicated that on May 29.", "Tran The Thuan")]
    public void The_name_after_a_title_and_its_body_is_read(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    // The clause after ", while" is another act: its people are not the expulsion's.
    [Fact]
    public void A_clause_after_while_keeps_its_people() =>
        Assert.Equal("Expulsion: |RemovalFromAllPartyPosts: Đỗ Đức Quân", Findings.Decisions("A number of officials of the ministry’s units were expelled from the Party, while former Vice Secretary of the Party Committee and Deputy Director General of the Electricity and Renewable Energy Authority Đỗ Đức Quân were dismissed from all Party positions."));

    [Theory]
    [InlineData("Secretary of the Ho Chi Minh City Party Committee Nguyen Van Nen said.", "Nguyen Van Nen")]
    [InlineData("The Chairman of the Central Inspection Committee, Tran Quoc Vuong, on behalf of the Politburo.", "Tran Quoc Vuong")]
    [InlineData("Director of the Department of Home Affairs Dang Thanh Quang said.", "Dang Thanh Quang")]
    public void Neighbours_of_the_new_rules_are_left_as_they_were(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));
}
