using OrgModel.Serialization.Json;
using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>Reads and writes an <see cref="Organisation"/> as a JSON object; reading re-runs the constructor's checks.</summary>
internal sealed class OrganisationJsonConverter() : ObjectJsonConverter<Organisation, OrganisationJsonConverter.State>(Shape)
{
    /// <summary>The members read so far.</summary>
    internal record struct State(OrgId Id, OrganisationKind Kind, OrgLevel Level, string Name, string? Code, LocalDate? ValidFrom, LocalDate? ValidTo, string? EnglishName, string? ShortName, AdministrativeUnitType? UnitType, ImmutableArray<string> Aliases);

    /// <summary>The object form.</summary>
    internal static readonly JsonObjectShape<Organisation, State> Shape = new(nameof(Organisation),
    [
        new("id", static (ref r, ref s) => s.Id = OrgIdJsonConverter.ReadValue(ref r), static (w, n, v) => w.WriteString(n, v.Id.ToString()), Required: true, static (o, n, v) => o.String(n, v.Id.ToString())),
        new("kind", static (ref r, ref s) => s.Kind = JsonRead.Enum<OrganisationKind>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Kind), Required: true, static (o, n, v) => o.Enum(n, v.Kind)),
        new("level", static (ref r, ref s) => s.Level = JsonRead.Enum<OrgLevel>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.Level), Required: true, static (o, n, v) => o.Enum(n, v.Level)),
        new("name", static (ref r, ref s) => s.Name = JsonRead.String(ref r), static (w, n, v) => w.WriteString(n, v.Name), Required: true, static (o, n, v) => o.String(n, v.Name)),
        new("code", static (ref r, ref s) => s.Code = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.Code), WriteUtf8: static (o, n, v) => o.String(n, v.Code)),
        new("validFrom", static (ref r, ref s) => s.ValidFrom = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidFrom), WriteUtf8: static (o, n, v) => o.Date(n, v.ValidFrom)),
        new("validTo", static (ref r, ref s) => s.ValidTo = JsonRead.NullableDate(ref r), static (w, n, v) => JsonWrite.Date(w, n, v.ValidTo), WriteUtf8: static (o, n, v) => o.Date(n, v.ValidTo)),
        new("englishName", static (ref r, ref s) => s.EnglishName = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.EnglishName), WriteUtf8: static (o, n, v) => o.String(n, v.EnglishName)),
        new("shortName", static (ref r, ref s) => s.ShortName = JsonRead.NullableString(ref r), static (w, n, v) => JsonWrite.String(w, n, v.ShortName), WriteUtf8: static (o, n, v) => o.String(n, v.ShortName)),
        new("unitType", static (ref r, ref s) => s.UnitType = JsonRead.NullableEnum<AdministrativeUnitType>(ref r), static (w, n, v) => JsonWrite.Enum(w, n, v.UnitType), WriteUtf8: static (o, n, v) => o.Enum(n, v.UnitType)),

        // Left out when empty, so that the form of an organisation without aliases is unchanged.
        new("aliases", static (ref r, ref s) => s.Aliases = JsonRead.Array(ref r, JsonRead.String), static (w, n, v) => JsonWrite.NonEmptyArray(w, n, v.Aliases, static (w, a) => w.WriteStringValue(a)), WriteUtf8: static (o, n, v) => o.Strings(n, v.Aliases, omitEmpty: true)),
    ],
    static (ref s) => Create(s));

    /// <summary>Reads the organisations of a chart: see <see cref="TryReadPlain"/>.</summary>
    internal static JsonRead.Element<Organisation> ChartReader { get; } = (ref Utf8JsonReader r) =>
    {
        Utf8JsonReader start = r;
        if (TryReadPlain(ref r, out Organisation? plain))
        {
            return plain;
        }

        // From the object's first token again, the general way, which gives every error its usual message and path.
        r = start;
        return Shape.Read(ref r);
    };

    // The organisations of a chart are nearly all in the library's own form: plain member names, each once, no aliases.
    // They are read on the spot, without a delegate per member; false as soon as anything else (or anything invalid) is met.
    private static bool TryReadPlain(ref Utf8JsonReader r, [NotNullWhen(true)] out Organisation? organisation)
    {
        organisation = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        try
        {
            var s = default(State);
            int seen = 0, previous = -1;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName && !r.ValueIsEscaped && !r.HasValueSequence)
            {
                // Aliases (member 10, rare) go the general way.
                int member = Shape.IndexOf(r.ValueSpan, previous);
                if (member is < 0 or > 9 || (seen & (1 << member)) != 0 || !r.Read())
                {
                    return false;
                }

                seen |= 1 << member;
                previous = member;
                switch (member)
                {
                    case 0: s.Id = OrgIdJsonConverter.ReadValue(ref r); break;
                    case 1: s.Kind = JsonRead.Enum<OrganisationKind>(ref r); break;
                    case 2: s.Level = JsonRead.Enum<OrgLevel>(ref r); break;
                    case 3: s.Name = JsonRead.String(ref r); break;
                    case 4: s.Code = JsonRead.NullableString(ref r); break;
                    case 5: s.ValidFrom = JsonRead.NullableDate(ref r); break;
                    case 6: s.ValidTo = JsonRead.NullableDate(ref r); break;
                    case 7: s.EnglishName = JsonRead.NullableString(ref r); break;
                    case 8: s.ShortName = JsonRead.NullableString(ref r); break;
                    default: s.UnitType = JsonRead.NullableEnum<AdministrativeUnitType>(ref r); break;
                }
            }

            if (r.TokenType != JsonTokenType.EndObject || (seen & 0b1111) != 0b1111)
            {
                return false;
            }

            organisation = Create(s);
            return true;
        }
        catch (Exception e) when (!Preconditions.IsFatal(e))
        {
            return false;
        }
    }

    private static Organisation Create(in State s)
    {
        var organisation = new Organisation(s.Id, s.Kind, s.Level, s.Name, s.Code, s.ValidFrom, s.ValidTo, s.EnglishName, s.ShortName, s.UnitType);
        return s.Aliases.IsDefaultOrEmpty ? organisation : organisation.WithAliases(s.Aliases);
    }
}
