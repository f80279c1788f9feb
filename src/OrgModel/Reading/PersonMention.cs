using OrgModel.Personnel;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A person named in running text after a title (<see cref="PersonExtractor"/>): where the name stands, the name as written,
/// the <see cref="VietnameseName"/> it reads as, the title that introduced it and, when a personnel record was given and
/// exactly one person in it has that name, the person.
/// </summary>
/// <remarks>
/// <para><see cref="VietnameseName.Parse(string)"/> reads <see cref="TextFinding.Text"/> back to <see cref="Name"/>.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>name</c>, <c>title</c>, <c>person</c> (left out when null), <c>reason</c>.
/// Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(PersonMentionJsonConverter))]
public sealed class PersonMention : TextFinding, IEquatable<PersonMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the name starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The name as written ("Tô Lâm", "To Lam"); it must read as <paramref name="name"/>.</param>
    /// <param name="name">The name.</param>
    /// <param name="title">The title that introduced the name, as written ("Tổng Bí thư", "comrades"); may be empty.</param>
    /// <param name="person">The person in the record, or null.</param>
    /// <param name="reason">Why the text was taken and how it was resolved; not empty.</param>
    /// <exception cref="ArgumentException">The text is empty or does not read as the name, <paramref name="start"/> is negative,
    /// or <paramref name="reason"/> is empty.</exception>
    public PersonMention(int start, string text, VietnameseName name, string title, PersonId? person, string reason)
        : base(start, text, reason)
    {
        Guard.Against.Null(title);
        if (!VietnameseName.TryParse(text, out VietnameseName read) || read != name)
        {
            throw new ArgumentException($"\"{text}\" does not read as the name \"{name}\".", nameof(text));
        }

        Preconditions.CheckArgument(person is not { IsEmpty: true }, nameof(person), "An empty person id names no one.");

        Name = name;
        Title = title;
        Person = person;
    }

    /// <summary>Gets the name the text reads as.</summary>
    public VietnameseName Name { get; }

    /// <summary>Gets the title that introduced the name, as written; empty when none.</summary>
    public string Title { get; }

    /// <summary>Gets the person in the record; null when no record was given, or no one or several people in it have the name.</summary>
    public PersonId? Person { get; }

    /// <inheritdoc />
    public bool Equals(PersonMention? other) =>
        other is not null && SameFinding(other) && Name == other.Name && Title == other.Title && Person == other.Person;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Name, Title, Person, Reason);

    /// <summary>Gets a readable summary, e.g. <c>Tổng Bí thư "Tô Lâm" at 12+6</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        At($"{Title} \"{Text}\"{(Person is { } p ? $" ({p})" : string.Empty)}");
}
