using System.Reflection;
using OrgModel.Tenures;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The collection rule: a public member returns a sequence as <see cref="IReadOnlyList{T}"/> (a set as
/// <see cref="IReadOnlyCollection{T}"/>, a map as <see cref="IReadOnlyDictionary{TKey, TValue}"/>), never as an array, a
/// concrete collection or an <c>ImmutableArray</c>; one shape for callers, and storage that no cast can change.
/// </summary>
public class CollectionRuleTests
{
    [Fact]
    public void Public_members_return_read_only_interfaces()
    {
        var problems = new List<string>();
        foreach (Type type in typeof(Tenure).Assembly.GetExportedTypes())
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (PropertyInfo p in type.GetProperties(flags))
            {
                Check($"{type.Name}.{p.Name}", p.PropertyType);
            }

            foreach (MethodInfo m in type.GetMethods(flags).Where(m => !m.IsSpecialName))
            {
                Check($"{type.Name}.{m.Name}()", m.ReturnType);
            }

            foreach (FieldInfo f in type.GetFields(flags))
            {
                Check($"{type.Name}.{f.Name}", f.FieldType);
            }
        }

        Assert.True(problems.Count == 0, "Members that return a collection that is not a read-only interface:\n" + string.Join("\n", problems));

        void Check(string member, Type t)
        {
            if (t.IsArray || (t.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true && !t.IsInterface && !t.IsNested))
            {
                problems.Add($"{member}: {t}");
            }
        }
    }
}
