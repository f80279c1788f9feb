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

    // Open addressing on the UTF-8 bytes (ids are ASCII, so a byte hashes as its char): a reference is found without
    // transcoding it to UTF-16 first. A slot holds an organisation's index plus one (0 is empty) in its low half and the
    // id's hash in its high half, so that a probe passes over other ids without loading them (a lookup is bound by cache
    // misses: the table, then the organisation, then its id); at most half full.
    private readonly ulong[] slots;

    // The organisations' ids, so that checking a find loads the id without the organisation first.
    private readonly string[] ids;

    // References come in runs (the three relations of one body, the communes of one district), so the last few
    // organisations found are compared first, on the bytes, before a transcoding and a hash lookup.
    private readonly int[] recent = [-1, -1, -1, -1];
    private int nextRecent;

    private readonly JsonRead.Element<OrgId> readElement;

    private OrgIdTable(Organisation[] organisations, string[] ids, Dictionary<string, int> index, bool hasDuplicates, ulong[] slots)
    {
        this.organisations = organisations;
        this.ids = ids;
        Index = index;
        HasDuplicates = hasDuplicates;
        this.slots = slots;
        readElement = ReadElement;
    }

    /// <summary>Gets the index of each organisation by its canonical id (the first one, for a duplicated id).</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Gets a value indicating whether an id was given to two organisations (the chart's validation reports it).</summary>
    public bool HasDuplicates { get; }

    /// <summary>The table of these organisations' ids.</summary>
    public static OrgIdTable Of(Organisation[] organisations)
    {
        var index = new Dictionary<string, int>(organisations.Length);
        var ids = new string[organisations.Length];
        var slots = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, organisations.Length * 2))];
        bool duplicates = false;
        for (int i = 0; i < organisations.Length; i++)
        {
            string id = ids[i] = organisations[i].Id.Value!;
            if (!index.TryAdd(id, i))
            {
                duplicates = true;
            }
            else if (id.Length <= MaxLength && Ascii.IsValid(id))
            {
                int hash = Hash(id.AsSpan());
                int slot = hash & (slots.Length - 1);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }

                slots[slot] = Slot(hash, i);
            }
        }

        return new OrgIdTable(organisations, ids, index, duplicates, slots);
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
            if (r >= 0 && Matches(utf8, ids[r]))
            {
                return r;
            }
        }

        // Or the organisation after the last one found (the parents of consecutive units, consecutive bodies).
        int after = recent[(nextRecent + 3) & 3] + 1;
        if (after > 0 && after < ids.Length && Matches(utf8, ids[after]))
        {
            return Remember(after);
        }

        int hash = Hash(utf8);
        for (int slot = hash & (slots.Length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.Length - 1))
        {
            ulong entry = slots[slot];
            int found = unchecked((int)(uint)entry) - 1;
            if (unchecked((int)(uint)(entry >> 32)) == hash && Matches(utf8, ids[found]))
            {
                return Remember(found);
            }
        }

        return -1;
    }

    // The ids of a chart share long prefixes and often their length (vn.au.2025-01.00004, vn.au.2025-01.00013): the last
    // character tells most candidates apart before a comparison of the whole.
    private static bool Matches(ReadOnlySpan<byte> utf8, string id) =>
        utf8.Length == id.Length && utf8.Length > 0 && utf8[^1] == id[^1] && Ascii.Equals(utf8, id);

    private static ulong Slot(int hash, int index) => unchecked(((ulong)(uint)hash << 32) | (uint)(index + 1));

    // FNV-1a over the code units, the same for an ASCII id's bytes and its chars.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        uint h = 2166136261;
        foreach (byte b in utf8)
        {
            h = unchecked((h ^ b) * 16777619);
        }

        return unchecked((int)(h ^ (h >> 15)));
    }

    private static int Hash(ReadOnlySpan<char> ascii)
    {
        uint h = 2166136261;
        foreach (char c in ascii)
        {
            h = unchecked((h ^ c) * 16777619);
        }

        return unchecked((int)(h ^ (h >> 15)));
    }

    private int Remember(int found)
    {
        recent[nextRecent] = found;
        nextRecent = (nextRecent + 1) & 3;
        return found;
    }
}
