using OrgModel.Organisations;

namespace OrgModel.Tests.Conventions;

/// <summary>Every ordered public value compares with an object the same way (one helper, <c>Utility/Comparisons</c>):
/// null sorts first, and an object of another type is an <see cref="ArgumentException"/> naming <c>obj</c> and the type.</summary>
public sealed class BoxedComparisonTests
{
    public static TheoryData<string> OrderedValues() =>
        [.. typeof(OrgId).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && typeof(IComparable).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(OrderedValues))]
    public void Compares_with_null_and_refuses_another_type(string name)
    {
        var value = (IComparable)Activator.CreateInstance(typeof(OrgId).Assembly.GetType(name)!)!;
        string shortName = name[(name.LastIndexOf('.') + 1)..];
        string article = "AEIOU".Contains(shortName[0], StringComparison.Ordinal) ? "an" : "a";

        Assert.Equal(1, value.CompareTo(null));
        ArgumentException e = Assert.Throws<ArgumentException>(() => value.CompareTo(new object()));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith($"The object is not {article} {shortName}.", e.Message, StringComparison.Ordinal);
    }

    // PartialDate and CentralConferenceNumber order only through IComparable<T>: the nine others compare with an object.
    [Fact]
    public void Nine_values_compare_with_an_object() => Assert.Equal(9, OrderedValues().Count);
}
