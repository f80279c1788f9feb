namespace OrgModel.Serialization.Json;

/// <summary>Reads one member's value into the state of the object being read.</summary>
/// <typeparam name="TState">The mutable state (a struct, passed by reference, never boxed).</typeparam>
internal delegate void JsonMemberRead<TState>(ref Utf8JsonReader reader, ref TState state);

/// <summary>Writes one member of a value, or nothing when the member is absent (a null, an empty list left out).</summary>
/// <typeparam name="T">The type whose member is written.</typeparam>
internal delegate void JsonMemberWrite<in T>(Utf8JsonWriter writer, JsonEncodedText name, T value);

/// <summary>Makes the value from the members read; an <see cref="ArgumentException"/> is reported with the JSON path.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <typeparam name="TState">The state the members were read into.</typeparam>
internal delegate T JsonBuild<out T, TState>(ref TState state);

/// <summary>
/// One member of a JSON object, described once: its name, how it is read into the state, how it is written, and
/// whether it is required. The delegates are static lambdas, allocated once with the shape.
/// </summary>
/// <typeparam name="T">The type whose member this is.</typeparam>
/// <typeparam name="TState">The state the member is read into.</typeparam>
/// <param name="Name">The camel-case wire name.</param>
/// <param name="Read">Reads the value into the state.</param>
/// <param name="Write">Writes the member (name and value), or nothing.</param>
/// <param name="Required">Whether a missing member is an error.</param>
internal sealed record JsonMember<T, TState>(string Name, JsonMemberRead<TState> Read, JsonMemberWrite<T> Write, bool Required = false);
