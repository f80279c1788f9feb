using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tests.Databases;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The store tests on PostgreSQL, with NodaTime through Npgsql's own <c>UseNodaTime()</c>.</summary>
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreTests<PostgresDatabase>(database)
{
    [Theory]
    [InlineData("Issued", "date")]
    [InlineData("At", "timestamp with time zone")]
    [InlineData("Local", "timestamp without time zone")]
    [InlineData("Time", "time without time zone")]
    [InlineData("Number", "text")]
    [InlineData("Kind", "text")]
    public void NodaTime_values_get_the_servers_own_types_and_OrgModel_values_text(string column, string type)
    {
        using ValuesContext context = Database.NewContext();
        string actual = context.Database
            .SqlQuery<string>($"SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'Rows' AND column_name = {column}")
            .Single();
        Assert.Equal(type, actual);
    }
}
