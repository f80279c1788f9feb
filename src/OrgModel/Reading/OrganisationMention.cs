using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// An organisation named in running text (<see cref="OrganisationExtractor"/>): where it stands, the name as written, the
/// body it names and, when a chart was given and the body is in it on the text's date, its <see cref="OrgId"/>.
/// </summary>
/// <remarks>
/// <para>A scope ("provincial People's Committees", "các bộ, ngành") names a kind of body, not one body:
/// <see cref="IsScope"/> is true and <see cref="Id"/> is null. <see cref="TextFinding.Reason"/> says why the text was taken and how it
/// was resolved, for a person to confirm.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>name</c>, <c>id</c> (left out when null), <c>scope</c> (left out when false),
/// <c>reason</c>. Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(OrganisationMentionJsonConverter))]
public sealed class OrganisationMention : TextFinding, IEquatable<OrganisationMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the name starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The name as written ("the Organisation Commission", "BTCTW", "Bộ Chính trị"); not empty.</param>
    /// <param name="name">The body's Vietnamese name (or, for a scope, the kind of body); not empty.</param>
    /// <param name="id">The body in the chart on the text's date, or null.</param>
    /// <param name="isScope">Whether the text names a kind of body rather than one body.</param>
    /// <param name="reason">Why the text was taken and how it was resolved; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, or a scope has an id.</exception>
    public OrganisationMention(int start, string text, string name, OrgId? id, bool isScope, string reason)
        : base(start, text, reason)
    {
        Guard.Against.NullOrEmpty(name);
        Preconditions.CheckArgument(!isScope || id is null, nameof(id), "A scope names a kind of body, never one body.");

        Name = name;
        Id = id;
        IsScope = isScope;
    }

    /// <summary>Gets the Vietnamese name of the body ("Ban Tổ chức Trung ương"), or of the kind of body for a scope.</summary>
    public string Name { get; }

    /// <summary>Gets the body in the chart on the text's date; null when no chart was given, the chart does not hold it that
    /// day, or the mention is a scope.</summary>
    public OrgId? Id { get; }

    /// <summary>Gets a value indicating whether the text names a kind of body ("provincial People's Committees").</summary>
    public bool IsScope { get; }

    /// <inheritdoc />
    public bool Equals(OrganisationMention? other) =>
        other is not null && SameFinding(other) && Name == other.Name && Id == other.Id && IsScope == other.IsScope;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganisationMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Name, Id, IsScope, Reason);

    /// <summary>Gets a readable summary, e.g. <c>"BTCTW" = Ban Tổ chức Trung ương (vn.party.central-organisation-commission) at 12+5</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        At($"\"{Text}\" = {Name}{(IsScope ? " (scope)" : Id is { } id ? $" ({id})" : string.Empty)}");
}
