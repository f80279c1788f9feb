using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>
/// The ids of the organisations already read from one chart's JSON, found again from the UTF-8 text of a later
/// reference: the relations and events of a national chart name about 100,000 ids, each an organisation read before
/// them, so a lookup replaces parsing and copying each id again. An id not in the table is read as usual (and the chart's
/// validation reports it if it names no organisation).
/// </summary>
internal sealed class OrgIdTable
{
    // Ids are short ASCII slugs; a longer or non-ASCII value goes the usual way.
    private const int MaxLength = 256;

    private readonly Dictionary<string, OrgId>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private OrgIdTable(Dictionary<string, OrgId> ids) => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table of these organisations' ids.</summary>
    public static OrgIdTable Of(ImmutableArray<Organisation> organisations)
    {
        var ids = new Dictionary<string, OrgId>(organisations.Length);
        foreach (Organisation o in organisations)
        {
            ids.TryAdd(o.Id.Value!, o.Id);
        }

        return new OrgIdTable(ids);
    }

    /// <summary>Reads an id, from the table when it is there.</summary>
    public static OrgId Read(OrgIdTable? table, ref Utf8JsonReader reader) =>
        table is not null && table.TryFind(ref reader, out OrgId id) ? id : OrgIdJsonConverter.ReadValue(ref reader);

    /// <summary>Reads an array of ids, from the table where they are there.</summary>
    public static ImmutableArray<OrgId> ReadIds(OrgIdTable? table, ref Utf8JsonReader reader) =>
        table is null ? OrgIdJsonConverter.ReadIds(ref reader) : JsonRead.Array(ref reader, (ref Utf8JsonReader r) => Read(table, ref r));

    private bool TryFind(ref Utf8JsonReader reader, out OrgId id)
    {
        id = default;
        if (!JsonRead.TryPlainString(ref reader, out ReadOnlySpan<byte> utf8) || utf8.Length > MaxLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxLength];
        return Ascii.ToUtf16(utf8, chars, out int written) == System.Buffers.OperationStatus.Done
            && lookup.TryGetValue(chars[..written], out id);
    }
}
