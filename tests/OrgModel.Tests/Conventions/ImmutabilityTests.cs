using System.Collections.Immutable;
using System.Reflection;
using OrgModel.Tenures;

namespace OrgModel.Tests.Conventions;

/// <summary>House rules checked by reflection over the public surface, so that a new type cannot break them unnoticed.</summary>
public class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(RomanNumeral).Assembly.GetExportedTypes();

    public static TheoryData<string> PublicTypeNames() => new(PublicTypes.Select(t => t.FullName!));

    private static Type Find(string name) => PublicTypes.Single(t => t.FullName == name);

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Public_types_have_no_public_setters_or_init(string typeName)
    {
        Type type = Find(typeName);
        if (typeof(Attribute).IsAssignableFrom(type) || type.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonSerializerContext)))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ToList();
        Assert.True(setters.Count == 0, $"{type} has public setters or init accessors: {string.Join(", ", setters)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Public_fields_are_readonly_or_const(string typeName)
    {
        Type type = Find(typeName);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum)
            .Select(f => f.Name)
            .ToList();
        Assert.True(fields.Count == 0, $"{type} has writable public fields: {string.Join(", ", fields)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Public_classes_are_sealed_static_or_abstract(string typeName)
    {
        Type type = Find(typeName);
        if (!type.IsClass || typeof(Delegate).IsAssignableFrom(type))
        {
            return;
        }

        Assert.True(type.IsSealed || type.IsAbstract, $"{type} is a public class that is neither sealed, static nor abstract.");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void No_public_FrozenDictionary_properties(string typeName)
    {
        Type type = Find(typeName);
        var frozen = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition().Namespace == "System.Collections.Frozen")
            .Select(p => p.Name)
            .ToList();
        Assert.True(frozen.Count == 0, $"{type} exposes frozen collections: {string.Join(", ", frozen)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Structs_are_readonly(string typeName)
    {
        Type type = Find(typeName);
        // Enumerators are mutable by design (the List<T>.Enumerator pattern that makes foreach allocation-free); they
        // expose no state a caller can corrupt, only MoveNext/Current.
        if (!type.IsValueType || type.IsEnum || typeof(System.Collections.IEnumerator).IsAssignableFrom(type))
        {
            return;
        }

        bool isReadOnly = type.GetCustomAttributes().Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");
        Assert.True(isReadOnly, $"{type} is a public struct that is not declared readonly.");
    }

    [Fact]
    public void The_public_surface_is_not_empty() => Assert.NotEmpty(PublicTypes);

    [Fact]
    public void ImmutableArray_convention_is_checked_where_exposed()
    {
        // Properties typed ImmutableArray<T> must never hand out a default array: each type's own tests construct
        // values; here we only make sure no such property is settable.
        var props = PublicTypes.SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>));
        Assert.All(props, p => Assert.False(p.SetMethod?.IsPublic ?? false, $"{p.DeclaringType}.{p.Name} is settable"));
    }
}
