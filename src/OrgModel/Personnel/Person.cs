using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>A person in a personnel record: id, name and the personal data the non-local rule needs (birth date, birthplace
/// and hometown as administrative units, old or new codes).</summary>
/// <remarks>
/// <para>Privacy: the birth date, birthplace and hometown never appear in <see cref="ToString"/> or in any exception message
/// of this library; read them only through their properties.</para>
/// <para>Birthplace and hometown may be units that no longer exist (a commune or province before the 2025 mergers): rules map
/// them through <see cref="OrgChart.Successors(OrgId, NodaTime.LocalDate)"/>.</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PersonJsonConverter))]
public sealed class Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The id; not empty.</param>
    /// <param name="name">The name; not empty.</param>
    /// <param name="birthDate">The birth date, possibly partial, or null when unknown.</param>
    /// <param name="birthplace">The administrative unit of birth (nơi sinh), or null when unknown.</param>
    /// <param name="hometown">The administrative unit of the hometown (quê quán), or null when unknown.</param>
    /// <exception cref="ArgumentException">The id or the name is empty, a place id is empty, or the birth date is empty.</exception>
    public Person(PersonId id, VietnameseName name, PartialDate? birthDate = null, OrgId? birthplace = null, OrgId? hometown = null)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A person needs a non-empty id.");
        Preconditions.CheckArgument(!name.IsEmpty, nameof(name), "A person needs a non-empty name.");

        // The messages below deliberately do not echo the value: it is personal data.
        Preconditions.CheckArgument(birthDate is not { IsEmpty: true }, nameof(birthDate), "The birth date, when given, must not be the default value.");
        Preconditions.CheckArgument(birthplace is not { IsEmpty: true }, nameof(birthplace), "The birthplace, when given, must not be an empty id.");
        Preconditions.CheckArgument(hometown is not { IsEmpty: true }, nameof(hometown), "The hometown, when given, must not be an empty id.");

        Id = id;
        Name = name;
        BirthDate = birthDate;
        Birthplace = birthplace;
        Hometown = hometown;
    }

    /// <summary>Gets the id.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the name.</summary>
    public VietnameseName Name { get; }

    /// <summary>Gets the birth date (possibly year only), or null. Personal data.</summary>
    public PartialDate? BirthDate { get; }

    /// <summary>Gets the administrative unit of birth, or null. Personal data.</summary>
    public OrgId? Birthplace { get; }

    /// <summary>Gets the administrative unit of the hometown, or null. Personal data.</summary>
    public OrgId? Hometown { get; }

    /// <summary>Returns the name and the id, never the personal data: "Tô Lâm (to-lam)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
