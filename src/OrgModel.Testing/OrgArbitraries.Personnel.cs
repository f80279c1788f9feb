using OrgModel.Personnel;

namespace OrgModel.Testing;

/// <content>Arbitraries (with shrinkers) for <see cref="OrgModel.Personnel"/>.</content>
public static partial class OrgArbitraries
{
    /// <summary>Valid names, shrinking towards no middle name and one-letter family and given names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<VietnameseName> VietnameseNames() => Arb.From(OrgGenerators.VietnameseNameValue, ShrinkName);

    /// <summary>Valid person ids, shrinking towards shorter prefixes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonId> PersonIds() => Arb.From(OrgGenerators.PersonIdValue, ShrinkPersonId);

    /// <summary>Partial dates, shrinking towards year only.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartialDate> PartialDates() => Arb.From(
        OrgGenerators.PartialDateValue, d => d.Month is null ? [] : [PartialDate.FromYear(d.Year)]);

    /// <summary>Valid people, shrinking towards no personal data and simpler names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Person> People() => Arb.From(OrgGenerators.PersonValue, ShrinkPerson);

    /// <summary>Valid posts, shrinking towards the General Secretary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Post> Posts() => Arb.From(
        OrgGenerators.PostValue, p => p.Equals(Post.GeneralSecretary) ? [] : [Post.GeneralSecretary]);

    /// <summary>Valid appointments, shrinking towards open-ended ones without a term.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Appointment> Appointments() => Arb.From(OrgGenerators.AppointmentValue, ShrinkAppointment);

    /// <summary>Valid decisions, shrinking towards no legal basis.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DisciplinaryDecision> DisciplinaryDecisions() => Arb.From(OrgGenerators.DisciplinaryDecisionValue, ShrinkDecision);

    /// <summary>Valid records, shrinking by dropping the last appointment (still valid).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonnelRecord> PersonnelRecords() => Arb.From(OrgGenerators.PersonnelRecordValue, ShrinkRecord);

    private static IEnumerable<VietnameseName> ShrinkName(VietnameseName name)
    {
        if (name.Middle.Length > 0)
        {
            yield return VietnameseName.Create(name.Family, string.Empty, name.Given);
        }

        if (name.Given.Length > 1)
        {
            yield return VietnameseName.Create(name.Family, name.Middle, name.Given[..1]);
        }

        if (name.Family.Length > 1)
        {
            yield return VietnameseName.Create(name.Family[..1], name.Middle, name.Given);
        }
    }

    private static IEnumerable<PersonId> ShrinkPersonId(PersonId id)
    {
        string s = id.ToString();
        for (int n = 1; n < s.Length; n *= 2)
        {
            yield return PersonId.Parse(s[..n]);
        }
    }

    private static IEnumerable<Person> ShrinkPerson(Person p)
    {
        if (p.BirthDate is not null || p.Birthplace is not null || p.Hometown is not null)
        {
            yield return new Person(p.Id, p.Name);
        }

        foreach (VietnameseName n in ShrinkName(p.Name))
        {
            yield return new Person(p.Id, n, p.BirthDate, p.Birthplace, p.Hometown);
        }
    }

    private static IEnumerable<Appointment> ShrinkAppointment(Appointment a)
    {
        if (a.End is not null || a.Term is not null)
        {
            yield return new Appointment(a.Person, a.Post, a.Start, a.HowBegan);
        }

        if (!a.Post.Equals(Post.GeneralSecretary))
        {
            yield return new Appointment(a.Person, Post.GeneralSecretary, a.Start, a.HowBegan, a.Term, a.End, a.HowEnded);
        }
    }

    private static IEnumerable<DisciplinaryDecision> ShrinkDecision(DisciplinaryDecision d)
    {
        if (d.LegalBasis is null)
        {
            yield break;
        }

        yield return d switch
        {
            { Member: { } m, Form: DisciplineForm.RemovalFromPost, RemovesAllPartyPosts: true } =>
                DisciplinaryDecision.RemovalFromAllPartyPosts(m, d.IssuingBody, d.Date, d.EffectiveDate),
            { Member: { } m, Form: DisciplineForm.RemovalFromPost } =>
                DisciplinaryDecision.RemovalFromPosts(m, d.Posts, d.IssuingBody, d.Date, d.EffectiveDate),
            { Member: { } m } => DisciplinaryDecision.ForMember(m, d.Form, d.IssuingBody, d.Date, d.EffectiveDate),
            _ => DisciplinaryDecision.ForOrganisation(d.Organisation!.Value, d.Form, d.IssuingBody, d.Date, d.EffectiveDate),
        };
    }

    private static IEnumerable<PersonnelRecord> ShrinkRecord(PersonnelRecord r)
    {
        if (r.Appointments.Count == 0)
        {
            yield break;
        }

        PersonnelRecord smaller = PersonnelRecord.Empty;
        foreach (Person p in r.People)
        {
            smaller = smaller.WithPerson(p);
        }

        yield return smaller.WithAppointments(r.Appointments.Take(r.Appointments.Count - 1));
    }
}
