using NodaTime.Text;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Json;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Serialization.Popolo;

/// <summary>
/// Export to and import from <see href="https://www.popoloproject.com/specs/">Popolo</see> JSON of people, posts and
/// memberships: <c>{"persons":[…],"posts":[…],"memberships":[…]}</c>, the parts of a <see cref="PersonnelRecord"/> that
/// civic tools understand.
/// </summary>
/// <remarks>
/// <para>Mapping. Person: <c>id</c>, <c>name</c> (display form), <c>family_name</c>, <c>given_name</c>,
/// <c>additional_name</c> (the middle names), <c>birth_date</c> (<c>1957</c>, <c>1957-04</c> or <c>1957-04-12</c>, as
/// Popolo allows). Post: <c>id</c> (<c>post-1</c>, … in order of first use), <c>label</c> (the title),
/// <c>organization_id</c>, <c>role</c> (the <see cref="PostKind"/> in camel case), and the library's
/// <c>allows_several_holders</c> and <c>is_party_post</c>. Membership: <c>person_id</c>, <c>organization_id</c>,
/// <c>post_id</c>, <c>role</c> (the title), <c>start_date</c>, <c>end_date</c> (the day the post ended, exclusive in the
/// library), and the library's <c>how_began</c>, <c>how_ended</c> and <c>term</c>.</para>
/// <para>Not exported, because Popolo has no field for them or for privacy: birthplace and hometown, and disciplinary
/// decisions (their effects are in the memberships' ends). Import rebuilds a record through its own checks; a mapped
/// member with an invalid value is a <see cref="JsonException"/> with its path; members it does not map are ignored.</para>
/// <para>Thread safety: stateless and thread-safe.</para>
/// </remarks>
public static class PopoloPeopleJson
{
    /// <summary>Exports the people, posts and appointments of a record as a Popolo document.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The Popolo JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Export(PersonnelRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OrgModelJson.Options.Encoder }))
        {
            Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the people, posts and appointments of a record as a Popolo document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, PersonnelRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        // Numbered in order of first use; a dictionary keeps the export linear in the number of posts.
        var posts = new List<Post>();
        var numbers = new Dictionary<Post, int>();
        foreach (Appointment a in record.Appointments)
        {
            if (numbers.TryAdd(a.Post, posts.Count))
            {
                posts.Add(a.Post);
            }
        }

        writer.WriteStartObject();
        writer.WriteStartArray("persons");
        foreach (Person p in record.People)
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.Id.ToString());
            writer.WriteString("name", p.Name.ToString());
            writer.WriteString("family_name", p.Name.Family);
            writer.WriteString("given_name", p.Name.Given);
            if (p.Name.Middle.Length > 0)
            {
                writer.WriteString("additional_name", p.Name.Middle);
            }

            if (p.BirthDate is { IsEmpty: false } birth)
            {
                writer.WriteString("birth_date", birth.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("posts");
        for (int i = 0; i < posts.Count; i++)
        {
            Post post = posts[i];
            writer.WriteStartObject();
            writer.WriteString("id", PostId(i));
            writer.WriteString("label", post.Title);
            writer.WriteString("organization_id", post.Organisation.ToString());
            JsonWrite.Enum(writer, "role", post.Kind);
            writer.WriteBoolean("allows_several_holders", post.AllowsSeveralHolders);
            writer.WriteBoolean("is_party_post", post.IsPartyPost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("memberships");
        foreach (Appointment a in record.Appointments)
        {
            writer.WriteStartObject();
            writer.WriteString("person_id", a.Person.ToString());
            writer.WriteString("organization_id", a.Post.Organisation.ToString());
            writer.WriteString("post_id", PostId(numbers[a.Post]));
            writer.WriteString("role", a.Post.Title);
            JsonWrite.Date(writer, "start_date", a.Start);
            JsonWrite.Date(writer, "end_date", a.End);
            JsonWrite.Enum(writer, "how_began", a.HowBegan);
            if (a.HowEnded is { } how)
            {
                JsonWrite.Enum(writer, "how_ended", how);
            }

            JsonWrite.String(writer, "term", a.Term?.ToString("F", null));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Imports a Popolo document of persons, posts and memberships into a personnel record.</summary>
    /// <param name="json">The Popolo JSON text.</param>
    /// <returns>The record (people, and an appointment per membership).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, a mapped member is invalid (the message gives its path), or
    /// the appointments break the record's rules.</exception>
    public static PersonnelRecord Import(string json) => PopoloDocument.Import(json, Import);

    private static PersonnelRecord Import(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw OrgModelJsonException.Here("A Popolo document is an object.");
        }

        // JsonElement lookups let the last of duplicate members win silently; refuse them once, in one linear pass.
        RefuseDuplicateMembers(root, "$");
        PersonnelRecord record = PersonnelRecord.Empty;
        foreach ((JsonElement item, int i) in Items(root, "persons"))
        {
            try
            {
                PartialDate? birth = Optional(item, "birth_date") is { } b ? PersonnelJsonParts.PartialDate(b) : null;
                var person = new Person(PersonId.Parse(Required(item, "id")), VietnameseName.Parse(Required(item, "name")), birth);
                if (record.Find(person.Id) is not null)
                {
                    throw OrgModelJsonException.Here($"the person \"{person.Id}\" is listed twice.");
                }

                record = record.WithPerson(person);
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw OrgModelJsonException.Within($".persons[{i}]", e);
            }
        }

        var posts = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach ((JsonElement item, int i) in Items(root, "posts"))
        {
            try
            {
                var post = new Post(
                    OrgId.Parse(Required(item, "organization_id")), JsonEnum<PostKind>.Parse(Required(item, "role")), Required(item, "label"),
                    Flag(item, "allows_several_holders"), Flag(item, "is_party_post"));
                if (!posts.TryAdd(Required(item, "id"), post))
                {
                    throw OrgModelJsonException.Here("the post id is used twice.");
                }
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw OrgModelJsonException.Within($".posts[{i}]", e);
            }
        }

        var appointments = new List<Appointment>();
        foreach ((JsonElement item, int i) in Items(root, "memberships"))
        {
            try
            {
                string postId = Required(item, "post_id");
                Post post = posts.TryGetValue(postId, out Post? p) ? p : throw OrgModelJsonException.Here($"the post \"{Preconditions.Quote(postId)}\" is not in \"posts\".");
                Tenure? term = Optional(item, "term") is { } t ? TenureJsonConverter.Read(t) : null;
                appointments.Add(new Appointment(
                    PersonId.Parse(Required(item, "person_id")), post, Date(Required(item, "start_date")),
                    JsonEnum<AppointmentStart>.Parse(Required(item, "how_began")), term,
                    Optional(item, "end_date") is { } end ? Date(end) : null,
                    Optional(item, "how_ended") is { } how ? JsonEnum<AppointmentEnd>.Parse(how) : null));
            }
            catch (Exception e) when (!Preconditions.IsFatal(e))
            {
                throw OrgModelJsonException.Within($".memberships[{i}]", e);
            }
        }

        try
        {
            return record.WithAppointments(appointments);
        }
        catch (ArgumentException e)
        {
            throw OrgModelJsonException.Within(".memberships", e);
        }
    }

    private static string PostId(int index) => "post-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(JsonElement Item, int Index)> Items(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement list))
        {
            yield break;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw OrgModelJsonException.Within("." + name, OrgModelJsonException.Here("an array was expected."));
        }

        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            yield return (item, i++);
        }
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw OrgModelJsonException.Here($"the member \"{name}\" is missing.");

    private static string? Optional(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw OrgModelJsonException.Here("an object was expected.");
        }

        if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw OrgModelJsonException.Within("." + name, OrgModelJsonException.Here("a string was expected."));
    }

    private static bool Flag(JsonElement item, string name) =>
        item.TryGetProperty(name, out JsonElement value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw OrgModelJsonException.Within("." + name, OrgModelJsonException.Here("true or false was expected.")));

    private static LocalDate Date(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : throw new FormatException($"\"{Preconditions.Quote(text)}\" is not an ISO date (uuuu-MM-dd).");

    private static void RefuseDuplicateMembers(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty member in element.EnumerateObject())
                {
                    if (!names.Add(member.Name))
                    {
                        throw OrgModelJsonException.Here($"The member \"{Preconditions.Quote(member.Name)}\" appears twice in {path}.");
                    }

                    RefuseDuplicateMembers(member.Value, path + "." + Preconditions.Quote(member.Name));
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    RefuseDuplicateMembers(item, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]");
                }

                break;
        }
    }
}
