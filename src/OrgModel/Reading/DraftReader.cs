using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// Reads a whole Vietnamese or English text (a news article, a conclusion, a plan, an official letter) with its date into a
/// <see cref="DraftRecord"/> that a person confirms: the documents it cites, its deadlines, the organisations, people,
/// terms and decisions it names, and the sentences that assign work with their assignee, action and deadline.
/// </summary>
/// <remarks>
/// <para>Each kind is found as its extractor finds it (<see cref="CitationExtractor"/>, <see cref="DeadlineExtractor"/>,
/// <see cref="OrganisationExtractor"/>, <see cref="PersonExtractor"/>, <see cref="TermExtractor"/>,
/// <see cref="DecisionExtractor"/>), over one tokenization of the text; a term written "khóa …" or "nhiệm kỳ …" right after a
/// body's name takes the body with it ("UBND huyện Đông Sơn nhiệm kỳ 2016 - 2021"), as the organisations read it, and a
/// numbered sitting ("kỳ họp thứ 20", "the 43rd meeting") is a term mention with its <see cref="TermMention.MeetingNumber"/>. Nothing is invented: a body is resolved only
/// against the chart given, a person only against the record given, a cited document only against the registry given
/// (<see cref="DraftRecord.Documents"/>), and what the text does not say stays empty.</para>
/// <para>Linear in the text; never throws on any text. Thread-safe.</para>
/// </remarks>
public static class DraftReader
{
    /// <summary>Reads a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The text's date: it supplies a missing year, and the chart is read as of it.</param>
    /// <param name="chart">The chart to resolve organisations against, or null.</param>
    /// <param name="personnel">The record to resolve people against, or null.</param>
    /// <param name="registry">The registry to resolve cited documents against (<see cref="DocumentRegistry.Vietnam"/> ships
    /// one), or null: then <see cref="DraftRecord.Documents"/> is empty.</param>
    /// <returns>The draft record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static DraftRecord Read(string text, LocalDate date, OrgChart? chart = null, PersonnelRecord? personnel = null, DocumentRegistry? registry = null)
    {
        Guard.Against.Null(text);
        Preconditions.CheckIso(date);
        DeadlineTextTokens k = DeadlineTextTokens.Read(text);
        IReadOnlyList<DeadlineMention> deadlines = DeadlineExtractor.Extract(text, k, date);
        IReadOnlyList<OrganisationMention> organisations = OrganisationExtractor.Extract(text, k, date, chart);
        IReadOnlyList<PersonMention> people = PersonExtractor.Extract(text, k, personnel);
        IReadOnlyList<Citation> citations = CitationExtractor.Extract(text);
        IReadOnlyList<TermMention> terms = Meetings.With(text, k, TermExtractor.WithBodies(text, k, TermExtractor.Extract(text, k, date), organisations));
        return new DraftRecord(
            date,
            citations,
            deadlines,
            organisations,
            people,
            terms,
            DecisionExtractor.Extract(text, k, people),
            TaskCandidateExtractor.Extract(text, k, organisations, people, deadlines),
            registry is null ? [] : DocumentResolver.Resolve(text, k, date, citations, terms, registry));
    }
}
