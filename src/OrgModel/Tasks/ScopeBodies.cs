using OrgModel.Organisations;

namespace OrgModel.Tasks;

/// <summary>Finds the body of an administrative unit that a <see cref="ScopeBody"/> names.</summary>
internal static class ScopeBodies
{
    /// <summary>Returns the unit's body of the given kind in a dated chart, or null when the chart does not hold it.</summary>
    /// <remarks>Courts, procuracies and inspection commissions are found by their <see cref="OrgRelationKind.BodyOfArea"/> relation to the
    /// unit (an inspection commission may instead sit under the unit's Party committee); an inspection commission is the Party commission
    /// whose name begins "Ủy ban kiểm tra", as every one is named, because the other commissions of a Party committee have the same kind.</remarks>
    public static Organisation? Find(OrgChart dated, Organisation unit, ScopeBody body)
    {
        if (body is ScopeBody.PartyCommittee or ScopeBody.PeoplesCouncil or ScopeBody.PeoplesCommittee)
        {
            return dated.BodiesOf(unit.Id) is not { } bodies ? null : body switch
            {
                ScopeBody.PartyCommittee => bodies.PartyCommittee,
                ScopeBody.PeoplesCouncil => bodies.PeoplesCouncil,
                _ => bodies.PeoplesCommittee,
            };
        }

        Organisation? found = First(dated.RelatedFrom(unit.Id, OrgRelationKind.BodyOfArea), body);
        if (found is null && body == ScopeBody.InspectionCommission && dated.BodiesOf(unit.Id)?.PartyCommittee is { } party)
        {
            found = First(dated.Children(party.Id), body);
        }

        return found;
    }

    private static Organisation? First(IReadOnlyList<Organisation> candidates, ScopeBody body)
    {
        foreach (Organisation o in candidates)
        {
            bool match = body switch
            {
                ScopeBody.PeoplesCourt => o.Kind == OrganisationKind.Court,
                ScopeBody.PeoplesProcuracy => o.Kind == OrganisationKind.Procuracy,
                _ => o.Kind == OrganisationKind.PartyCommission && IsInspectionCommission(o.Name),
            };
            if (match)
            {
                return o;
            }
        }

        return null;
    }

    // Both placements of the tone mark (Ủy / Uỷ) occur in official texts.
    private static bool IsInspectionCommission(string name) =>
        name.StartsWith("Ủy ban kiểm tra", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Uỷ ban kiểm tra", StringComparison.OrdinalIgnoreCase);
}
