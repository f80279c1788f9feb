using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.Service;

/// <summary>The tracker schema on SQLite: its own type so that its migrations (Migrations/Sqlite) are its own.</summary>
public sealed class SqliteTrackerContext(DbContextOptions<SqliteTrackerContext> options) : ResolutionTrackerContext(options);
