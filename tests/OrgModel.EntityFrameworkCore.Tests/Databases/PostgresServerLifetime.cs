[assembly: AssemblyFixture(typeof(OrgModel.EntityFrameworkCore.Tests.Databases.PostgresServerLifetime))]

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>Stops the throwaway PostgreSQL cluster (if the tests started one) when the test run ends.</summary>
public sealed class PostgresServerLifetime : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => PostgresServer.StopIfStarted();
}
