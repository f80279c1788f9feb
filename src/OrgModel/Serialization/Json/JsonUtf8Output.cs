using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace OrgModel.Serialization.Json;

/// <summary>
/// Compact JSON written straight into a pooled UTF-8 buffer, byte for byte as a non-indented <see cref="Utf8JsonWriter"/>
/// with the same encoder writes it, for the large values (a national chart: 10 MB) whose writing would otherwise go
/// mostly to the writer's per-call checks, to transcoding and escape-checking each string as UTF-16, and to growing its
/// output by doubling. The result is handed to the caller's writer in one <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>.
/// </summary>
/// <remarks>
/// <para>Strings are transcoded, then checked with the encoder's own <see cref="TextEncoder.FindFirstCharacterToEncodeUtf8"/>
/// (what the writer asks too); one that needs escaping is escaped by <see cref="JsonEncodedText.Encode(string, JavaScriptEncoder?)"/>,
/// the writer's own routine. Anything this class does not write as the writer would (invalid UTF-16, a date outside
/// the ISO form) marks the output <see cref="Abandoned"/>, and the caller writes the value the usual way.</para>
/// <para>Thread safety: not thread-safe; one instance serves one write and is disposed.</para>
/// </remarks>
internal sealed class JsonUtf8Output : IDisposable
{
    // Longer strings go the usual way (the room reserved for one, three bytes a unit, must not overflow).
    private const int MaxStringLength = 1 << 24;

    // The characters of nearly every id and name: ASCII letters, digits, space and common punctuation, and the Vietnamese
    // letters (precomposed, as names are kept in NFC). Whether an encoder escapes a character depends on that character
    // alone, so when the encoder lets all of these through, a string made only of them needs no escape check of its own.
    private const string CommonChars =
        " !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~" +
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư" +
        "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private static readonly SearchValues<char> Common = SearchValues.Create(CommonChars);
    private static readonly byte[] CommonUtf8 = System.Text.Encoding.UTF8.GetBytes(CommonChars);

    private readonly JavaScriptEncoder encoder;
    private readonly bool commonPassThrough;
    private byte[] buffer;
    private int length;

    // Whether the next member or element needs a comma before it (something was written at this depth).
    private bool separate;

    /// <summary>Starts an output.</summary>
    /// <param name="encoder">The encoder of the writer that will receive the output (null: the writer's default).</param>
    /// <param name="capacity">The expected size in bytes (the buffer grows beyond it when needed).</param>
    public JsonUtf8Output(JavaScriptEncoder? encoder, int capacity)
    {
        this.encoder = encoder ?? JavaScriptEncoder.Default;
        commonPassThrough = this.encoder.FindFirstCharacterToEncodeUtf8(CommonUtf8) < 0;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    }

    /// <summary>Gets a value indicating whether the output cannot be the writer's (see the remarks).</summary>
    public bool Abandoned { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Marks the output as not the writer's: the caller must write the value the usual way.</summary>
    public void Abandon() => Abandoned = true;

    /// <summary>Starts an object (an element, or the root value).</summary>
    public void StartObject()
    {
        Separate();
        Byte((byte)'{');
        separate = false;
    }

    /// <summary>Ends an object.</summary>
    public void EndObject()
    {
        Byte((byte)'}');
        separate = true;
    }

    /// <summary>Starts an array member.</summary>
    public void StartArray(JsonEncodedText name)
    {
        Name(name);
        Byte((byte)'[');
        separate = false;
    }

    /// <summary>Ends an array.</summary>
    public void EndArray()
    {
        Byte((byte)']');
        separate = true;
    }

    /// <summary>A string member whose value is already encoded (an enum's name).</summary>
    public void String(JsonEncodedText name, JsonEncodedText value)
    {
        Name(name);
        Quoted(value.EncodedUtf8Bytes);
    }

    /// <summary>A string member, left out when null.</summary>
    public void String(JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            Name(name);
            StringValue(value);
        }
    }

    /// <summary>A string element of an array.</summary>
    public void StringElement(string value)
    {
        Separate();
        StringValue(value);
        separate = true;
    }

    /// <summary>An array member.</summary>
    public void Array<T>(JsonEncodedText name, ReadOnlySpan<T> items, Action<JsonUtf8Output, T> element)
    {
        StartArray(name);
        foreach (T item in items)
        {
            element(this, item);
        }

        EndArray();
    }

    /// <summary>An array member from a list, indexed so that no enumerator is allocated.</summary>
    public void Array<T>(JsonEncodedText name, IReadOnlyList<T> items, Action<JsonUtf8Output, T> element)
    {
        StartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            element(this, items[i]);
        }

        EndArray();
    }

    /// <summary>An array member of strings, left out when empty if <paramref name="omitEmpty"/>.</summary>
    public void Strings(JsonEncodedText name, IReadOnlyList<string> items, bool omitEmpty)
    {
        if (omitEmpty && items.Count == 0)
        {
            return;
        }

        StartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            StringElement(items[i]);
        }

        EndArray();
    }

    /// <summary>An enum member by its camel-case name.</summary>
    public void Enum<T>(JsonEncodedText name, T value)
        where T : struct, Enum => String(name, JsonEnum<T>.Encoded(value));

    /// <summary>An enum member, left out when null.</summary>
    public void Enum<T>(JsonEncodedText name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            Enum(name, v);
        }
    }

    /// <summary>A date member in the ISO form, left out when null.</summary>
    public void Date(JsonEncodedText name, LocalDate? value)
    {
        if (value is { } date)
        {
            Date(name, date);
        }
    }

    /// <summary>A date member in the ISO form.</summary>
    public void Date(JsonEncodedText name, LocalDate value)
    {
        Name(name);
        Span<byte> span = Reserve(IsoDateUtf8.Length + 2);
        if (!IsoDateUtf8.TryFormat(value, span[1..]))
        {
            // Years beyond 9999, other calendars: the general path formats or refuses them.
            Abandon();
            return;
        }

        CloseQuoted(span, IsoDateUtf8.Length);
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        byte[] rented = buffer;
        buffer = [];
        length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Name(JsonEncodedText name)
    {
        Separate();
        Quoted(name.EncodedUtf8Bytes);
        Byte((byte)':');
        separate = true;
    }

    private void Separate()
    {
        if (separate)
        {
            Byte((byte)',');
        }
    }

    private void StringValue(string value)
    {
        if (value.Length > MaxStringLength)
        {
            Abandon();
            return;
        }

        // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair: four bytes for two units), plus the quotes.
        Span<byte> span = Reserve((value.Length * 3) + 2);
        OperationStatus status = Utf8.FromUtf16(value, span[1..^1], out _, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // A lone surrogate: the writer refuses it, and the general path says how.
            Abandon();
            return;
        }

        if (commonPassThrough && !value.AsSpan().ContainsAnyExcept(Common))
        {
            span[0] = (byte)'"';
            span[written + 1] = (byte)'"';
            length += written + 2;
        }
        else
        {
            CloseQuoted(span, written);
        }
    }

    // The UTF-8 text just put at span[1..] (not yet counted) becomes a quoted JSON string: as it stands when the encoder
    // lets all of it through (the writer asks the same), else escaped by the writer's own routine.
    private void CloseQuoted(Span<byte> span, int written)
    {
        ReadOnlySpan<byte> text = span.Slice(1, written);
        if (encoder.FindFirstCharacterToEncodeUtf8(text) < 0)
        {
            span[0] = (byte)'"';
            span[written + 1] = (byte)'"';
            length += written + 2;
        }
        else
        {
            Quoted(JsonEncodedText.Encode(text, encoder).EncodedUtf8Bytes);
        }
    }

    private void Quoted(ReadOnlySpan<byte> encoded)
    {
        Span<byte> span = Reserve(encoded.Length + 2);
        span[0] = (byte)'"';
        encoded.CopyTo(span[1..]);
        span[^1] = (byte)'"';
        length += span.Length;
    }

    private void Byte(byte b)
    {
        if (length == buffer.Length)
        {
            Grow(1);
        }

        buffer[length++] = b;
    }

    // The span at the end of the buffer with room for `size` bytes; the caller advances `length` by what it used.
    private Span<byte> Reserve(int size)
    {
        if (buffer.Length - length < size)
        {
            Grow(size);
        }

        return buffer.AsSpan(length, size);
    }

    private void Grow(int size)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + size));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
