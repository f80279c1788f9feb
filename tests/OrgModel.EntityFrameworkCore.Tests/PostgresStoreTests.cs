using OrgModel.EntityFrameworkCore.Tests.Databases;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The store tests on PostgreSQL, with NodaTime through Npgsql's own <c>UseNodaTime()</c>.</summary>
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreTests<PostgresDatabase>(database);
