using OrgModel.EntityFrameworkCore.Tests.Databases;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The tracker tests on PostgreSQL.</summary>
public sealed class PostgresTrackerQueryTests(PostgresTrackerDatabase database) : TrackerQueryTests<PostgresTrackerDatabase>(database);
