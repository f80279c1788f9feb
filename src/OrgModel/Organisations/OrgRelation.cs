using OrgModel.Utility;

namespace OrgModel.Organisations;

/// <summary>A typed, time-bounded relation from a source organisation to a target organisation.</summary>
/// <remarks>
/// <para>Validity is inclusive at both ends; a null bound is open. <c>default(OrgRelation)</c> has empty ids and is rejected by
/// <see cref="OrgChartBuilder"/> and by the JSON writer.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgRelationJsonConverter))]
public readonly struct OrgRelation : IEquatable<OrgRelation>
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">The type of relation.</param>
    /// <param name="source">The source organisation.</param>
    /// <param name="target">The target organisation.</param>
    /// <param name="validFrom">The first day in force, or null when open.</param>
    /// <param name="validTo">The last day in force, or null when open.</param>
    /// <exception cref="ArgumentException">An id is empty, source equals target, the kind is undefined, or the interval is reversed.</exception>
    public OrgRelation(OrgRelationKind kind, OrgId source, OrgId target, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        Preconditions.CheckDefined(kind);
        Preconditions.CheckArgument(!source.IsEmpty, nameof(source), "The source id is empty.");
        Preconditions.CheckArgument(!target.IsEmpty, nameof(target), "The target id is empty.");

        if (source == target)
        {
            throw new ArgumentException($"An organisation cannot be related to itself ({source}).", nameof(target));
        }

        Preconditions.CheckIso(validFrom);
        Preconditions.CheckIso(validTo);
        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException($"The validity ends ({t}) before it starts ({f}).", nameof(validTo));
        }

        Kind = kind;
        Source = source;
        Target = target;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Gets the type of relation.</summary>
    public OrgRelationKind Kind { get; }

    /// <summary>Gets the source organisation.</summary>
    public OrgId Source { get; }

    /// <summary>Gets the target organisation.</summary>
    public OrgId Target { get; }

    /// <summary>Gets the first day in force, or null when open.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the last day in force (inclusive), or null when open.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Tells whether the relation is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> lies in the validity interval.</returns>
    public bool IsInForceOn(LocalDate date) => (ValidFrom is not { } f || f <= date) && (ValidTo is not { } t || date <= t);

    /// <inheritdoc />
    public bool Equals(OrgRelation other) =>
        Kind == other.Kind && Source == other.Source && Target == other.Target && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrgRelation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Source, Target, ValidFrom, ValidTo);

    /// <summary>Equality.</summary>
    /// <param name="left">The first relation.</param>
    /// <param name="right">The second relation.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(OrgRelation left, OrgRelation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first relation.</param>
    /// <param name="right">The second relation.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(OrgRelation left, OrgRelation right) => !left.Equals(right);

    /// <summary>Describes the relation.</summary>
    /// <returns>For example <c>vn.au.2025-07.00004 IsUnder vn.au.2025-07.01 [2025-07-01..]</c>.</returns>
    public override string ToString() => $"{Source} {Kind} {Target} [{ValidFrom:uuuu-MM-dd}..{ValidTo:uuuu-MM-dd}]";
}
