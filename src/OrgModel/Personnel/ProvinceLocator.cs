using OrgModel.Organisations;

namespace OrgModel.Personnel;

/// <summary>Finds the province of a body and the provinces a place of origin belongs to on a day, following mergers.</summary>
internal static class ProvinceLocator
{
    private const int MaxClimb = 64;

    /// <summary>The province-level unit whose area a body serves: the unit itself, the unit a body governs or is a body of,
    /// or that of the nearest ancestor that has one.</summary>
    public static Organisation? ProvinceOfBody(OrgChart chartOnDay, OrgId body)
    {
        OrgId current = body;
        for (int step = 0; step < MaxClimb; step++)
        {
            Organisation? org = chartOnDay.Find(current);
            if (org is null)
            {
                return null;
            }

            Organisation? unit = org.Kind == OrganisationKind.AdministrativeUnit ? org : AreaOf(chartOnDay, current);
            if (unit is not null)
            {
                return ProvinceOfUnit(chartOnDay, unit);
            }

            Organisation? parent = chartOnDay.Parent(current);
            if (parent is null)
            {
                return null;
            }

            current = parent.Id;
        }

        return null;
    }

    /// <summary>The provinces a place (old or new code) had become part of on a day.</summary>
    public static IEnumerable<Organisation> ProvincesOfPlace(OrgChart chart, OrgChart chartOnDay, OrgId place, LocalDate date)
    {
        foreach (Organisation unit in chart.Successors(place, date))
        {
            if (ProvinceOfUnit(chartOnDay, unit) is { } province)
            {
                yield return province;
            }
        }
    }

    private static Organisation? AreaOf(OrgChart chart, OrgId body)
    {
        IReadOnlyList<Organisation> governs = chart.Related(body, OrgRelationKind.GovernsArea);
        if (governs.Count > 0)
        {
            return governs[0];
        }

        IReadOnlyList<Organisation> area = chart.Related(body, OrgRelationKind.BodyOfArea);
        return area.Count > 0 ? area[0] : null;
    }

    private static Organisation? ProvinceOfUnit(OrgChart chart, Organisation unit)
    {
        Organisation? current = unit;
        for (int step = 0; step < MaxClimb && current is not null; step++)
        {
            if (current.Kind == OrganisationKind.AdministrativeUnit && current.Level == OrgLevel.Province)
            {
                return current;
            }

            current = chart.Parent(current.Id);
        }

        return null;
    }
}
