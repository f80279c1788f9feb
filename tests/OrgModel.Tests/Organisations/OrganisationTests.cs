using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Testing;

namespace OrgModel.Tests.Organisations;

public class OrganisationTests
{
    private static readonly OrgId Id = OrgId.Parse("t.a");

    [Fact]
    public void StoresNamesInNfc()
    {
        var o = new Organisation(Id, OrganisationKind.PeoplesCommittee, OrgLevel.Commune, "Ủy ban nhân dân phường Ba \u0110i\u0300nh".Normalize(System.Text.NormalizationForm.FormD));
        Assert.Equal("Ủy ban nhân dân phường Ba Đình", o.Name);
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentException>(() => new Organisation(default, OrganisationKind.Government, OrgLevel.Central, "Chính phủ"));
        Assert.Throws<ArgumentException>(() => new Organisation(Id, OrganisationKind.Government, OrgLevel.Central, "  "));
        Assert.ThrowsAny<ArgumentException>(() => new Organisation(Id, (OrganisationKind)99, OrgLevel.Central, "x"));
        Assert.Throws<ArgumentException>(() => new Organisation(Id, OrganisationKind.Government, OrgLevel.Central, "x", code: "0A"));
        Assert.Throws<ArgumentException>(() => new Organisation(Id, OrganisationKind.Government, OrgLevel.Central, "x", validFrom: new LocalDate(2025, 7, 1), validTo: new LocalDate(2025, 6, 30)));
        Assert.Throws<ArgumentException>(() => new Organisation(Id, OrganisationKind.AdministrativeUnit, OrgLevel.Commune, "Xã A"));
        Assert.Throws<ArgumentException>(() => new Organisation(Id, OrganisationKind.Government, OrgLevel.Central, "x", unitType: AdministrativeUnitType.Ward));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool InForceExactlyWithinItsValidity(Organisation o, int offset)
    {
        LocalDate day = new LocalDate(2025, 1, 1).PlusDays(offset % 4000);
        bool expected = (o.ValidFrom is null || o.ValidFrom <= day) && (o.ValidTo is null || day <= o.ValidTo);
        return o.IsInForceOn(day) == expected;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool RelationInForceExactlyWithinItsValidity(OrgRelation r, int offset)
    {
        LocalDate day = new LocalDate(2025, 1, 1).PlusDays(offset % 4000);
        return r.IsInForceOn(day) == ((r.ValidFrom is null || r.ValidFrom <= day) && (r.ValidTo is null || day <= r.ValidTo));
    }

    [Fact]
    public void RelationGuards()
    {
        Assert.Throws<ArgumentException>(() => new OrgRelation(OrgRelationKind.IsUnder, Id, Id));
        Assert.Throws<ArgumentException>(() => new OrgRelation(OrgRelationKind.IsUnder, default, Id));
        Assert.ThrowsAny<ArgumentException>(() => new OrgRelation((OrgRelationKind)42, Id, OrgId.Parse("t.b")));
    }

    [Fact]
    public void EventGuards()
    {
        var a = OrgId.Parse("t.a");
        var b = OrgId.Parse("t.b");
        var day = new LocalDate(2025, 7, 1);
        Assert.Throws<ArgumentException>(() => new OrgChangeEvent(OrgChangeKind.Renamed, day, [a, b], [b]));
        Assert.Throws<ArgumentException>(() => new OrgChangeEvent(OrgChangeKind.Merged, day, [a, a], [b]));
        Assert.Throws<ArgumentException>(() => new OrgChangeEvent(OrgChangeKind.Merged, day, [a], [b], partialPredecessors: [b]));
        Assert.Throws<ArgumentException>(() => new OrgChangeEvent(OrgChangeKind.Established, day, [a], [b]));
        var e = new OrgChangeEvent(OrgChangeKind.Merged, day, [a, OrgId.Parse("t.c")], [b], DocumentNumber.Parse(" Số 202/2025/QH15 "), [a]);
        Assert.Equal("202/2025/QH15", e.LegalBasis?.ToString());
        Assert.Equal([a], e.PartialPredecessors);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool GeneratedEventsFitTheirKind(OrgChangeEvent e) => e.Kind switch
    {
        OrgChangeKind.Established => e.Predecessors.Count == 0,
        OrgChangeKind.Merged => e.Successors.Count == 1,
        OrgChangeKind.Split => e.Predecessors.Count == 1,
        OrgChangeKind.Abolished => e.Predecessors.Count > 0,
        _ => e.Predecessors.Count == 1 && e.Successors.Count == 1,
    } && e.PartialPredecessors.All(e.Predecessors.Contains);
}
