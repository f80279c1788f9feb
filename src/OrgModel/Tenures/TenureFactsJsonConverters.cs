using OrgModel.Serialization.Json;

namespace OrgModel.Tenures;

/// <summary>A national Party congress: ordinal, preparatory session, opening, closing.</summary>
internal sealed class NationalPartyCongressJsonConverter() : ReferenceEntryJsonConverter<NationalPartyCongress>(
    ("ordinal", static (w, n, v) => w.WriteNumber(n, v.Ordinal)),
    ("preparatorySession", static (w, n, v) => JsonWrite.Date(w, n, v.PreparatorySession)),
    ("opening", static (w, n, v) => JsonWrite.Date(w, n, v.Opening)),
    ("closing", static (w, n, v) => JsonWrite.Date(w, n, v.Closing)))
{
    /// <inheritdoc />
    protected override IReadOnlyList<NationalPartyCongress> Entries => TenureFacts.NationalPartyCongresses;
}

/// <summary>A Central Conference: term, ordinal, dates and the documents it issued.</summary>
internal sealed class CentralConferenceJsonConverter() : ReferenceEntryJsonConverter<CentralConference>(
    ("termOrdinal", static (w, n, v) => w.WriteNumber(n, v.TermOrdinal)),
    ("ordinal", static (w, n, v) => w.WriteNumber(n, v.Ordinal)),
    ("opening", static (w, n, v) => JsonWrite.Date(w, n, v.Opening)),
    ("closing", static (w, n, v) => JsonWrite.Date(w, n, v.Closing)),
    ("documents", static (w, n, v) => JsonWrite.Strings(w, n, v.DocumentsArray.AsSpan())))
{
    /// <inheritdoc />
    protected override IReadOnlyList<CentralConference> Entries => TenureFacts.CentralConferences;
}

/// <summary>A National Assembly term: ordinal, years, election, first session.</summary>
internal sealed class NationalAssemblyTermJsonConverter() : ReferenceEntryJsonConverter<NationalAssemblyTerm>(
    ("ordinal", static (w, n, v) => w.WriteNumber(n, v.Ordinal)),
    ("startYear", static (w, n, v) => w.WriteNumber(n, v.StartYear)),
    ("endYear", static (w, n, v) => w.WriteNumber(n, v.EndYear)),
    ("election", static (w, n, v) => JsonWrite.Date(w, n, v.Election)),
    ("firstSessionOpening", static (w, n, v) => JsonWrite.Date(w, n, v.FirstSessionOpening)))
{
    /// <inheritdoc />
    protected override IReadOnlyList<NationalAssemblyTerm> Entries => TenureFacts.NationalAssemblyTerms;
}

/// <summary>A milestone of the local congress schedule.</summary>
internal sealed class LocalCongressMilestoneJsonConverter() : ReferenceEntryJsonConverter<LocalCongressMilestone>(
    ("term", static (w, n, v) => w.WriteString(n, v.Term.ToString("F", null))),
    ("level", static (w, n, v) => JsonWrite.Enum(w, n, v.Level)),
    ("task", static (w, n, v) => JsonWrite.Enum(w, n, v.Task)),
    ("before", static (w, n, v) => JsonWrite.Date(w, n, v.Before)),
    ("basis", static (w, n, v) => w.WriteString(n, v.Basis)))
{
    /// <inheritdoc />
    protected override IReadOnlyList<LocalCongressMilestone> Entries => TenureFacts.LocalCongressSchedule2025To2030;
}
