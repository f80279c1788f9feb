using System.Collections;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The calendar rule, checked over the whole public surface: every public constructor and factory that takes a
/// <see cref="LocalDate"/> or <see cref="YearMonth"/> refuses one in another calendar with an
/// <see cref="ArgumentException"/> naming that argument. The other arguments are filled from
/// <see cref="OrgArbitraries"/> (or simple values); a call that fails with ISO dates too cannot be judged and is skipped.
/// </summary>
public class IsoCalendarTests
{
    private static readonly LocalDate Iso = new(2025, 7, 1);
    private static readonly Dictionary<Type, Func<object?>> Makers = BuildMakers();

    private static readonly Lazy<Dictionary<string, (MethodBase Method, object?[]? Args)>> Calls = new(() =>
        Candidates().ToDictionary(c => c.Name, c => (c.Method, ValidCall(c.Method))));

    public static TheoryData<string> Members() => [.. Calls.Value.Where(c => c.Value.Args is not null).Select(c => c.Key).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_date_in_another_calendar_is_refused_naming_the_argument(string member)
    {
        (MethodBase method, object?[]? found) = Calls.Value[member];
        ParameterInfo[] parameters = method.GetParameters();
        {
            object?[] args = found!;

            foreach (ParameterInfo p in parameters.Where(p => IsDate(p.ParameterType)))
            {
                object?[] bad = (object?[])args.Clone();
                bad[p.Position] = NonIso(p.ParameterType, args[p.Position]);
                Exception? e = Invoke(method, bad);
                Assert.True(e is ArgumentException a && a.ParamName == p.Name,
                    $"{member}: a Julian {p.Name} gave {(e is null ? "no exception" : $"{e.GetType().Name} ({(e as ArgumentException)?.ParamName}): {e.Message}")}.");
            }
        }
    }

    [Fact]
    public void Nearly_every_date_taking_member_is_judged()
    {
        // Guards the theory above against judging little: a member for which no valid call can be generated is not
        // judged there (its own tests cover it), and such members must stay few.
        var unjudged = Calls.Value.Where(c => c.Value.Args is null).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(Calls.Value.Count >= 30, $"only {Calls.Value.Count} members take a date");
        Assert.True(unjudged.Count * 5 <= Calls.Value.Count, "Not judged:\n" + string.Join("\n", unjudged));
    }

    private static object?[]? ValidCall(MethodBase method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        for (int attempt = 0; attempt < 60; attempt++)
        {
            object?[]? args = Fill(parameters);
            if (args is not null && Succeeds(method, args))
            {
                return args;
            }
        }

        return null;
    }

    private static IEnumerable<(string Name, MethodBase Method)> Candidates()
    {
        foreach (Type type in typeof(RomanNumeral).Assembly.GetExportedTypes().Where(t => !t.ContainsGenericParameters && !t.IsEnum))
        {
            IEnumerable<MethodBase> members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m.ReturnType == type || (m.ReturnType.IsGenericType && m.ReturnType.GenericTypeArguments.Contains(type))));
            foreach (MethodBase m in members)
            {
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Any(p => IsDate(p.ParameterType)) && ps.All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer && p.ParameterType != typeof(ReadOnlySpan<char>)))
                {
                    yield return ($"{type.Name}.{(m.IsConstructor ? "ctor" : m.Name)}({string.Join(", ", ps.Select(p => p.ParameterType.Name + " " + p.Name))})", m);
                }
            }
        }
    }

    private static bool IsDate(Type t) => (Nullable.GetUnderlyingType(t) ?? t) is var u && (u == typeof(LocalDate) || u == typeof(YearMonth));

    private static object NonIso(Type t, object? iso)
    {
        Type u = Nullable.GetUnderlyingType(t) ?? t;
        return u == typeof(LocalDate)
            ? (iso is LocalDate d ? d : Iso).WithCalendar(CalendarSystem.Julian)
            : (iso is YearMonth m ? m.OnDayOfMonth(1) : Iso).WithCalendar(CalendarSystem.Julian).ToYearMonth();
    }

    private static bool Succeeds(MethodBase method, object?[] args) => Invoke(method, args) is null;

    private static Exception? Invoke(MethodBase method, object?[] args)
    {
        try
        {
            if (method is ConstructorInfo c)
            {
                c.Invoke(args);
            }
            else
            {
                object? result = method.Invoke(null, args);
                if (result is IEnumerable e)
                {
                    foreach (object? _ in e)
                    {
                    }
                }
            }

            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static object?[]? Fill(ParameterInfo[] parameters)
    {
        var args = new object?[parameters.Length];
        foreach (ParameterInfo p in parameters)
        {
            Type t = p.ParameterType;
            Type u = Nullable.GetUnderlyingType(t) ?? t;
            if (IsDate(t))
            {
                args[p.Position] = u == typeof(LocalDate) ? Iso.PlusDays(Random.Shared.Next(0, 400)) : (object)Iso.PlusMonths(Random.Shared.Next(0, 12)).ToYearMonth();
            }
            else if (p.HasDefaultValue && Random.Shared.Next(2) == 0)
            {
                args[p.Position] = p.DefaultValue;
            }
            else if (Makers.TryGetValue(u, out Func<object?>? make))
            {
                args[p.Position] = make();
            }
            else if (u.IsEnum)
            {
                Array values = Enum.GetValues(u);
                args[p.Position] = values.GetValue(Random.Shared.Next(values.Length));
            }
            else if (u.IsGenericType && u.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                Type element = u.GenericTypeArguments[0];
                int n = Makers.TryGetValue(element, out Func<object?>? one) ? Random.Shared.Next(0, 3) : 0;
                Array items = Array.CreateInstance(element, n);
                for (int i = 0; i < n; i++)
                {
                    items.SetValue(one!(), i);
                }

                args[p.Position] = items;
            }
            else if (u == typeof(string) && p.Name is { } name && name.Contains("phrase", StringComparison.OrdinalIgnoreCase))
            {
                args[p.Position] = new[] { "trước ngày 31/7/2025", "in November", "within 6 months", "quý I/2026" }[Random.Shared.Next(4)];
            }
            else if (u == typeof(Period))
            {
                args[p.Position] = Period.FromMonths(Random.Shared.Next(1, 12));
            }
            else if (p.HasDefaultValue)
            {
                args[p.Position] = p.DefaultValue;
            }
            else
            {
                return null;
            }
        }

        return args;
    }

    private static Dictionary<Type, Func<object?>> BuildMakers()
    {
        var makers = new Dictionary<Type, Func<object?>>
        {
            [typeof(string)] = () => new[] { "Nghị quyết", "Hội nghị Trung ương", "Quốc khánh" }[Random.Shared.Next(3)],
            [typeof(int)] = () => Random.Shared.Next(1, 10),
            [typeof(bool)] = () => Random.Shared.Next(2) == 0,
        };
        foreach (MethodInfo m in typeof(OrgArbitraries).GetMethods(BindingFlags.Public | BindingFlags.Static)
                     .Where(m => m.GetParameters().Length == 0 && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Arbitrary<>)))
        {
            Type valueType = m.ReturnType.GetGenericArguments()[0];
            if (makers.ContainsKey(valueType) || valueType.IsEnum)
            {
                continue;
            }

            object gen = m.ReturnType.GetProperty("Generator")!.GetValue(m.Invoke(null, null))!;
            MethodInfo sample = typeof(Gen).Assembly.GetExportedTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .First(s => s.Name == "Sample" && s.GetParameters().Length == 3 && s.GetParameters()[1].ParameterType == typeof(int))
                .MakeGenericMethod(valueType);
            object?[] pool = [.. ((IEnumerable)sample.Invoke(null, [gen, 10, 30])!).Cast<object?>()];
            makers[valueType] = () => pool[Random.Shared.Next(pool.Length)];
        }

        return makers;
    }
}
