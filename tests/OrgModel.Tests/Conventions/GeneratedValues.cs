using System.Reflection;
using NodaTime;
using NodaTime.Testing;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Testing;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// Valid values of any public type, for the rule tests that walk the public surface by reflection: the library's own
/// FsCheck generators (<see cref="OrgGenerators"/>, <see cref="OrgArbitraries"/>) first, a few fixed values (the reference
/// chart, a fake clock), and otherwise the type's own public constructor with generated arguments.
/// </summary>
internal static class GeneratedValues
{
    /// <summary>Whether the type has a generator of its own (not a constructor call), and the generator.</summary>
    public static bool TryGenerator(Type type, out object? generator) => Generated.TryGetValue(type, out generator);

    /// <summary>Draws <paramref name="count"/> values from a generator found by <see cref="TryGenerator"/>.</summary>
    public static IReadOnlyList<object?> Draw(object generator, Type type, int count) =>
        (IReadOnlyList<object?>)typeof(GeneratedValues).GetMethod(nameof(DrawOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [generator, count])!;

    private static List<object?> DrawOf<T>(Gen<T> generator, int count) =>
        generator.Sample(size: 20, seed: new Rnd(20261130UL), numberOfSamples: count).Select(v => (object?)v).ToList();

    private static readonly Dictionary<Type, Func<object>> Fixed = new()
    {
        [typeof(string)] = () => "vn",
        [typeof(OrgChart)] = () => VietnamReferenceData.OrgChart,
        [typeof(IClock)] = () => new FakeClock(Instant.FromUtc(2025, 7, 1, 0, 0)),
        [typeof(IFormatProvider)] = () => System.Globalization.CultureInfo.InvariantCulture,
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(object)] = () => "vn",
    };

    private static readonly Dictionary<Type, object?> Generated = GeneratorsByType();

    public static bool TrySample(Type type, out object? value) => TrySample(type, out value, depth: 0);

    private static bool TrySample(Type type, out object? value, int depth)
    {
        if (Fixed.TryGetValue(type, out Func<object>? make))
        {
            value = make();
            return true;
        }

        if (type.IsEnum)
        {
            value = Enum.GetValues(type).GetValue(0);
            return true;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            value = Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is not null || type == typeof(bool))
        {
            value = type == typeof(bool) ? false : null;
            return true;
        }

        if (Generated.TryGetValue(type, out object? generator))
        {
            value = typeof(GeneratedValues).GetMethod(nameof(SampleOf), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [generator]);
            return true;
        }

        Type? element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() is var d
              && (d == typeof(IEnumerable<>) || d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>))
                ? type.GetGenericArguments()[0] : null;
        if (element is not null)
        {
            value = Array.CreateInstance(element, 0);
            return true;
        }

        // No generator: build one through the type's own public constructor with the fewest parameters.
        if (depth < 3 && !type.IsAbstract && !type.IsInterface)
        {
            foreach (ConstructorInfo constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
            {
                ParameterInfo[] ps = constructor.GetParameters();
                var args = new object?[ps.Length];
                bool ok = true;
                for (int k = 0; k < ps.Length && ok; k++)
                {
                    ok = ps[k].HasDefaultValue ? (args[k] = ps[k].DefaultValue) is var _ : TrySample(ps[k].ParameterType, out args[k], depth + 1);
                }

                if (ok)
                {
                    try
                    {
                        value = constructor.Invoke(args);
                        return true;
                    }
                    catch (TargetInvocationException)
                    {
                        // Try the next constructor.
                    }
                }
            }
        }

        value = null;
        return false;
    }

    private static T SampleOf<T>(Gen<T> generator) => generator.Sample(size: 5, seed: new Rnd(20261130UL), numberOfSamples: 1).Single();

    private static Dictionary<Type, object?> GeneratorsByType()
    {
        var map = new Dictionary<Type, object?>();
        foreach (Type holder in new[] { typeof(OrgGenerators), typeof(OrgArbitraries) })
        {
            foreach (MemberInfo member in holder.GetMembers(BindingFlags.Public | BindingFlags.Static))
            {
                object? gen = member switch
                {
                    PropertyInfo p when IsGen(p.PropertyType) => p.GetValue(null),
                    MethodInfo m when m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition && IsGen(m.ReturnType) => m.Invoke(null, null),
                    MethodInfo m when m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition && IsArbitrary(m.ReturnType) =>
                        m.ReturnType.GetProperty("Generator")!.GetValue(m.Invoke(null, null)),
                    _ => null,
                };
                if (gen is not null)
                {
                    map.TryAdd(gen.GetType().GetInterfaces().Append(gen.GetType()).First(IsGen).GetGenericArguments()[0], gen);
                }
            }
        }

        return map;
    }

    private static bool IsGen(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Gen<>);

    private static bool IsArbitrary(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Arbitrary<>);
}
