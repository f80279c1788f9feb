using System.Collections;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The collection rule: no public member hands out storage a caller could cast back to <c>T[]</c>, <c>List&lt;T&gt;</c>
/// or another writable collection. Every public type that <see cref="OrgArbitraries"/> can build is built, and every
/// collection its public properties and parameterless methods return is checked at run time.
/// </summary>
public class NoAliasingTests
{
    private const int Samples = 12;

    public static TheoryData<string> Arbitraries() =>
        [.. typeof(OrgArbitraries).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().Length == 0 && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Arbitrary<>))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Arbitraries))]
    public void Generated_values_expose_no_writable_collections(string arbitrary)
    {
        MethodInfo method = typeof(OrgArbitraries).GetMethod(arbitrary, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)!;
        object arb = method.Invoke(null, null)!;
        Type valueType = method.ReturnType.GetGenericArguments()[0];
        var problems = new List<string>();
        foreach (object? value in Sample(arb, valueType))
        {
            if (value is not null)
            {
                problems.AddRange(WritableMembers(value));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(30)));
    }

    [Fact]
    public void Static_collections_of_public_types_are_not_writable()
    {
        var problems = new List<string>();
        foreach (Type type in typeof(RomanNumeral).Assembly.GetExportedTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                Check(p.GetValue(null), $"{type.Name}.{p.Name}", problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_reference_chart_cannot_be_changed_through_its_collections()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        OrgChart day = chart.AsOf(new NodaTime.LocalDate(2025, 7, 1));
        var problems = new List<string>();
        foreach (OrgChart c in new[] { chart, day })
        {
            problems.AddRange(WritableMembers(c));
            Organisation hanoi = day.FindByCode("01")!;
            Check(c.Children(hanoi.Id), "Children", problems);
            Check(c.Path(hanoi.Id), "Path", problems);
            Check(c.Descendants(hanoi.Id), "Descendants", problems);
            Check(c.Search("Hà Nội"), "Search", problems);
            Check(c.Predecessors(hanoi.Id), "Predecessors", problems);
            Check(c.EventsOf(hanoi.Id), "EventsOf", problems);
            Check(c.Related(hanoi.Id, OrgRelationKind.IsUnder), "Related", problems);
            Check(c.RelatedFrom(hanoi.Id, OrgRelationKind.IsUnder), "RelatedFrom", problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<object?> Sample(object arbitrary, Type valueType)
    {
        object gen = arbitrary.GetType().GetProperty("Generator")!.GetValue(arbitrary)!;
        MethodInfo sample = typeof(Gen).Assembly.GetExportedTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .First(m => m.Name == "Sample" && m.GetParameters().Length == 3 && m.GetParameters()[1].ParameterType == typeof(int))
            .MakeGenericMethod(valueType);
        return ((IEnumerable)sample.Invoke(null, [gen, 20, Samples])!).Cast<object?>();
    }

    internal static IEnumerable<string> WritableMembers(object value)
    {
        var problems = new List<string>();
        Type type = value.GetType();
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Check(Get(() => p.GetValue(value)), $"{type.Name}.{p.Name}", problems);
        }

        foreach (MethodInfo m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                     .Where(m => m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters
                                 && m.DeclaringType != typeof(object) && m.Name != "GetEnumerator"
                                 && typeof(IEnumerable).IsAssignableFrom(m.ReturnType) && m.ReturnType != typeof(string)))
        {
            Check(Get(() => m.Invoke(value, null)), $"{type.Name}.{m.Name}()", problems);
        }

        return problems;
    }

    private static object? Get(Func<object?> get)
    {
        try
        {
            return get();
        }
        catch (TargetInvocationException)
        {
            return null; // a member that refuses this value (for example a dated-only query) exposes nothing
        }
    }

    internal static void Check(object? collection, string where, List<string> problems)
    {
        if (collection is null or string || collection is not IEnumerable)
        {
            return;
        }

        if (IsWritable(collection))
        {
            problems.Add($"{where} returns a writable {collection.GetType().Name}");
        }
    }

    private static bool IsWritable(object collection)
    {
        Type type = collection.GetType();
        if (collection is Array array)
        {
            return array.Length > 0; // an empty array has nothing to overwrite
        }

        if (collection is IList list && !list.IsReadOnly)
        {
            return true;
        }

        if (collection is IDictionary dictionary && !dictionary.IsReadOnly)
        {
            return true;
        }

        foreach (Type i in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
        {
            if (!(bool)i.GetProperty("IsReadOnly")!.GetValue(collection)!)
            {
                return true;
            }
        }

        return false;
    }
}
