using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Json;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The chart's UTF-8 fast writer (<see cref="JsonUtf8Output"/>) writes byte for byte what <see cref="Utf8JsonWriter"/>
/// writes with the same encoder, or declines and leaves the value to the writer.
/// </summary>
[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 100)]
public class JsonUtf8OutputTests
{
    private static readonly JavaScriptEncoder?[] Encoders =
    [
        null,
        OrgModelJson.Options.Encoder,
        JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        JavaScriptEncoder.Create(UnicodeRanges.BasicLatin),
        JavaScriptEncoder.Create(UnicodeRanges.None),
    ];

    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    // Vietnamese letters (precomposed and combining), what JSON and HTML escape, controls, surrogate pairs and lone
    // surrogates, and characters outside the Vietnamese ranges.
    private static Gen<string> AnyText { get; } =
        Gen.OneOf(
                Gen.Elements("aăâbcdđeêghiklmnoôơpqrstuưvxyĐƯỚỰờẫệ ".ToCharArray()),
                Gen.Elements("\"\\/<>&'+`\b\f\n\r\t\u0000\u001f\u007f\u0080\u00a0\u2028\u2029\ufeff\uffff\u0301\u0323".ToCharArray()),
                Gen.Elements('\ud83d', '\ude00', '\ud800', '\udfff'),
                Gen.Choose(0, 0xFFFF).Select(c => (char)c))
            .ArrayOf()
            .Select(cs => new string(cs))
            .Zip(Gen.Elements("😀", "𝔸", string.Empty), (s, pair) => s + pair);

    [Fact]
    public void StringsAreWrittenAsTheWriterWritesThem() =>
        Prop.ForAll(AnyText.ToArbitrary(), text => Encoders.All(encoder => SameAsWriter(encoder, text))).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Thành phố Hà Nội")]
    [InlineData("Phường \"Ba Đình\" <&> 'x' + `y`")]
    [InlineData("tab\there\u2028line")]
    [InlineData("emoji 😀 and lone \ud800")]
    public void KnownStringsAreWrittenAsTheWriterWritesThem(string text) =>
        Assert.All(Encoders, encoder => Assert.True(SameAsWriter(encoder, text)));

    [Property]
    public bool ChartsAreWrittenAsTheWriterWritesThem(OrgChart chart) =>
        Encoders.All(encoder => SameAsWriter(encoder, chart));

    [Fact]
    public void TheReferenceChartIsWrittenAsTheWriterWritesIt()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        Assert.True(SameAsWriter(OrgModelJson.Options.Encoder, chart));
        Assert.True(SameAsWriter(null, chart.AsOf(new LocalDate(2025, 7, 1))));
    }

    [Fact]
    public void DatesOutsideTheIsoFormAreLeftToTheWriter()
    {
        using var output = new JsonUtf8Output(null, 16);
        output.StartObject();
        output.Date(Name, new LocalDate(2025, 7, 1, CalendarSystem.Julian));
        Assert.True(output.Abandoned);
    }

    [Fact]
    public void AnIndentedWriterWritesTheChartItself()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        Assert.False(OrgChartJsonConverter.TryWriteUtf8(writer, VietnamReferenceData.OrgChart));
        Assert.Equal(0, buffer.WrittenCount + writer.BytesPending);
    }

    private static bool SameAsWriter(JavaScriptEncoder? encoder, string text)
    {
        using var output = new JsonUtf8Output(encoder, 16);
        output.StringElement(text);
        if (!IsValidUtf16(text))
        {
            // The writer refuses it or replaces the lone surrogate: the fast writer leaves it to the writer.
            return output.Abandoned;
        }

        byte[] expected = Written(encoder, w => w.WriteStringValue(text));
        return !output.Abandoned && output.Written.SequenceEqual(expected);
    }

    private static bool IsValidUtf16(string text) =>
        Utf8.FromUtf16(text, new byte[text.Length * 3], out _, out _, replaceInvalidSequences: false) == OperationStatus.Done;

    private static bool SameAsWriter(JavaScriptEncoder? encoder, OrgChart chart)
    {
        byte[] expected = Written(encoder, w => OrgChartJsonConverter.Shape.Write(w, chart));
        byte[] fast = Written(encoder, w => Assert.True(OrgChartJsonConverter.TryWriteUtf8(w, chart)));
        // Compared as text, so that a failure shows where the two differ.
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(fast));
        return fast.AsSpan().SequenceEqual(expected);
    }

    private static byte[] Written(JavaScriptEncoder? encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
