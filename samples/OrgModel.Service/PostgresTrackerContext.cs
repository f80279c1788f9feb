using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.Service;

/// <summary>The tracker schema on PostgreSQL (NodaTime through Npgsql's <c>UseNodaTime()</c>), with its own migrations
/// (Migrations/Postgres).</summary>
public sealed class PostgresTrackerContext(DbContextOptions<PostgresTrackerContext> options) : ResolutionTrackerContext(options);
