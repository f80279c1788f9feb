using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>Each cue of the task extractor's table, one by one: the cues after which the assignee is named ("yêu cầu", "giao
/// cho", "requested", "called on") and those said of the assignee before them ("phải", "được giao", "must", "were assigned to"),
/// each with the body that is asked and the work asked of it. Written from the survivors of Reading's mutation sample
/// (docs/quality.md, "Reading").</summary>
public class TaskCueTableRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    [Theory]
    [InlineData("yêu cầu", "Ủy ban nhân dân tỉnh yêu cầu Sở Tài chính rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("giao", "Ủy ban nhân dân tỉnh giao Sở Tài chính rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("giao cho", "Ủy ban nhân dân tỉnh giao cho Sở Tài chính rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("đề nghị", "Ủy ban nhân dân tỉnh đề nghị Sở Tài chính rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("requested", "The Provincial People's Committee requested the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("request", "The Provincial People's Committee request the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("requests", "The Provincial People's Committee requests the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("asked", "The Provincial People's Committee asked the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("asks", "The Provincial People's Committee asks the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("assigned", "The Provincial People's Committee assigned the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("assigns", "The Provincial People's Committee assigns the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("tasked", "The Provincial People's Committee tasked the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("directed", "The Provincial People's Committee directed the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("instructed", "The Provincial People's Committee instructed the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("urged", "The Provincial People's Committee urged the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("urges", "The Provincial People's Committee urges the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("called on", "The Provincial People's Committee called on the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("mandated", "The Provincial People's Committee mandated the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("ordered", "The Provincial People's Committee ordered the Ministry of Finance to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("phải", "Sở Tài chính phải rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("must", "The Ministry of Finance must review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("should", "The Ministry of Finance should review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("shall", "The Ministry of Finance shall review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("need to", "The Ministry of Finance need to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("needs to", "The Ministry of Finance needs to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("is to", "The Ministry of Finance is to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("are to", "The Ministry of Finance are to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("were urged to", "The Ministry of Finance were urged to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("was urged to", "The Ministry of Finance was urged to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("are urged to", "The Ministry of Finance are urged to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("are requested to", "The Ministry of Finance are requested to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("were requested to", "The Ministry of Finance were requested to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("is requested to", "The Ministry of Finance is requested to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("was requested to", "The Ministry of Finance was requested to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("được giao", "Sở Tài chính được giao rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("được yêu cầu", "Sở Tài chính được yêu cầu rà soát tài sản công.", "Sở Tài chính", "rà soát tài sản công")]
    [InlineData("are assigned to", "The Ministry of Finance are assigned to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("were assigned to", "The Ministry of Finance were assigned to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("was assigned to", "The Ministry of Finance was assigned to review the assets.", "Ministry of Finance", "review the assets")]
    [InlineData("is assigned to", "The Ministry of Finance is assigned to review the assets.", "Ministry of Finance", "review the assets")]
    public void Each_cue_assigns_work_to_a_body(string cue, string text, string assignee, string action)
    {
        TaskCandidate task = Assert.Single(DraftReader.Read(text, Day, VietnamReferenceData.OrgChart).Tasks);
        Assert.Equal((cue, assignee, action), (task.Cue, task.Assignee, task.Action));
    }
}
