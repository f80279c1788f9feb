using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using OrgModel.Organisations;

namespace OrgModel.Tests.Organisations;

/// <summary>
/// <see cref="OrgIdTable"/> finds an id read from JSON among the organisations exactly when one of them has it, and
/// then gives the index of one that has it: the same answer as a plain search, whatever the runs of recent finds.
/// </summary>
public class OrgIdTableTests
{
    // Short ids over few letters, so that lists repeat ids, share lengths and last characters, and collide in the table.
    private static Gen<string> SmallId { get; } =
        Gen.Elements("a", "b", "c", "1", "2").ArrayOf().Where(p => p.Length is > 0 and < 6).Select(p => "vn." + string.Concat(p));

    [Fact]
    public void FindsAnIdExactlyWhenAnOrganisationHasIt() =>
        Prop.ForAll(
            SmallId.ListOf().Select(ids => ids.ToArray()).ToArbitrary(),
            SmallId.ListOf().Select(ids => ids.ToArray()).ToArbitrary(),
            (ids, queries) =>
            {
                Organisation[] orgs = [.. ids.Select(id => new Organisation(OrgId.Parse(id), OrganisationKind.Ministry, OrgLevel.Central, id))];
                OrgIdTable table = OrgIdTable.Of(orgs);

                // The ids of the organisations again, in order and in reverse, then the other queries: runs and misses.
                foreach (string query in ids.Concat(ids.Reverse()).Concat(queries))
                {
                    var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"\"{query}\""));
                    reader.Read();
                    OrgId read = OrgIdTable.Read(table, ref reader, out int index);
                    bool known = Array.IndexOf(ids, query) >= 0;
                    if (read != OrgId.Parse(query) || (index >= 0) != known || (index >= 0 && orgs[index].Id != read))
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
}
