using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tests.Databases;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The store tests on SQLite, plus the NodaTime types only the text mapping stores exactly.</summary>
public sealed class SqliteStoreTests(SqliteDatabase database) : StoreTests<SqliteDatabase>(database)
{
    [Property(Arbitrary = [typeof(StoreArbitraries)], MaxTest = 60)]
    public void NodaTime_values_read_back_as_written(TextRow row)
    {
        using (ValuesContext context = Database.NewContext())
        {
            context.Texts().Add(row);
            context.SaveChanges();
        }

        using ValuesContext again = Database.NewContext();
        TextRow back = again.Texts().AsNoTracking().Single(r => r.Id == row.Id);
        Assert.Equal((row.Period, row.Month, row.At), (back.Period, back.Month, back.At));
    }

    [Fact]
    public void Instants_compare_in_SQL_as_they_do_in_time()
    {
        var early = NodaTime.Instant.FromUtc(2025, 7, 1, 8, 0, 0) + NodaTime.Duration.FromMilliseconds(500);
        var late = NodaTime.Instant.FromUtc(2025, 7, 1, 8, 0, 1);
        using ValuesContext context = Database.NewContext();
        context.Texts().AddRange(new TextRow { At = late }, new TextRow { At = early });
        context.SaveChanges();
        Assert.Equal([early, late], context.Texts().Where(r => r.At >= early && r.At <= late).OrderBy(r => r.At).Select(r => r.At).ToList());
    }
}
