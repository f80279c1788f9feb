using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Tenures;

/// <summary>A national Party congress: ordinal, preparatory session, opening, closing.</summary>
internal sealed class NationalPartyCongressJsonConverter : ReferenceEntryJsonConverter<NationalPartyCongress>
{
    /// <inheritdoc />
    protected override IReadOnlyList<NationalPartyCongress> Entries => TenureFacts.NationalPartyCongresses;

    /// <inheritdoc />
    protected override void WriteEntry(Utf8JsonWriter writer, NationalPartyCongress value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("ordinal", value.Ordinal);
        JsonWrite.Date(writer, "preparatorySession", value.PreparatorySession);
        JsonWrite.Date(writer, "opening", value.Opening);
        JsonWrite.Date(writer, "closing", value.Closing);
        writer.WriteEndObject();
    }
}

/// <summary>A Central Conference: term, ordinal, dates and the documents it issued.</summary>
internal sealed class CentralConferenceJsonConverter : ReferenceEntryJsonConverter<CentralConference>
{
    /// <inheritdoc />
    protected override IReadOnlyList<CentralConference> Entries => TenureFacts.CentralConferences;

    /// <inheritdoc />
    protected override void WriteEntry(Utf8JsonWriter writer, CentralConference value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("termOrdinal", value.TermOrdinal);
        writer.WriteNumber("ordinal", value.Ordinal);
        JsonWrite.Date(writer, "opening", value.Opening);
        JsonWrite.Date(writer, "closing", value.Closing);
        writer.WriteStartArray("documents");
        foreach (string d in value.Documents)
        {
            writer.WriteStringValue(d);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>A National Assembly term: ordinal, years, election, first session.</summary>
internal sealed class NationalAssemblyTermJsonConverter : ReferenceEntryJsonConverter<NationalAssemblyTerm>
{
    /// <inheritdoc />
    protected override IReadOnlyList<NationalAssemblyTerm> Entries => TenureFacts.NationalAssemblyTerms;

    /// <inheritdoc />
    protected override void WriteEntry(Utf8JsonWriter writer, NationalAssemblyTerm value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("ordinal", value.Ordinal);
        writer.WriteNumber("startYear", value.StartYear);
        writer.WriteNumber("endYear", value.EndYear);
        JsonWrite.Date(writer, "election", value.Election);
        JsonWrite.Date(writer, "firstSessionOpening", value.FirstSessionOpening);
        writer.WriteEndObject();
    }
}

/// <summary>A milestone of the local congress schedule.</summary>
internal sealed class LocalCongressMilestoneJsonConverter : ReferenceEntryJsonConverter<LocalCongressMilestone>
{
    /// <inheritdoc />
    protected override IReadOnlyList<LocalCongressMilestone> Entries => TenureFacts.LocalCongressSchedule2025To2030;

    /// <inheritdoc />
    protected override void WriteEntry(Utf8JsonWriter writer, LocalCongressMilestone value)
    {
        writer.WriteStartObject();
        writer.WriteString("term", value.Term.ToString("F", null));
        JsonWrite.Enum(writer, "level", value.Level);
        JsonWrite.Enum(writer, "task", value.Task);
        JsonWrite.Date(writer, "before", value.Before);
        writer.WriteString("basis", value.Basis);
        writer.WriteEndObject();
    }
}
