using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using OrgModel.Serialization.Json;

namespace OrgModel.Organisations;

/// <summary>
/// The organisations already read from one chart's JSON, found again from the UTF-8 text of a later reference: the
/// relations and events of a national chart name about 100,000 ids, each an organisation read before them, so a lookup
/// replaces parsing and copying each id again, and gives the organisation's index, which the chart's validation would
/// otherwise look up a second time. An id not in the table is read as usual (and the validation reports it if it names
/// no organisation).
/// </summary>
/// <remarks>Thread safety: not thread-safe (the cache of recent finds); a table serves the one read that made it.</remarks>
internal sealed class OrgIdTable
{
    // Ids are short ASCII slugs; a longer or non-ASCII value goes the usual way.
    private const int MaxLength = 256;

    private readonly Organisation[] organisations;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // References come in runs (the three relations of one body, the communes of one district), so the last few
    // organisations found are compared first, on the bytes, before a transcoding and a hash lookup.
    private readonly int[] recent = [-1, -1, -1, -1];
    private int nextRecent;

    private readonly JsonRead.Element<OrgId> readElement;

    private OrgIdTable(Organisation[] organisations, Dictionary<string, int> index, bool hasDuplicates)
    {
        this.organisations = organisations;
        Index = index;
        HasDuplicates = hasDuplicates;
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        readElement = ReadElement;
    }

    /// <summary>Gets the index of each organisation by its canonical id (the first one, for a duplicated id).</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Gets a value indicating whether an id was given to two organisations (the chart's validation reports it).</summary>
    public bool HasDuplicates { get; }

    /// <summary>The table of these organisations' ids.</summary>
    public static OrgIdTable Of(Organisation[] organisations)
    {
        var ids = new Dictionary<string, int>(organisations.Length);
        bool duplicates = false;
        for (int i = 0; i < organisations.Length; i++)
        {
            duplicates |= !ids.TryAdd(organisations[i].Id.Value!, i);
        }

        return new OrgIdTable(organisations, ids, duplicates);
    }

    /// <summary>Reads an id, from the table when it is there.</summary>
    public static OrgId Read(OrgIdTable? table, ref Utf8JsonReader reader) => Read(table, ref reader, out _);

    /// <summary>Reads an id, from the table when it is there; <paramref name="index"/> is its organisation's, or -1.</summary>
    public static OrgId Read(OrgIdTable? table, ref Utf8JsonReader reader, out int index)
    {
        if (table is not null && (index = table.Find(ref reader)) >= 0)
        {
            return table.organisations[index].Id;
        }

        index = -1;
        return OrgIdJsonConverter.ReadValue(ref reader);
    }

    /// <summary>Reads an array of ids, from the table where they are there.</summary>
    public static ImmutableArray<OrgId> ReadIds(OrgIdTable? table, ref Utf8JsonReader reader) =>
        table is null ? OrgIdJsonConverter.ReadIds(ref reader) : JsonRead.Array(ref reader, table.readElement);

    private OrgId ReadElement(ref Utf8JsonReader reader) => Read(this, ref reader);

    private int Find(ref Utf8JsonReader reader)
    {
        if (!JsonRead.TryPlainString(ref reader, out ReadOnlySpan<byte> utf8) || utf8.Length > MaxLength)
        {
            return -1;
        }

        foreach (int r in recent)
        {
            if (r >= 0 && Ascii.Equals(utf8, organisations[r].Id.Value))
            {
                return r;
            }
        }

        // Or the organisation after the last one found (the parents of consecutive units, consecutive bodies).
        int after = recent[(nextRecent + 3) & 3] + 1;
        if (after > 0 && after < organisations.Length && Ascii.Equals(utf8, organisations[after].Id.Value))
        {
            return Remember(after);
        }

        Span<char> chars = stackalloc char[utf8.Length];
        if (Ascii.ToUtf16(utf8, chars, out int written) != System.Buffers.OperationStatus.Done
            || !lookup.TryGetValue(chars[..written], out int found))
        {
            return -1;
        }

        return Remember(found);
    }

    private int Remember(int found)
    {
        recent[nextRecent] = found;
        nextRecent = (nextRecent + 1) & 3;
        return found;
    }
}
