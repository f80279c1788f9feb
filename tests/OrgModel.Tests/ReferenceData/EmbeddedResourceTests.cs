using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The loader reads the embedded CSV files in place in the assembly's mapped image.</summary>
public class EmbeddedResourceTests
{
    [Theory]
    [InlineData(ReferenceChartLoader.OldUnitsResource)]
    [InlineData(ReferenceChartLoader.UnitsResource)]
    [InlineData(ReferenceChartLoader.SuccessionResource)]
    public void A_resource_read_in_place_holds_the_bytes_of_the_resource_stream(string name)
    {
        using Stream stream = typeof(ReferenceChartLoader).Assembly.GetManifestResourceStream(name)!;
        var copy = new byte[stream.Length];
        stream.ReadExactly(copy);

        ReadOnlySpan<byte> inPlace = ReferenceChartLoader.ReadResource(name);

        Assert.True(copy.Length > 100_000, $"{name} has {copy.Length} bytes");
        Assert.True(inPlace.SequenceEqual(copy));
    }

    [Fact]
    public void A_missing_resource_is_named_in_the_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ReferenceChartLoader.ReadResource("OrgModel.nothing.csv").Length);
        Assert.Contains("OrgModel.nothing.csv", e.Message);
    }
}
