using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>
/// The documented JSON wire form of every Personnel type (docs/json.md, docs/schema): a golden text per type, written exactly
/// so and read back to the same value, whose member names are the schema's, and whose required members are required.
/// </summary>
/// <remarks>The round-trip properties in Serialization/PersonnelJsonTests only check that what is written can be read back,
/// which holds for any member name or enum spelling; these say which names the wire form has.</remarks>
public sealed class PersonnelJsonWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    private const string GeneralSecretary =
        """{"organisation":"vn.party.central-committee","kind":"generalSecretary","title":"General Secretary","allowsSeveralHolders":false,"isPartyPost":true}""";

    private const string PrimeMinister =
        """{"organisation":"vn.state.government","kind":"primeMinister","title":"Prime Minister","allowsSeveralHolders":false,"isPartyPost":false}""";

    private const string FullPerson =
        """{"id":"to-lam","name":"Tô Lâm","birthDate":"1957-07-10","birthplace":"vn.au.2025-07.33","hometown":"vn.au.2025-07.33"}""";

    private const string BarePerson = """{"id":"pham-minh-chinh","name":"Phạm Minh Chính"}""";

    // Tô Lâm, General Secretary from 3 August 2024 for the rest of the 13th term, re-elected at the 14th term's first plenum.
    private const string EndedAppointment =
        """{"person":"to-lam","post":""" + GeneralSecretary + ""","start":"2024-08-03","howBegan":"elected","term":"khóa XIII (2021–2026)","end":"2026-01-23","howEnded":"termEnded"}""";

    private const string OpenAppointment = """{"person":"pham-minh-chinh","post":""" + PrimeMinister + ""","start":"2021-04-05","howBegan":"appointed"}""";

    private const string Attested = """{"person":"pham-minh-chinh","post":""" + PrimeMinister + ""","date":"2026-03-09","source":"VnEconomy, 10 Mar 2026"}""";

    // The 12th Central Conference of the 13th term (19 July 2025): Nguyễn Xuân Phúc removed from all Party posts.
    private const string RemovalFromAll =
        """{"member":"nguyen-xuan-phuc","form":"removalFromPost","removesAllPartyPosts":true,"issuingBody":"vn.party.central-committee","date":"2025-07-19","effectiveDate":"2025-07-19","legalBasis":"69-QĐ/TW"}""";

    private const string RemovalFromNamed =
        """{"member":"to-lam","form":"removalFromPost","posts":[""" + GeneralSecretary + """],"issuingBody":"vn.party.central-committee","date":"2025-07-19","effectiveDate":"2025-08-01"}""";

    private const string Dissolution =
        """{"organisation":"vn.au.2025-07.08.party-committee","form":"dissolution","issuingBody":"vn.party.politburo","date":"2025-07-19","effectiveDate":"2025-07-19"}""";

    private const string Expulsion =
        """{"member":"nguyen-thi-kim-tien","form":"expulsion","issuingBody":"vn.party.central-committee","date":"2025-07-19","effectiveDate":"2025-07-19","legalBasis":"69-QĐ/TW"}""";

    private const string Record =
        """{"people":[""" + FullPerson + "," + BarePerson + """],"appointments":[""" + EndedAppointment + "," + OpenAppointment
        + """],"decisions":[],"attestations":[""" + Attested + "]}";

    private const string UnknownProvince =
        """{"rule":"non-local (201-KL/TW)","person":"to-lam","post":""" + GeneralSecretary + ""","reason":"provinceUnknown"}""";

    private static readonly PersonId Lam = PersonId.Parse("to-lam");
    private static readonly PersonId Chinh = PersonId.Parse("pham-minh-chinh");
    private static readonly OrgId NgheAn = OrgId.Parse("vn.au.2025-07.33");

    [Fact]
    public void A_post_is_written_in_its_documented_form()
    {
        Post post = Read(GeneralSecretary, Ctx.Post);
        Assert.Equal(Post.GeneralSecretary, post);
        Assert.Equal((false, true), (post.AllowsSeveralHolders, post.IsPartyPost));
        AssertWrites(GeneralSecretary, post, Ctx.Post);
        Post pm = Read(PrimeMinister, Ctx.Post);
        Assert.Equal((false, false), (pm.AllowsSeveralHolders, pm.IsPartyPost));
        AssertWrites(PrimeMinister, Post.PrimeMinister, Ctx.Post);
        AssertWrites(
            """{"organisation":"vn.party.politburo","kind":"politburoMember","title":"Politburo member","allowsSeveralHolders":true,"isPartyPost":true}""",
            Post.PolitburoMember, Ctx.Post);
    }

    [Fact]
    public void A_person_is_written_with_its_personal_data_and_without_what_is_unknown()
    {
        Person p = Read(FullPerson, Ctx.Person);
        Assert.Equal(Lam, p.Id);
        Assert.Equal("Tô Lâm", p.Name.ToString());
        Assert.Equal(PartialDate.FromDate(new LocalDate(1957, 7, 10)), p.BirthDate);
        Assert.Equal(NgheAn, p.Birthplace);
        Assert.Equal(NgheAn, p.Hometown);
        AssertWrites(FullPerson, p, Ctx.Person);

        Person bare = Read(BarePerson, Ctx.Person);
        Assert.Equal((Chinh, (PartialDate?)null, (OrgId?)null, (OrgId?)null), (bare.Id, bare.BirthDate, bare.Birthplace, bare.Hometown));
        AssertWrites(BarePerson, bare, Ctx.Person);
    }

    [Theory]
    [InlineData("1957", 1957, null, null)]
    [InlineData("1957-04", 1957, 4, null)]
    [InlineData("1956-02-29", 1956, 2, 29)]
    public void A_birth_date_is_a_year_a_month_or_a_day(string text, int year, int? month, int? day)
    {
        Person p = Read($$"""{"id":"x","name":"Tô Lâm","birthDate":"{{text}}"}""", Ctx.Person);
        Assert.Equal((year, month, day), (p.BirthDate!.Value.Year, p.BirthDate.Value.Month, p.BirthDate.Value.Day));
        Assert.Equal($"\"{text}\"", JsonSerializer.Serialize(p.BirthDate.Value, Ctx.PartialDate));
    }

    [Theory]
    [InlineData("57")]
    [InlineData("19570")]
    [InlineData("1957-4")]
    [InlineData("1957-04-1")]
    [InlineData("1957-13")]
    [InlineData("1957-00")]
    [InlineData("1957-02-29")]
    [InlineData("1957-04-31")]
    [InlineData("1957-04-00")]
    [InlineData("1957-04-12-01")]
    [InlineData("+957")]
    [InlineData("0000")]
    [InlineData("")]
    public void A_birth_date_that_is_no_partial_date_is_refused_without_echoing_it(string text)
    {
        JsonException e = JsonAssert.Fails($$"""{"id":"x","name":"Tô Lâm","birthDate":"{{text}}"}""", Ctx.Person, "birthDate");
        if (text.Length > 0)
        {
            Assert.DoesNotContain(text, e.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_appointment_is_written_with_its_term_and_end_and_read_back_whole()
    {
        Appointment a = Read(EndedAppointment, Ctx.Appointment);
        Assert.Equal(
            new Appointment(Lam, Post.GeneralSecretary, new LocalDate(2024, 8, 3), AppointmentStart.Elected, Xiii, FirstPlenumXiv, AppointmentEnd.TermEnded), a);
        AssertWrites(EndedAppointment, a, Ctx.Appointment);

        Appointment open = Read(OpenAppointment, Ctx.Appointment);
        Assert.Equal((Chinh, new LocalDate(2021, 4, 5), AppointmentStart.Appointed), (open.Person, open.Start, open.HowBegan));
        Assert.Null(open.Term);
        Assert.Null(open.End);
        Assert.Null(open.HowEnded);
        AssertWrites(OpenAppointment, open, Ctx.Appointment);
    }

    [Theory]
    [InlineData("elected", AppointmentStart.Elected)]
    [InlineData("appointed", AppointmentStart.Appointed)]
    [InlineData("assigned", AppointmentStart.Assigned)]
    public void Each_way_an_appointment_begins_has_its_name(string name, AppointmentStart how)
    {
        string json = OpenAppointment.Replace("\"appointed\"", $"\"{name}\"", StringComparison.Ordinal);
        Assert.Equal(how, Read(json, Ctx.Appointment).HowBegan);
        AssertWrites(json, Read(json, Ctx.Appointment), Ctx.Appointment);
    }

    [Theory]
    [InlineData("termEnded", AppointmentEnd.TermEnded)]
    [InlineData("transferred", AppointmentEnd.Transferred)]
    [InlineData("resigned", AppointmentEnd.Resigned)]
    [InlineData("ceasedToBeMember", AppointmentEnd.CeasedToBeMember)]
    [InlineData("disciplined", AppointmentEnd.Disciplined)]
    [InlineData("died", AppointmentEnd.Died)]
    public void Each_way_an_appointment_ends_has_its_name(string name, AppointmentEnd how)
    {
        string json = EndedAppointment.Replace("\"termEnded\"", $"\"{name}\"", StringComparison.Ordinal);
        Assert.Equal(how, Read(json, Ctx.Appointment).HowEnded);
        AssertWrites(json, Read(json, Ctx.Appointment), Ctx.Appointment);
    }

    [Fact]
    public void An_attestation_is_written_in_its_documented_form()
    {
        Attestation t = Read(Attested, Ctx.Attestation);
        Assert.Equal(new Attestation(Chinh, Post.PrimeMinister, new LocalDate(2026, 3, 9), "VnEconomy, 10 Mar 2026"), t);
        AssertWrites(Attested, t, Ctx.Attestation);
    }

    [Fact]
    public void Each_kind_of_decision_is_written_in_its_documented_form_and_read_through_its_factory()
    {
        DisciplinaryDecision all = Read(RemovalFromAll, Ctx.DisciplinaryDecision);
        Assert.Equal(DisciplinaryDecision.RemovalFromAllPartyPosts(PersonId.Parse("nguyen-xuan-phuc"), CentralCommittee, TwelfthConferenceClosing, legalBasis: DisciplineRegulation), all);
        AssertWrites(RemovalFromAll, all, Ctx.DisciplinaryDecision);

        DisciplinaryDecision named = Read(RemovalFromNamed, Ctx.DisciplinaryDecision);
        Assert.Equal(DisciplinaryDecision.RemovalFromPosts(Lam, [Post.GeneralSecretary], CentralCommittee, TwelfthConferenceClosing, new LocalDate(2025, 8, 1)), named);
        Assert.False(named.RemovesAllPartyPosts);
        AssertWrites(RemovalFromNamed, named, Ctx.DisciplinaryDecision);

        DisciplinaryDecision dissolved = Read(Dissolution, Ctx.DisciplinaryDecision);
        Assert.Equal(DisciplinaryDecision.ForOrganisation(OrgId.Parse("vn.au.2025-07.08.party-committee"), DisciplineForm.Dissolution, Politburo, TwelfthConferenceClosing), dissolved);
        Assert.Null(dissolved.Member);
        AssertWrites(Dissolution, dissolved, Ctx.DisciplinaryDecision);

        DisciplinaryDecision expelled = Read(Expulsion, Ctx.DisciplinaryDecision);
        Assert.Equal(DisciplinaryDecision.ForMember(PersonId.Parse("nguyen-thi-kim-tien"), DisciplineForm.Expulsion, CentralCommittee, TwelfthConferenceClosing, legalBasis: DisciplineRegulation), expelled);
        Assert.Null(expelled.Organisation);
        AssertWrites(Expulsion, expelled, Ctx.DisciplinaryDecision);
    }

    [Theory]
    [InlineData("reprimand", DisciplineForm.Reprimand)]
    [InlineData("warning", DisciplineForm.Warning)]
    [InlineData("expulsion", DisciplineForm.Expulsion)]
    public void Each_form_of_a_member_decision_has_its_name(string name, DisciplineForm form)
    {
        string json = Expulsion.Replace("\"expulsion\"", $"\"{name}\"", StringComparison.Ordinal);
        Assert.Equal(form, Read(json, Ctx.DisciplinaryDecision).Form);
        AssertWrites(json, Read(json, Ctx.DisciplinaryDecision), Ctx.DisciplinaryDecision);
    }

    [Fact]
    public void A_decision_without_an_effective_day_takes_effect_on_its_day_and_a_null_member_is_no_member()
    {
        DisciplinaryDecision d = Read("""{"member":null,"organisation":"vn.au.2025-07.08.party-committee","form":"warning","issuingBody":"vn.party.politburo","date":"2025-07-19"}""", Ctx.DisciplinaryDecision);
        Assert.Equal(TwelfthConferenceClosing, d.EffectiveDate);
        Assert.Null(d.Member);
        Assert.Null(d.LegalBasis);
    }

    [Theory]
    [InlineData("""{"member":"x","form":"removalFromPost","removesAllPartyPosts":true,"posts":[""" + GeneralSecretary + """],"issuingBody":"a","date":"2025-07-19"}""")]
    [InlineData("""{"member":"x","form":"warning","removesAllPartyPosts":true,"issuingBody":"a","date":"2025-07-19"}""")]
    [InlineData("""{"member":"x","form":"warning","posts":[""" + GeneralSecretary + """],"issuingBody":"a","date":"2025-07-19"}""")]
    [InlineData("""{"organisation":"y","form":"warning","removesAllPartyPosts":true,"issuingBody":"a","date":"2025-07-19"}""")]
    [InlineData("""{"organisation":"y","form":"dissolution","posts":[""" + GeneralSecretary + """],"issuingBody":"a","date":"2025-07-19"}""")]
    public void Removal_members_outside_a_members_removal_are_refused_naming_them(string json) =>
        JsonAssert.Fails(json, Ctx.DisciplinaryDecision, "\"removesAllPartyPosts\"", "\"posts\"");

    [Fact]
    public void A_record_is_written_as_its_people_appointments_decisions_and_attestations()
    {
        PersonnelRecord r = Read(Record, Ctx.PersonnelRecord);
        Assert.Equal([Chinh, Lam], r.People.Select(p => p.Id));
        Assert.Equal(2, r.Appointments.Count);
        Assert.Equal(Read(Attested, Ctx.Attestation), Assert.Single(r.Attestations));
        Assert.Equal("Tô Lâm", r.HolderOn(Post.GeneralSecretary, new LocalDate(2025, 1, 1))!.Name.ToString());

        // People are written in the record's order (Vietnamese name order), the rest in the order added.
        JsonObject written = JsonNode.Parse(JsonSerializer.Serialize(r, Ctx.PersonnelRecord))!.AsObject();
        Assert.Equal(["people", "appointments", "decisions", "attestations"], written.Select(m => m.Key));
        Assert.Equal(["pham-minh-chinh", "to-lam"], written["people"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.Equal(Normal(EndedAppointment), written["appointments"]![0]!.ToJsonString(Ctx.Options));
        Assert.Equal(Normal(Attested), written["attestations"]![0]!.ToJsonString(Ctx.Options));
        Assert.Equal("""{"people":[],"appointments":[],"decisions":[]}""", JsonSerializer.Serialize(PersonnelRecord.Empty, Ctx.PersonnelRecord));
    }

    [Fact]
    public void A_record_with_decisions_reads_them_back_with_their_effects()
    {
        PersonnelRecord r = TwelfthConference();
        string json = JsonSerializer.Serialize(r, Ctx.PersonnelRecord);
        PersonnelRecord back = Read(json, Ctx.PersonnelRecord);
        Assert.Equal(r.Decisions, back.Decisions);
        Assert.Equal(r.Appointments, back.Appointments);
        Assert.True(back.IsMembershipEndedOn(Id("Nguyễn Thị Kim Tiến"), TwelfthConferenceClosing));
        Assert.Equal(json, JsonSerializer.Serialize(back, Ctx.PersonnelRecord));
    }

    [Fact]
    public void A_post_holder_is_its_person_and_exactly_one_kind_of_evidence()
    {
        Person chinh = Read(BarePerson, Ctx.Person);
        string byAttestation = $$"""{"person":{{BarePerson}},"attestation":{{Attested}}}""";
        PostHolder h = Read(byAttestation, Ctx.PostHolder);
        Assert.Equal(PostHolder.FromAttestation(chinh, Read(Attested, Ctx.Attestation)), h);
        Assert.Equal(HoldingEvidence.Attestation, h.Evidence);
        AssertWrites(byAttestation, h, Ctx.PostHolder);

        string byAppointment = $$"""{"person":{{BarePerson}},"appointment":{{OpenAppointment}}}""";
        PostHolder a = Read(byAppointment, Ctx.PostHolder);
        Assert.Equal(HoldingEvidence.Appointment, a.Evidence);
        AssertWrites(byAppointment, a, Ctx.PostHolder);

        JsonAssert.Fails($$"""{"person":{{BarePerson}}}""", Ctx.PostHolder, "exactly one", "\"appointment\"", "\"attestation\"");
    }

    [Fact]
    public void A_violation_is_written_with_its_reason_and_without_a_province_it_cannot_place()
    {
        RuleViolation v = Read(UnknownProvince, Ctx.RuleViolation);
        Assert.Equal(("non-local (201-KL/TW)", Lam, Post.GeneralSecretary, RuleViolationReason.ProvinceUnknown), (v.Rule, v.Person, v.Post, v.Reason));
        Assert.Null(v.Province);
        AssertWrites(UnknownProvince, v, Ctx.RuleViolation);
    }

    [Theory]
    [InlineData("bornInProvince", RuleViolationReason.BornInProvince)]
    [InlineData("hometownInProvince", RuleViolationReason.HometownInProvince)]
    public void A_violation_in_a_province_names_the_province_and_its_reason(string name, RuleViolationReason reason)
    {
        Organisation province = OrgModel.ReferenceData.VietnamReferenceData.OrgChart.AsOf(FirstPlenumXiv).Find(OrgModel.ReferenceData.VietnamReferenceData.UnitId2025("08"))!;
        var v = new RuleViolation("non-local (201-KL/TW)", Lam, Post.GeneralSecretary, province, reason);
        JsonObject o = JsonNode.Parse(JsonSerializer.Serialize(v, Ctx.RuleViolation))!.AsObject();
        Assert.Equal(name, (string?)o["reason"]);
        Assert.Equal(province.Id.ToString(), (string?)o["province"]!["id"]);
        RuleViolation back = Read(o.ToJsonString(), Ctx.RuleViolation);
        Assert.Equal((reason, province.Id), (back.Reason, back.Province!.Id));
    }

    // The members each reader refuses to do without.
    private static readonly (string Type, string Member)[] Required =
    [
        .. new[] { "organisation", "kind", "title", "allowsSeveralHolders", "isPartyPost" }.Select(m => (nameof(Post), m)),
        (nameof(Person), "id"), (nameof(Person), "name"),
        .. new[] { "person", "post", "start", "howBegan" }.Select(m => (nameof(Appointment), m)),
        .. new[] { "person", "post", "date", "source" }.Select(m => (nameof(Attestation), m)),
        .. new[] { "form", "issuingBody", "date" }.Select(m => (nameof(DisciplinaryDecision), m)),
        .. new[] { "rule", "person", "post", "reason" }.Select(m => (nameof(RuleViolation), m)),
        (nameof(PersonnelRecord), "people"),
        (nameof(PostHolder), "person"),
    ];

    public static TheoryData<string, string> RequiredMembers()
    {
        var data = new TheoryData<string, string>();
        foreach ((string type, string member) in Required)
        {
            data.Add(type, member);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void A_required_member_left_out_is_refused_naming_it(string type, string member)
    {
        (string golden, Action<string> read) = type switch
        {
            nameof(Post) => (GeneralSecretary, (Action<string>)(j => JsonSerializer.Deserialize(j, Ctx.Post))),
            nameof(Person) => (FullPerson, j => JsonSerializer.Deserialize(j, Ctx.Person)),
            nameof(Appointment) => (EndedAppointment, j => JsonSerializer.Deserialize(j, Ctx.Appointment)),
            nameof(Attestation) => (Attested, j => JsonSerializer.Deserialize(j, Ctx.Attestation)),
            nameof(DisciplinaryDecision) => (Expulsion, j => JsonSerializer.Deserialize(j, Ctx.DisciplinaryDecision)),
            nameof(RuleViolation) => (UnknownProvince, j => JsonSerializer.Deserialize(j, Ctx.RuleViolation)),
            nameof(PostHolder) => ($$"""{"person":{{BarePerson}},"attestation":{{Attested}}}""", j => JsonSerializer.Deserialize(j, Ctx.PostHolder)),
            _ => (Record, j => JsonSerializer.Deserialize(j, Ctx.PersonnelRecord)),
        };
        JsonObject o = JsonNode.Parse(golden)!.AsObject();
        Assert.True(o.Remove(member), $"the golden {type} has {member}");
        JsonException e = Assert.ThrowsAny<JsonException>(() => read(o.ToJsonString()));
        Assert.Contains(member, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FullPerson, "person.schema.json")]
    [InlineData(EndedAppointment, "appointment.schema.json")]
    [InlineData(RemovalFromAll, "disciplinary-decision.schema.json")]
    [InlineData(RemovalFromNamed, "disciplinary-decision.schema.json")]
    [InlineData(Dissolution, "disciplinary-decision.schema.json")]
    [InlineData(Record, "personnel-record.schema.json")]
    public void The_golden_texts_use_the_schemas_member_names(string json, string file)
    {
        JsonObject schema = Schema(file);
        JsonObject properties = schema["properties"]!.AsObject();
        foreach ((string name, JsonNode? _) in JsonNode.Parse(json)!.AsObject())
        {
            Assert.True(properties.ContainsKey(name), $"{file} has no member \"{name}\"");
        }

        // What the reader requires, the schema requires too (the schema may require more: what the writer always writes).
        string[] required = [.. schema["required"]!.AsArray().Select(x => (string)x!)];
        string type = file switch
        {
            "person.schema.json" => nameof(Person),
            "appointment.schema.json" => nameof(Appointment),
            "disciplinary-decision.schema.json" => nameof(DisciplinaryDecision),
            _ => nameof(PersonnelRecord),
        };
        Assert.All(Required.Where(r => r.Type == type).Select(r => r.Member), m => Assert.Contains(m, required));
    }

    private static string Normal(string json) => JsonNode.Parse(json)!.ToJsonString(Ctx.Options);

    private static void AssertWrites<T>(string golden, T value, JsonTypeInfo<T> info) =>
        Assert.Equal(Normal(golden), JsonSerializer.Serialize(value, info));

    private static T Read<T>(string json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;

    private static JsonObject Schema(string file)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "OrgModel.sln")))
            {
                return JsonNode.Parse(File.ReadAllText(Path.Combine(d.FullName, "docs", "schema", file)))!.AsObject();
            }
        }

        throw new DirectoryNotFoundException("OrgModel.sln was not found above the test binaries.");
    }
}
