namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-forty-third pass (docs/reading.md) on the forms a rule names as its scale, with sentences of
/// held-out sets 42, 84 and 101's sources (`HeldOut42/`, `HeldOut84/`, `HeldOut101/`). Every case read failed before the pass,
/// but the guards, which passed both ways.</summary>
public class ScaleOfFormsRulesTests
{
    // en.vietnamplus.vn (held-out set 101), hanoitimes.vn (held-out set 42): the forms of a regulation's scale, listed after
    // "from", "of", "including" or a colon, are no decision.
    [Theory]
    [InlineData("The disciplinary measures range from reprimand to warning, demotion and expulsion.")]
    [InlineData("The regulation also supplements discipline for those who violate regulations on the management, grant and use of diplomas and certificates, with the disciplinary measures of reprimand, warning and expulsion.")]
    [InlineData("Under Regulation No. 69, there are three levels of disciplinary actions for Party organisations: reprimand, warning and dissolution.")]
    [InlineData("Under the Vietnam Communist Party’s Statute, there are four levels of disciplinary actions against wrongdoing members, including reprimand, warning, demotion and expulsion.")]
    public void A_scale_of_forms_is_no_decision(string text) => Assert.Equal("", Findings.Decisions(text));

    // vietnamnet.vn (held-out set 84): one form after "of", given to a person, is a decision still.
    [Fact]
    public void One_form_after_of_is_a_decision() => Assert.Equal("Warning: Mai Tien Dung", Findings.Decisions(
        "Deputy Prime Minister Tran Luu Quang has signed a decision to impose a disciplinary measure of warning on Mai Tien Dung, former member of the Party Central Committee, former Secretary of the Party Committee and former Minister-Chairman of the Government Office for his violations and shortcomings in his work."));
}
