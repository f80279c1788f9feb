using NodaTime;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>The NodaTime types that only the text mapping (SQLite) stores exactly.</summary>
public sealed class TextRow
{
    public int Id { get; set; }

    public Period? Period { get; set; }

    public YearMonth Month { get; set; }

    public Instant At { get; set; }
}
