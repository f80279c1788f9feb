using OrgModel.EntityFrameworkCore.Tests.Databases;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>The tracker tests on SQLite.</summary>
public sealed class SqliteTrackerQueryTests(SqliteTrackerDatabase database) : TrackerQueryTests<SqliteTrackerDatabase>(database);
