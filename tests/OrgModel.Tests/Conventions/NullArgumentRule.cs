using System.Collections;
using System.Reflection;
using System.Text;
using OrgModel.Organisations;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// The house rule "fails loudly, naming the argument", checked for null: every public constructor and method of a
/// namespace, given null for a parameter that is not annotated nullable (and valid values for the others), throws an
/// <see cref="ArgumentNullException"/> whose <see cref="ArgumentException.ParamName"/> is that parameter's name.
/// </summary>
/// <remarks>
/// Valid values come from the library's own FsCheck generators (<see cref="OrgArbitraries"/>, <see cref="OrgGenerators"/>)
/// and a few fixed ones (the reference chart, a fake clock); a member whose other arguments cannot be made is listed as
/// unchecked. Each namespace's test calls <see cref="Check"/> so that a mutation run of that namespace compiles it.
/// </remarks>
internal static class NullArgumentRule
{
    /// <summary>Checks every public member of the namespace; returns the number of (member, parameter) pairs checked.</summary>
    public static int Check(string ns, int minimumChecked)
    {
        var problems = new List<string>();
        var unchecked_ = new List<string>();
        int checkedCount = 0;

        // NullabilityInfoContext caches in a plain Dictionary and is not thread-safe; the namespaces' tests run in
        // parallel, so each check has its own (a shared one failed CI with a corrupted dictionary).
        var nullability = new NullabilityInfoContext();
        foreach (Type type in typeof(OrgChart).Assembly.GetExportedTypes().Where(t => t.Namespace == ns && !t.IsEnum
            && !typeof(Exception).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t)))
        {
            foreach (MethodBase member in Members(type))
            {
                ParameterInfo[] parameters = member.GetParameters();
                for (int i = 0; i < parameters.Length; i++)
                {
                    if (!MustRejectNull(nullability, parameters[i]))
                    {
                        continue;
                    }

                    string name = $"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) {parameters[i].Name}";
                    if (!TryArguments(member, parameters, i, out object? target, out object?[] args))
                    {
                        unchecked_.Add(name);
                        continue;
                    }

                    switch (Invoke(member, target, args, parameters[i].Name!))
                    {
                        case Outcome.Ok:
                            checkedCount++;
                            break;
                        case Outcome.Other:
                            unchecked_.Add(name + " (another argument was rejected first)");
                            break;
                        case Outcome.Violation v:
                            checkedCount++;
                            problems.Add($"{name}: {v.Problem}");
                            break;
                    }
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine($"{problems.Count} violations, {checkedCount} checked, {unchecked_.Count} unchecked");
        problems.ForEach(p => report.AppendLine(p));
        report.AppendLine("unchecked:");
        unchecked_.ForEach(u => report.AppendLine("  " + u));
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(problems.Count == 0, report.ToString());
        Assert.True(checkedCount >= minimumChecked, $"only {checkedCount} checked (expected at least {minimumChecked})\n{report}");
        return checkedCount;
    }

    private static IEnumerable<MethodBase> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<MethodBase> constructors = type.IsAbstract ? [] : type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        IEnumerable<MethodBase> methods = type.GetMethods(flags).Where(m =>
            !m.IsSpecialName && !m.IsGenericMethodDefinition && !(m.IsAbstract && !m.IsStatic)
            && m.Name is not ("Equals" or "CompareTo" or "Deconstruct"));
        return constructors.Concat(methods).Where(m => m.GetParameters().All(p => !p.ParameterType.IsByRefLike && !p.ParameterType.IsByRef && !p.ParameterType.IsPointer));
    }

    private static bool MustRejectNull(NullabilityInfoContext nullability, ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType
        && !parameter.HasDefaultValue
        && nullability.Create(parameter).WriteState == NullabilityState.NotNull;

    private static bool TryArguments(MethodBase member, ParameterInfo[] parameters, int nullIndex, out object? target, out object?[] args)
    {
        target = null;
        args = new object?[parameters.Length];
        if (member is MethodInfo { IsStatic: false } && !GeneratedValues.TrySample(member.DeclaringType!, out target))
        {
            return false;
        }

        for (int j = 0; j < parameters.Length; j++)
        {
            if (j == nullIndex)
            {
                continue;
            }

            if (parameters[j].HasDefaultValue)
            {
                args[j] = parameters[j].DefaultValue;
            }
            else if (!GeneratedValues.TrySample(parameters[j].ParameterType, out args[j]))
            {
                return false;
            }
        }

        return true;
    }

    private abstract record Outcome
    {
        public static readonly Outcome Rejected = new Ok();
        public static readonly Outcome Inconclusive = new Other();

        public sealed record Ok : Outcome;

        public sealed record Other : Outcome;

        public sealed record Violation(string Problem) : Outcome;
    }

    private static Outcome Invoke(MethodBase member, object? target, object?[] args, string parameterName)
    {
        try
        {
            object? result = member is ConstructorInfo constructor ? constructor.Invoke(args) : member.Invoke(target, args);
            if (result is IEnumerable sequence and not string)
            {
                // A lazy sequence checks its arguments when it is enumerated at the latest.
                foreach (object? _ in sequence)
                {
                }
            }

            return new Outcome.Violation("no exception");
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException ane)
        {
            return ane.ParamName == parameterName ? Outcome.Rejected : new Outcome.Violation($"ArgumentNullException names '{ane.ParamName}'");
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException ae && ae.ParamName is not null && ae.ParamName != parameterName)
        {
            // The generated values of the other arguments may break a rule that is checked first: no verdict.
            return Outcome.Inconclusive;
        }
        catch (TargetInvocationException e)
        {
            return new Outcome.Violation($"{e.InnerException!.GetType().Name}: {e.InnerException.Message}");
        }
    }
}
