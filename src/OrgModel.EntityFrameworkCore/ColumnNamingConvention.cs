using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrgModel.EntityFrameworkCore;

/// <summary>
/// Once the model is built, gives each OrgModel column its own converter that names the column in its errors
/// (<c>Documents.Number holds '…'</c>): the converters configured by type cannot know which column they read.
/// </summary>
internal sealed class ColumnNamingConvention : IModelFinalizingConvention
{
    /// <inheritdoc />
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (IConventionEntityType entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            Name(entityType, entityType.GetTableName() ?? entityType.DisplayName());
        }
    }

    private static void Name(IConventionTypeBase type, string table)
    {
        foreach (IConventionProperty property in type.GetDeclaredProperties())
        {
            if (ConverterOf(property) is { } converter)
            {
                property.SetValueConverter(converter.ForColumn($"{table}.{property.GetColumnName()}"));
            }
        }

        foreach (IConventionComplexProperty complex in type.GetDeclaredComplexProperties())
        {
            Name(complex.ComplexType, table);
        }
    }

    // Converters configured by type (HaveConversion<TConverter>) are recorded as a type until the model is finalized.
    private static IColumnAwareConverter? ConverterOf(IConventionProperty property) =>
        property.GetValueConverter() as IColumnAwareConverter
        ?? (property.FindAnnotation("ValueConverterType")?.Value is Type t && typeof(IColumnAwareConverter).IsAssignableFrom(t)
            ? (IColumnAwareConverter?)Activator.CreateInstance(t)
            : null);
}
