using Microsoft.EntityFrameworkCore;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.EntityFrameworkCore.Tests.Databases;
using OrgModel.Organisations;
using OrgModel.Testing;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The same tests on each real database (<see cref="SqliteStoreTests"/>, <see cref="PostgresStoreTests"/>).</summary>
/// <typeparam name="TDatabase">The database.</typeparam>
public abstract class StoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Hand = "số 201 - kl/tw";

    protected TDatabase Database => database;

    [Property(Arbitrary = [typeof(StoreArbitraries)], MaxTest = 60)]
    public void Every_mapped_value_reads_back_as_written(ValueRow row)
    {
        int id = Save(row);
        using ValuesContext context = database.NewContext();
        ValueRow back = context.Rows.AsNoTracking().Single(r => r.Id == id);
        Assert.True(back.Differences(row).Count == 0, $"{database.Provider}: {string.Join("; ", back.Differences(row))}");
    }

    [Fact]
    public void A_LINQ_query_by_value_runs_in_SQL_and_finds_a_number_parsed_from_another_spelling()
    {
        int id = Save(Row(DocumentNumber.Parse(Hand)));
        using ValuesContext context = database.NewContext();
        IQueryable<ValueRow> query = context.Rows.Where(d => d.Number == DocumentNumber.Parse("201-KL/TW") && d.Id == id);

        Assert.Contains("WHERE", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(query).Id);
    }

    [Fact]
    public void Plain_SQL_sees_the_canonical_text()
    {
        int id = Save(Row(DocumentNumber.Parse(Hand)));
        using ValuesContext context = database.NewContext();
        int found = context.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"Rows\" WHERE \"Number\" = '201-KL/TW' AND \"Id\" = {id}")
            .Single();
        Assert.Equal(1, found);
    }

    [Fact]
    public void A_query_on_a_nullable_value_and_an_enum_runs_in_SQL()
    {
        ValueRow row = Row(DocumentNumber.Parse("30/2020/NĐ-CP"));
        row.Parent = OrgId.Parse("vn");
        row.Level = OrgLevel.Central;
        int id = Save(row);
        using ValuesContext context = database.NewContext();
        OrgId vn = OrgId.Parse("vn");
        Assert.Equal(id, context.Rows.Where(r => r.Parent == vn && r.Level == OrgLevel.Central && r.Id == id).Select(r => r.Id).Single());
    }

    [Theory]
    [InlineData("Number", "not a number")]
    [InlineData("Number", Hand)]
    [InlineData("Org", "")]
    [InlineData("Kind", "Bogus")]
    [InlineData("Kind", "1")]
    [InlineData("Due", "{\"wording\":\"trước ngày 31/7/2025\"}")]
    [InlineData("Due", "{\"deadline\":\"on or before 2025-02-30\"}")]
    [InlineData("Born", "1954-13")]
    [InlineData("Conference", "{\"ordinal\":0,\"termOrdinal\":13}")]
    public void A_bad_value_in_a_column_fails_naming_the_column_and_the_value(string column, string bad)
    {
        int id = Save(Row(DocumentNumber.Parse("201-KL/TW")));
        database.SetColumn(id, column, bad);

        using ValuesContext context = database.NewContext();
        Exception e = Assert.ThrowsAny<Exception>(() => context.Rows.AsNoTracking().Single(r => r.Id == id));

        InvalidColumnValueException cause = Find(e);
        Assert.Equal($"Rows.{column}", cause.Column);
        Assert.Equal(bad, cause.Value);
        Assert.Contains($"Rows.{column}", cause.Message, StringComparison.Ordinal);
        Assert.Contains($"'{bad}'", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_bad_value_is_quoted_only_in_part()
    {
        int id = Save(Row(DocumentNumber.Parse("201-KL/TW")));
        database.SetColumn(id, "Org", new string('x', 100_000));

        using ValuesContext context = database.NewContext();
        InvalidColumnValueException cause = Find(Assert.ThrowsAny<Exception>(() => context.Rows.AsNoTracking().Single(r => r.Id == id)));
        Assert.True(cause.Message.Length < 600, cause.Message);
        Assert.Contains("100000 characters", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_only_a_deadlines_wording_is_saved()
    {
        ValueRow row = Row(DocumentNumber.Parse("201-KL/TW"));
        row.Due = Deadline.OnOrBefore(new NodaTime.LocalDate(2025, 7, 31));
        int id = Save(row);

        using (ValuesContext context = database.NewContext())
        {
            ValueRow tracked = context.Rows.Single(r => r.Id == id);
            tracked.Due = tracked.Due.WithWording("trước ngày 31/7/2025");
            Assert.Equal(1, context.SaveChanges());
        }

        using ValuesContext again = database.NewContext();
        Assert.Equal("trước ngày 31/7/2025", again.Rows.AsNoTracking().Single(r => r.Id == id).Due.Wording);
    }

    [Fact]
    public void Setting_an_equal_value_is_no_change()
    {
        int id = Save(Row(DocumentNumber.Parse("201-KL/TW")));
        using ValuesContext context = database.NewContext();
        ValueRow tracked = context.Rows.Single(r => r.Id == id);
        tracked.Number = DocumentNumber.Parse(Hand);
        tracked.Org = OrgId.Parse(tracked.Org.ToString());
        Assert.Equal(0, context.SaveChanges());
    }

    [Fact]
    public void A_value_with_no_column_text_is_refused_when_saving()
    {
        ValueRow row = Row(default);
        using ValuesContext context = database.NewContext();
        context.Rows.Add(row);
        Exception e = Assert.ThrowsAny<Exception>(() => context.SaveChanges());
        Assert.Contains("cannot be stored", Messages(e), StringComparison.Ordinal);
    }

    /// <summary>A row with ordinary values and the given number.</summary>
    protected static ValueRow Row(DocumentNumber number)
    {
        ValueRow row = StoreArbitraries.ValueRows().Generator.Sample(1, 1).Single();
        row.Number = number;
        return row;
    }

    private static InvalidColumnValueException Find(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is InvalidColumnValueException found)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException($"No InvalidColumnValueException in: {e}");
    }

    private static string Messages(Exception e)
    {
        var all = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            all.Add(x.Message);
        }

        return string.Join(" | ", all);
    }

    private int Save(ValueRow row)
    {
        row.Id = 0;
        using ValuesContext context = database.NewContext();
        context.Rows.Add(row);
        context.SaveChanges();
        return row.Id;
    }
}
