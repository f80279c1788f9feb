using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Serialization.Json;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The chart's readers of organisations and relations read the library's own form on the spot and leave anything else
/// to the general object reader: on any input, valid or not, they give what the general reader gives (the same value,
/// or an exception with the same message).
/// </summary>
public class ChartElementReaderTests
{
    private static readonly Organisation[] Known =
    [
        new(OrgId.Parse("vn.a"), OrganisationKind.PartyCommittee, OrgLevel.Central, "A"),
        new(OrgId.Parse("vn.b"), OrganisationKind.PartyCommittee, OrgLevel.Central, "B"),
    ];

    // Edits that keep an object readable, make the general reader take over, or make it invalid.
    private static readonly Func<JsonObject, Random, JsonObject>[] Edits =
    [
        (o, _) => o,
        (o, rnd) => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).OrderBy(_ => rnd.Next())),
        (o, rnd) => Set(o, Pick(o, rnd), null),
        (o, rnd) => Remove(o, Pick(o, rnd)),
        (o, _) => Set(o, "unknownMember", 1),
        (o, _) => Set(o, "validFrom", "2025-02-30"),
        (o, _) => Set(o, "validTo", "1999-01-01"),
        (o, _) => Set(o, "validFrom", 20250701),
        (o, rnd) => Set(o, Pick(o, rnd), "  "),
        (o, _) => Set(o, "kind", "ISUNDER"),
        (o, _) => Set(o, "kind", "administrativeUnit"),
        (o, _) => Set(o, "level", "Commune"),
        (o, _) => Set(o, "unitType", "ward"),
        (o, _) => Set(o, "code", "12a"),
        (o, _) => Set(o, "aliases", new JsonArray("X", "Y")),
        (o, _) => Set(o, "source", "vn.b"),
        (o, _) => Set(o, "target", "VN.A"),
        (o, _) => Set(o, "target", "vn.unknown"),
        (o, _) => Set(o, "id", "vn..x"),
        (o, _) => Set(o, "id", " VN.X "),
    ];

    [Fact]
    public void OrganisationsAreReadAsTheGeneralReaderReadsThem() =>
        Prop.ForAll(Edited(OrgGenerators.Organisation.Select(o => JsonSerializer.Serialize(o, OrgModelJson.Context.Organisation))).ToArbitrary(), json =>
            Same(json, OrganisationJsonConverter.ChartReader, OrganisationJsonConverter.Shape.ReadElement, o => JsonSerializer.Serialize(o, OrgModelJson.Context.Organisation)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void RelationsAreReadAsTheGeneralReaderReadsThem()
    {
        Gen<OrgRelation> relations = OrgGenerators.OrgRelation.Select(r => new OrgRelation(r.Kind, Known[0].Id, Known[1].Id, r.ValidFrom, r.ValidTo));
        Prop.ForAll(Edited(relations.Select(r => JsonSerializer.Serialize(r, OrgModelJson.Context.OrgRelation))).ToArbitrary(), json =>
            Same(
                json,
                OrgRelationJsonConverter.Reader(OrgIdTable.Of(Known)),
                (ref Utf8JsonReader r) =>
                {
                    OrgRelation relation = OrgRelationJsonConverter.Shape.Read(ref r);
                    return new OrgRelationJsonConverter.Linked(relation, Array.FindIndex(Known, o => o.Id == relation.Source), Array.FindIndex(Known, o => o.Id == relation.Target));
                },
                l => $"{JsonSerializer.Serialize(l.Relation, OrgModelJson.Context.OrgRelation)} {l.Source} {l.Target}"))
        .QuickCheckThrowOnFailure();
    }

    private static Gen<string> Edited(Gen<string> json) =>
        json.Zip(Gen.Choose(0, Edits.Length - 1), (j, e) => (j, e)).Zip(Gen.Choose(0, int.MaxValue), (p, seed) =>
            Edits[p.e](JsonNode.Parse(p.j)!.AsObject(), new Random(seed)).ToJsonString());

    private static bool Same<T>(string json, JsonRead.Element<T> fast, JsonRead.Element<T> general, Func<T, string> show)
    {
        string expected = Outcome(json, general, show);
        string actual = Outcome(json, fast, show);
        Assert.Equal(expected, actual);
        return true;
    }

    private static string Outcome<T>(string json, JsonRead.Element<T> read, Func<T, string> show)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            T value = read(ref reader);
            return $"{show(value)} then {(reader.Read() ? reader.TokenType.ToString() : "end")} at {reader.BytesConsumed}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string Pick(JsonObject o, Random rnd) => o.Count == 0 ? "id" : o.ElementAt(rnd.Next(o.Count)).Key;

    private static JsonObject Set(JsonObject o, string name, JsonNode? value)
    {
        var copy = (JsonObject)o.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static JsonObject Remove(JsonObject o, string name)
    {
        var copy = (JsonObject)o.DeepClone();
        copy.Remove(name);
        return copy;
    }
}
