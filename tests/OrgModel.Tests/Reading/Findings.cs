using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>What each extractor finds in a text, as one line the rules tests compare with what the labels expect.</summary>
internal static class Findings
{
    public static string People(string text) => string.Join("|", PersonExtractor.Extract(text).Select(p => p.Name.ToString()));

    public static string Decisions(string text) => string.Join("|",
        DecisionExtractor.Extract(text).Select(d => $"{d.Kind}: {string.Join(", ", d.People.Select(p => p.Name.ToString()))}"));

    public static string Terms(string text, LocalDate date) => string.Join("|", TermExtractor.Extract(text, date).Select(t => t.Text));

    /// <summary>The terms as <see cref="DraftReader"/> reports them: each with the body or congress named before it.</summary>
    public static string DraftTerms(string text, LocalDate date) =>
        string.Join("|", DraftReader.Read(text, date, VietnamReferenceData.OrgChart).Terms.Select(t => t.Text));

    public static string Deadlines(string text, LocalDate date) => string.Join("|",
        DeadlineExtractor.Extract(text, date).Select(d => $"{d.Text} = {d.Deadline}"));

    /// <summary>Each organisation as "text = id", "-" for a body the chart does not hold on the day.</summary>
    public static string Organisations(string text, LocalDate date) => string.Join("|",
        OrganisationExtractor.Extract(text, date, VietnamReferenceData.OrgChart).Select(o => $"{o.Text} = {o.Id?.ToString() ?? "-"}"));

    /// <summary>The whole record <see cref="DraftReader"/> reads, with the reference chart and the shipped personnel record.</summary>
    public static DraftRecord Record(string text, LocalDate date) =>
        DraftReader.Read(text, date, VietnamReferenceData.OrgChart, VietnamLeaders.Record);

    /// <summary>A date written as the labels write it ("2025-03-05").</summary>
    public static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>As <see cref="OrganisationKeys"/>, with each mention's name after it in brackets.</summary>
    public static string NamedOrganisations(string text, LocalDate date) => string.Join("|",
        OrganisationExtractor.Extract(text, date, VietnamReferenceData.OrgChart).Select(o => $"{o.Text} = {(o.IsScope ? "scope" : o.Id?.ToString() ?? "-")} ({o.Name})"));

    /// <summary>As <see cref="Organisations"/>, with "scope" for a kind of body.</summary>
    public static string OrganisationKeys(string text, LocalDate date) => string.Join("|",
        OrganisationExtractor.Extract(text, date, VietnamReferenceData.OrgChart).Select(o => $"{o.Text} = {(o.IsScope ? "scope" : o.Id?.ToString() ?? "-")}"));
}
