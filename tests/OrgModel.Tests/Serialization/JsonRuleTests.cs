using System.Reflection;
using System.Text.Json.Serialization;
using OrgModel.Serialization;

namespace OrgModel.Tests.Serialization;

/// <summary>The JSON rule of docs/design.md: a converter sits beside its type, is internal, and is attached by attribute.</summary>
public class JsonRuleTests
{
    private static readonly Assembly Library = typeof(OrgModelJson).Assembly;

    public static TheoryData<string> AttributedTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type t in Library.GetTypes().Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null).OrderBy(t => t.FullName))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AttributedTypes))]
    public void The_converter_of_a_type_is_internal_and_in_the_type_s_namespace(string name)
    {
        Type type = Library.GetType(name)!;
        Type converter = type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType!;

        Assert.False(converter.IsPublic, $"{converter.Name} is public");

        // The shared enum converter is domain-free machinery; every other converter is the type's own.
        if (!converter.IsGenericType)
        {
            Assert.Equal(type.Namespace, converter.Namespace);
        }
    }

    [Fact]
    public void No_public_type_is_a_converter()
    {
        Type[] converters = Library.GetExportedTypes().Where(t => typeof(JsonConverter).IsAssignableFrom(t)).ToArray();

        Assert.Empty(converters);
    }
}
