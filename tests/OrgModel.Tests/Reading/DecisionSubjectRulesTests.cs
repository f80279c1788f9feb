namespace OrgModel.Tests.Reading;

/// <summary>The rules of the fifty-fourth pass (docs/reading.md), from the development sets' missed decisions, with sentences of
/// those sets' sources and the cases each rule must leave alone. Every case the pass reads failed on main at 33c361f, before it;
/// the cases left alone pass there too.</summary>
public class DecisionSubjectRulesTests
{
    // "reprimanded" said of its subject is discipline on its own; "warned" only of a person named before it.
    [Theory]
    [InlineData("Le Quang Tien, vice chairman of the northern province in the 2016-2021 tenure, was reprimanded.", "Reprimand: Le Quang Tien")]
    [InlineData("Four Commune People’s Committee members have been reprimanded for attending a party in the middle of social distancing.", "Reprimand: ")]
    [InlineData("Residents of the coastal communes were warned of the coming floods.", "")]
    public void A_reprimand_said_of_its_subject_is_a_decision(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    // A form received by people named before it, with or without a title ("deputy decretary" is the page's own misspelling).
    [Theory]
    [InlineData("Lê Minh Chuẩn, secretary of the Party Committee and chairman of the Council of Members; Đặng Thanh Hải, deputy decretary of the Party Committee, member of the council and general director; and Nguyễn Ngọc Cơ, deputy general director, and former member of the Party Committee of Vinacomin, also received warnings.", "Warning: Lê Minh Chuẩn, Đặng Thanh Hải, Nguyễn Ngọc Cơ")]
    [InlineData("Phan Xuân Thuỷ, a member of the Party Committee and deputy general director, got a reprimand.", "Reprimand: Phan Xuân Thuỷ")]
    [InlineData("A source from the provincial environment department said Diep Xuan Vinh and Cao Minh Phuong had received warnings, a mode of punishment for Vietnamese officials that is followed by demotion.", "Warning: Diep Xuan Vinh, Cao Minh Phuong")]
    [InlineData("Two provincial officials from the Central Highlands province of Kon Tum have received official warnings after a beer-fueled argument over dinner turned violent.", "")]
    public void A_form_received_by_the_people_named_before_it_is_a_decision(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    // "a warning was given to": the form given, in the passive, to the people named after it; "ex-chairman" is a title.
    [Theory]
    [InlineData("According to the decisions, which were signed by Deputy Prime Minister Tran Luu Quang, a warning was given to Duong Ngoc Long, ex-chairman of the Thai Nguyen People’s Committee in the 2011-2016 tenure, and Vu Hong Bac, former chairman of the provincial government in the 2016-2021 tenure.", "Warning: Duong Ngoc Long, Vu Hong Bac")]
    [InlineData("Accordingly, a warning was given to Mai Tien Dung , former member of the Party Central Committee, and former Secretary of the Party Committee and former Minister-Chairman of the Government Office.", "Warning: Mai Tien Dung")]
    public void A_form_given_in_the_passive_is_a_decision_for_the_people_after_it(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));
}
