using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OrgModel.Organisations;

namespace OrgModel.EntityFrameworkCore.Tests;

/// <summary>Every OrgModel enum and value type that can be a column is mapped by the one call, not left to EF's defaults.</summary>
public sealed class CoverageTests
{
    private static readonly Type[] ValueTypes =
    [
        typeof(Documents.DocumentNumber), typeof(Documents.PartyDocumentNumber), typeof(Documents.StateDocumentNumber),
        typeof(OrgId), typeof(Personnel.PersonId), typeof(Tenures.Tenure), typeof(Personnel.VietnameseName),
        typeof(Calendar.VietnameseLunarDate), typeof(Personnel.PartialDate), typeof(Deadlines.Deadline),
        typeof(Documents.Model.CentralConferenceNumber), typeof(Documents.Model.DocumentKey),
    ];

    public static TheoryData<string> Types()
    {
        var data = new TheoryData<string>();
        foreach (Type t in AllTypes())
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_type_gets_the_packages_converter_and_comparer(string typeName)
    {
        using var context = new HolderContext();
        IEntityType holder = context.Model.GetEntityTypes().Single(e => e.ClrType.GetGenericArguments()[0].FullName == typeName);
        IProperty value = holder.FindProperty("Value")!;

        string? converter = value.GetTypeMapping().Converter?.GetType().Name;
        Assert.True(converter?.StartsWith("ColumnTextConverter", StringComparison.Ordinal) == true, $"{typeName}: converter {converter ?? "none"}");
        Assert.StartsWith("ColumnTextComparer", value.GetValueComparer().GetType().Name, StringComparison.Ordinal);
        Assert.Equal($"{holder.GetTableName()}.Value", ((IColumnAwareConverter)value.GetTypeMapping().Converter!).Column);
    }

    private static IEnumerable<Type> AllTypes() =>
        typeof(OrgId).Assembly.GetExportedTypes().Where(t => t.IsEnum && !t.IsNested).Concat(ValueTypes);

    /// <summary>An entity with one column of a type.</summary>
    public sealed class Holder<T>
    {
        public int Id { get; set; }

        public T Value { get; set; } = default!;
    }

    private sealed class HolderContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddOrgModelConventions();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            foreach (Type t in AllTypes())
            {
                modelBuilder.Entity(typeof(Holder<>).MakeGenericType(t)).ToTable($"T_{t.Name}");
            }
        }
    }
}
