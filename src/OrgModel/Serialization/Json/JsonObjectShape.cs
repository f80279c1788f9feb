using OrgModel.Utility;

namespace OrgModel.Serialization.Json;

/// <summary>
/// The JSON object form of a type, from the description of its members: writes them in order, and reads strictly
/// (unknown or repeated members, missing required ones and the type's own rules are errors with their path).
/// </summary>
/// <typeparam name="T">The type converted.</typeparam>
/// <typeparam name="TState">The members read so far: a struct, so reading allocates nothing beyond the values.</typeparam>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
internal sealed class JsonObjectShape<T, TState>
    where TState : struct
{
    private readonly string typeName;
    private readonly string[] names;
    private readonly JsonEncodedText[] encodedNames;
    private readonly byte[][] utf8Names;
    private readonly JsonMemberRead<TState>[] readers;
    private readonly JsonMemberWrite<T>[] writers;
    private readonly ulong required;
    private readonly TState initial;
    private readonly JsonBuild<T, TState> build;

    /// <summary>Describes the form.</summary>
    /// <param name="typeName">The type's name in messages.</param>
    /// <param name="members">The members, in the order they are written.</param>
    /// <param name="build">Makes the value from the state.</param>
    /// <param name="initial">The state before any member is read (the values of absent members).</param>
    public JsonObjectShape(string typeName, JsonMember<T, TState>[] members, JsonBuild<T, TState> build, TState initial = default)
    {
        this.typeName = typeName;
        this.build = build;
        this.initial = initial;
        names = Array.ConvertAll(members, m => m.Name);
        encodedNames = Array.ConvertAll(members, m => JsonEncodedText.Encode(m.Name));
        utf8Names = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
        readers = Array.ConvertAll(members, m => m.Read);
        writers = Array.ConvertAll(members, m => m.Write);
        for (int i = 0; i < members.Length; i++)
        {
            required |= members[i].Required ? 1UL << i : 0;
        }

        ReadElement = Read;
        WriteElement = Write;
    }

    /// <summary>Gets <see cref="Read(ref Utf8JsonReader)"/> as a cached delegate, for arrays of <typeparamref name="T"/>.</summary>
    public JsonRead.Element<T> ReadElement { get; }

    /// <summary>Gets <see cref="Write"/> as a cached delegate, for arrays of <typeparamref name="T"/>.</summary>
    public Action<Utf8JsonWriter, T> WriteElement { get; }

    /// <summary>Writes the value as an object.</summary>
    public void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        for (int i = 0; i < writers.Length; i++)
        {
            writers[i](writer, encodedNames[i], value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the value as a member, left out when null.</summary>
    public void WriteMember(Utf8JsonWriter writer, JsonEncodedText name, T? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            Write(writer, value);
        }
    }

    /// <summary>Reads an object, or null.</summary>
    public T? ReadNullable(ref Utf8JsonReader reader) => JsonRead.IsNull(ref reader) ? default : Read(ref reader);

    /// <summary>Reads an object; the reader is on its start and ends on its end.</summary>
    public T Read(ref Utf8JsonReader reader) => Read(ref reader, initial);

    /// <summary>Reads an object starting from a given state (one that carries what the enclosing object read before).</summary>
    public T Read(ref Utf8JsonReader reader, TState start) => Read(ref reader, ref start);

    /// <summary>Reads an object into a given state, which the caller sees afterwards (what the members found on the way).</summary>
    public T Read(ref Utf8JsonReader reader, ref TState state)
    {
        var obj = new JsonObjectReader(ref reader, typeName, names, utf8Names);
        while (obj.Next(ref reader))
        {
            try
            {
                readers[obj.Index](ref reader, ref state);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw obj.Fail(e);
            }
        }

        obj.RequireAll(required);
        try
        {
            return build(ref state);
        }
        catch (ArgumentException e)
        {
            throw obj.Invalid(e);
        }
    }
}
