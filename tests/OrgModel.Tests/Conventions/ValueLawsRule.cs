using System.Globalization;
using System.Reflection;
using System.Text;
using OrgModel.Organisations;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The laws of equality and order, checked on every public type of a namespace that has a generator: equality is
/// reflexive and symmetric and agrees with <c>==</c>, <c>!=</c>, <c>Equals(object)</c> and the hash code; for a type
/// with a canonical text (<see cref="IParsable{TSelf}"/>), two values are equal exactly when their texts are, and the
/// text parses back to an equal value; for an ordered type, <c>CompareTo</c> is antisymmetric, zero exactly on equal
/// values, and the four operators agree with it, also on equal operands; <c>CompareTo(object)</c> puts null first
/// and rejects another type; <c>TryFormat</c> (UTF-16 and UTF-8) writes exactly the text <c>ToString</c> gives, and
/// into a buffer one character or byte too short (or shorter) it writes nothing and says so.
/// </summary>
/// <remarks>
/// Values are drawn with a fixed seed from the library's own generators, 300 per type, and paired with each other
/// and with a parsed copy of themselves, so that unequal pairs sharing some parts (the same kind, another number)
/// occur: an equality that wrongly needs only one part to agree is caught there.
/// </remarks>
internal static class ValueLawsRule
{
    private const int Draws = 300;

    /// <summary>Checks the laws on every generated public type of the namespace; returns the types checked.</summary>
    public static IReadOnlyList<Type> Check(string ns, int minimumTypes)
    {
        var problems = new List<string>();
        var checkedTypes = new List<Type>();
        foreach (Type type in typeof(OrgChart).Assembly.GetExportedTypes().Where(t => t.Namespace == ns))
        {
            Type equatable = typeof(IEquatable<>).MakeGenericType(type);
            if (!equatable.IsAssignableFrom(type) || !GeneratedValues.TryGenerator(type, out object? generator))
            {
                continue;
            }

            checkedTypes.Add(type);
            IReadOnlyList<object?> values = GeneratedValues.Draw(generator!, type, Draws);
            var laws = new Laws(type);
            for (int i = 0, before = problems.Count; i < values.Count && problems.Count < before + 5; i++)
            {
                object x = values[i]!;
                laws.Pair(x, x, problems);
                if (laws.Parse(x) is { } copy)
                {
                    if (!x.Equals(copy))
                    {
                        problems.Add($"{type.Name}: '{x}' does not parse back to an equal value");
                    }

                    laws.Pair(x, copy, problems);
                }

                laws.Pair(x, values[(i * 7 + 1) % values.Count]!, problems);
                laws.Pair(x, values[(i + 1) % values.Count]!, problems);
                laws.CompareToObject(x, problems);
                laws.Formatting(x, problems);
            }
        }

        var report = new StringBuilder($"{problems.Count} problems in {checkedTypes.Count} types ({string.Join(", ", checkedTypes.Select(t => t.Name))})\n");
        problems.ForEach(p => report.AppendLine(p));
        Assert.True(problems.Count == 0, report.ToString());
        Assert.True(checkedTypes.Count >= minimumTypes, $"only {checkedTypes.Count} types checked (expected at least {minimumTypes})\n{report}");
        return checkedTypes;
    }

    private sealed class Laws(Type type)
    {
        private readonly MethodInfo equalsTyped = type.GetMethod("Equals", [type])!;
        private readonly MethodInfo? opEquality = Operator(type, "op_Equality");
        private readonly MethodInfo? opInequality = Operator(type, "op_Inequality");
        private readonly MethodInfo? compareTyped = Implements(type, typeof(IComparable<>)) ? type.GetMethod("CompareTo", [type]) : null;
        private readonly MethodInfo? opLess = Operator(type, "op_LessThan");
        private readonly MethodInfo? opLessOrEqual = Operator(type, "op_LessThanOrEqual");
        private readonly MethodInfo? opGreater = Operator(type, "op_GreaterThan");
        private readonly MethodInfo? opGreaterOrEqual = Operator(type, "op_GreaterThanOrEqual");
        private readonly MethodInfo? parse = Implements(type, typeof(IParsable<>))
            ? type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) : null;

        // The round-trip form where ToString() alone is not one ("2021–2026" is both a Party and a State term).
        private static readonly Dictionary<Type, string> RoundTripFormats = new() { [typeof(OrgModel.Tenures.Tenure)] = "F" };

        public object? Parse(object x) => parse?.Invoke(null, [Text(x)]);

        private static string? Text(object x) =>
            RoundTripFormats.TryGetValue(x.GetType(), out string? format) ? ((IFormattable)x).ToString(format, null) : x.ToString();

        public void Pair(object x, object y, List<string> problems)
        {
            bool equal = (bool)equalsTyped.Invoke(x, [y])!;
            Expect(equal == (bool)equalsTyped.Invoke(y, [x])!, "Equals is not symmetric", x, y, problems);
            Expect(equal == x.Equals((object)y), "Equals(object) disagrees with Equals(T)", x, y, problems);
            Expect(!ReferenceEquals(x, y) || equal, "a value is not equal to itself", x, y, problems);
            Expect(!equal || x.GetHashCode() == y.GetHashCode(), "equal values have different hash codes", x, y, problems);
            Expect(opEquality is null || (bool)opEquality.Invoke(null, [x, y])! == equal, "== disagrees with Equals", x, y, problems);
            Expect(opInequality is null || (bool)opInequality.Invoke(null, [x, y])! != equal, "!= disagrees with Equals", x, y, problems);
            if (parse is not null)
            {
                Expect(equal == (Text(x) == Text(y)), "equality disagrees with the canonical text", x, y, problems);
            }

            if (compareTyped is not null)
            {
                int xy = Math.Sign((int)compareTyped.Invoke(x, [y])!);
                int yx = Math.Sign((int)compareTyped.Invoke(y, [x])!);
                Expect(xy == -yx, "CompareTo is not antisymmetric", x, y, problems);
                Expect((xy == 0) == equal, "CompareTo is zero exactly on equal values: not so", x, y, problems);
                Expect(opLess is null || (bool)opLess.Invoke(null, [x, y])! == (xy < 0), "< disagrees with CompareTo", x, y, problems);
                Expect(opLessOrEqual is null || (bool)opLessOrEqual.Invoke(null, [x, y])! == (xy <= 0), "<= disagrees with CompareTo", x, y, problems);
                Expect(opGreater is null || (bool)opGreater.Invoke(null, [x, y])! == (xy > 0), "> disagrees with CompareTo", x, y, problems);
                Expect(opGreaterOrEqual is null || (bool)opGreaterOrEqual.Invoke(null, [x, y])! == (xy >= 0), ">= disagrees with CompareTo", x, y, problems);
            }
        }

        public void CompareToObject(object x, List<string> problems)
        {
            if (x is not IComparable comparable)
            {
                return;
            }

            Expect(comparable.CompareTo(null) > 0, "CompareTo(null) does not put null first", x, x, problems);
            Expect(comparable.CompareTo(x) == 0, "CompareTo(object) of a value with itself is not zero", x, x, problems);
            try
            {
                comparable.CompareTo(new object());
                problems.Add($"{type.Name}: CompareTo(object) accepted another type");
            }
            catch (ArgumentException)
            {
                // The documented answer.
            }
        }

        public void Formatting(object x, List<string> problems)
        {
            string? format = RoundTripFormats.GetValueOrDefault(x.GetType());
            string text = Text(x)!;
            if (x is ISpanFormattable chars)
            {
                Writes(text.ToCharArray(), (Span<char> d, out int n) => chars.TryFormat(d, out n, format, CultureInfo.InvariantCulture), "TryFormat");
            }

            if (x is IUtf8SpanFormattable utf8)
            {
                Writes(Encoding.UTF8.GetBytes(text), (Span<byte> d, out int n) => utf8.TryFormat(d, out n, format, CultureInfo.InvariantCulture), "UTF-8 TryFormat");
            }

            void Writes<T>(T[] expected, TryWrite<T> write, string what)
                where T : IEquatable<T>
            {
                T[] room = new T[expected.Length + 8];
                bool written = write(room, out int count);
                Expect(written && room.AsSpan(0, count).SequenceEqual(expected), $"{what} does not write the text ToString gives", x, x, problems);
                for (int size = 0; size < expected.Length; size++)
                {
                    bool fits = write(new T[size], out int partial);
                    Expect(!fits && partial == 0, $"{what} into {size} of {expected.Length} units does not fail with nothing written", x, x, problems);
                }
            }
        }

        private delegate bool TryWrite<T>(Span<T> destination, out int written);

        private void Expect(bool holds, string law, object x, object y, List<string> problems)
        {
            if (!holds)
            {
                problems.Add($"{type.Name}: {law}: '{x}' and '{y}'");
            }
        }

        private static bool Implements(Type type, Type generic) =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == type);

        private static MethodInfo? Operator(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);
    }
}
