using OrgModel.Personnel;

namespace OrgModel.Reading;

/// <summary>
/// A person named in running text after a title (<see cref="PersonExtractor"/>): where the name stands, the name as written,
/// the <see cref="VietnameseName"/> it reads as, the title that introduced it and, when a personnel record was given and
/// exactly one person in it has that name, the person.
/// </summary>
/// <remarks>
/// <para><see cref="VietnameseName.Parse(string)"/> reads <see cref="Text"/> back to <see cref="Name"/>.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>name</c>, <c>title</c>, <c>person</c> (left out when null), <c>reason</c>.
/// Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(PersonMentionJsonConverter))]
public sealed class PersonMention : IEquatable<PersonMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the name starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The name as written; it must read as <paramref name="name"/>.</param>
    /// <param name="name">The name.</param>
    /// <param name="title">The title that introduced the name, as written ("Tổng Bí thư", "comrades"); may be empty.</param>
    /// <param name="person">The person in the record, or null.</param>
    /// <param name="reason">Why the text was taken and how it was resolved; not empty.</param>
    /// <exception cref="ArgumentException">The text is empty or does not read as the name, <paramref name="start"/> is negative,
    /// or <paramref name="reason"/> is empty.</exception>
    public PersonMention(int start, string text, VietnameseName name, string title, PersonId? person, string reason)
    {
        Guard.Against.Negative(start);
        Guard.Against.NullOrEmpty(text);
        Guard.Against.Null(title);
        Guard.Against.NullOrEmpty(reason);
        if (!VietnameseName.TryParse(text, out VietnameseName read) || read != name)
        {
            throw new ArgumentException($"\"{text}\" does not read as the name \"{name}\".", nameof(text));
        }

        if (person is { IsEmpty: true })
        {
            throw new ArgumentException("An empty person id names no one.", nameof(person));
        }

        Start = start;
        Text = text;
        Name = name;
        Title = title;
        Person = person;
        Reason = reason;
    }

    /// <summary>Gets where the name starts in the text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the name in the text.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the name as written ("Tô Lâm", "To Lam").</summary>
    public string Text { get; }

    /// <summary>Gets the name the text reads as.</summary>
    public VietnameseName Name { get; }

    /// <summary>Gets the title that introduced the name, as written; empty when none.</summary>
    public string Title { get; }

    /// <summary>Gets the person in the record; null when no record was given, or no one or several people in it have the name.</summary>
    public PersonId? Person { get; }

    /// <summary>Gets why the text was taken and how it was resolved.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public bool Equals(PersonMention? other) =>
        other is not null && Start == other.Start && Text == other.Text && Name == other.Name && Title == other.Title
        && Person == other.Person && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Name, Title, Person, Reason);

    /// <summary>Gets a readable summary, e.g. <c>Tổng Bí thư "Tô Lâm" at 12+6</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Title} \"{Text}\"{(Person is { } p ? $" ({p})" : string.Empty)} at {Start}+{Length}");
}
