using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>
/// Walks the members of one JSON object strictly: a member that is not in the list, or that appears twice, is an
/// error. Reading is strict because a service that accepted a misspelt member would silently lose data.
/// </summary>
internal struct JsonObjectReader
{
    private readonly string[] members;
    private readonly byte[][]? utf8;
    private ulong seen;

    /// <summary>Checks that the reader is on the start of an object.</summary>
    public JsonObjectReader(ref Utf8JsonReader reader, string typeName, string[] members)
        : this(ref reader, typeName, members, null)
    {
    }

    /// <summary>Checks that the reader is on the start of an object; <paramref name="utf8"/> are the names in UTF-8.</summary>
    public JsonObjectReader(ref Utf8JsonReader reader, string typeName, string[] members, byte[][]? utf8)
    {
        if (members.Length > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(members), "At most 64 members are supported.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw OrgModelJsonException.Here($"A JSON object was expected for {typeName}, not {reader.TokenType}.");
        }

        this.members = members;
        this.utf8 = utf8;
        Index = -1;
        TypeName = typeName;
    }

    /// <summary>Gets the name of the type being read.</summary>
    public string TypeName { get; }

    /// <summary>Gets the index (in the member list) of the current member.</summary>
    public int Index { get; private set; }

    /// <summary>Gets the path segment of the current member.</summary>
    public readonly string Segment => "." + members[Index];

    /// <summary>Moves to the value of the next member; false at the end of the object.</summary>
    public bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw OrgModelJsonException.Here($"The {TypeName} object is incomplete.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        // Members usually come in the order they are written, so the search starts after the previous one: one
        // comparison per member for the library's own output, and still every name for any other order.
        int index = -1;
        for (int k = 0, i = Index + 1; k < members.Length; k++, i++)
        {
            if (i == members.Length)
            {
                i = 0;
            }

            if (utf8 is null ? reader.ValueTextEquals(members[i]) : reader.ValueTextEquals(utf8[i]))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw OrgModelJsonException.Here($"{TypeName} has no member \"{Preconditions.Quote(reader.GetString())}\" (unknown members are rejected).");
        }

        ulong bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw OrgModelJsonException.Here($"The member \"{members[index]}\" of {TypeName} appears twice.");
        }

        seen |= bit;
        Index = index;
        if (!reader.Read())
        {
            throw OrgModelJsonException.Here($"The member \"{members[index]}\" of {TypeName} has no value.");
        }

        return true;
    }

    /// <summary>Throws when a required member was not seen.</summary>
    public readonly void Require(int index)
    {
        if ((seen & (1UL << index)) == 0)
        {
            throw Missing(TypeName, members[index]);
        }
    }

    /// <summary>The error for a required member that is missing (also for members required only with others).</summary>
    public static OrgModelJsonException Missing(string typeName, string member) =>
        OrgModelJsonException.Here($"The required member \"{member}\" of {typeName} is missing.");

    /// <summary>Throws for the first required member (a bit of <paramref name="mask"/>) that was not seen.</summary>
    public readonly void RequireAll(ulong mask)
    {
        ulong missing = mask & ~seen;
        if (missing != 0)
        {
            Require(System.Numerics.BitOperations.TrailingZeroCount(missing));
        }
    }

    /// <summary>Wraps a failure while reading the current member's value.</summary>
    public readonly OrgModelJsonException Fail(Exception error) => OrgModelJsonException.Within(Segment, error);

    /// <summary>Wraps a failure of the type's own rules when the members are put together.</summary>
    public readonly OrgModelJsonException Invalid(Exception error) =>
        OrgModelJsonException.Here($"Invalid {TypeName}: {OrgModelJsonException.Describe(error)}", error);
}
