using OrgModel.Personnel;

namespace OrgModel.Testing;

/// <content>Generators for attestations (a post held on a day, from a dated text) and records that carry them.</content>
public static partial class OrgGenerators
{
    // Getters, not initialised properties: the generators they build on live in other files of this partial class, whose
    // static initialisation order is not defined.

    /// <summary>Valid posts including the State and Front posts and the commission heads.</summary>
    public static Gen<Post> AnyPostValue => Gen.OneOf(
        PostValue,
        Gen.Elements(Post.PrimeMinister, Post.President, Post.NationalAssemblyChair, Post.FatherlandFrontChair),
        OrgId.Select(Post.CommissionHead));

    /// <summary>Valid attestations from 2000 on, with sources of plain or Vietnamese text.</summary>
    public static Gen<Attestation> AttestationValue =>
        from person in PersonIdValue
        from post in AnyPostValue
        from day in Gen.Choose(0, 12_000)
        from source in Gen.Elements("https://vnexpress.net/a-1.html", "Báo Nhân Dân, 9/3/2026", "05-QĐNS/TW", " trimmed ")
        select new Attestation(person, post, new LocalDate(2000, 1, 1).PlusDays(day), source);

    /// <summary>Valid records (see <see cref="PersonnelRecordValue"/>) with attestations of their people, some on days
    /// an appointment covers.</summary>
    public static Gen<PersonnelRecord> PersonnelRecordWithAttestationsValue =>
        from record in PersonnelRecordValue
        from count in Gen.Choose(0, 6)
        from picks in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count * 3)
        from attested in Gen.ArrayOf(AttestationValue, count)
        select Attest(record, picks, attested);

    private static PersonnelRecord Attest(PersonnelRecord record, int[] picks, Attestation[] attested)
    {
        IReadOnlyList<Person> people = record.People;
        for (int i = 0; i < attested.Length; i++)
        {
            Attestation t = attested[i];
            Person who = people[picks[3 * i] % people.Count];

            // Half of them attest a post on a day some appointment covers, so queries meet both kinds of evidence.
            if (picks[(3 * i) + 1] % 2 == 0 && record.Appointments.Count > 0)
            {
                Appointment a = record.Appointments[picks[(3 * i) + 2] % record.Appointments.Count];
                t = new Attestation(who.Id, a.Post, a.Start, t.Source);
            }
            else
            {
                t = new Attestation(who.Id, t.Post, t.Date, t.Source);
            }

            record = record.WithAttestation(t);
        }

        return record;
    }
}
