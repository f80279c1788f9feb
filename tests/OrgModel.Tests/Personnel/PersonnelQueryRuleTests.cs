using FsCheck.Xunit;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Testing;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>
/// The query rules of <see cref="PersonnelRecord"/>, each stated once: with examples from the facts of the 13th and 14th
/// terms, and as a property holding every query to a plain reference (a filter over the appointments and attestations,
/// sorted as documented) on generated records, on the days where the answers change (a start, the day before, an end).
/// </summary>
public sealed class PersonnelQueryRuleTests
{
    private static readonly IComparer<Person> NameOrder =
        Comparer<Person>.Create((a, b) => VietnameseName.Comparer.Compare(a.Name, b.Name) is var c and not 0 ? c : a.Id.CompareTo(b.Id));

    [Property(MaxTest = 60)]
    public Property Every_query_answers_as_the_plain_reference() =>
        Prop.ForAll(Arb.From(OrgGenerators.PersonnelRecordWithAttestationsValue), r =>
        {
            foreach (LocalDate day in DaysOfInterest(r))
            {
                Assert.Equal([.. r.Appointments.Where(a => HeldOn(a, day))], r.AppointmentsOn(day));
                foreach (Post post in r.Appointments.Select(a => a.Post).Concat(r.Attestations.Select(t => t.Post)).Distinct())
                {
                    List<Person> holders = Holders(r, r.Appointments.Where(a => a.Post.Equals(post) && HeldOn(a, day)).Select(a => a.Person));
                    Assert.Equal(holders, r.HoldersOn(post, day));
                    Assert.Equal(holders.FirstOrDefault(), r.HolderOn(post, day));
                    Assert.Equal(EvidenceReference(r, post, day), r.HoldersWithEvidenceOn(post, day));
                }

                foreach (OrgId body in r.Appointments.Select(a => a.Post.Organisation).Distinct())
                {
                    Assert.Equal(Holders(r, r.Appointments.Where(a => a.Post.Organisation == body && HeldOn(a, day)).Select(a => a.Person)), r.MembersOn(body, day));
                }

                foreach (Person p in r.People)
                {
                    Assert.Equal(
                        [.. r.Appointments.Where(a => a.Person == p.Id && HeldOn(a, day)).OrderBy(a => a.Start).ThenBy(a => a.Post.Title, StringComparer.Ordinal)],
                        r.PostsOf(p.Id, day));
                }
            }

            foreach (Person p in r.People)
            {
                Assert.Equal(
                    [.. r.Appointments.Where(a => a.Person == p.Id).OrderBy(a => a.Start).ThenBy(a => a.End ?? LocalDate.MaxIsoValue).ThenBy(a => a.Post.Title, StringComparer.Ordinal)],
                    r.Career(p.Id));
                Assert.Equal(
                    [.. r.Attestations.Where(t => t.Person == p.Id).OrderBy(t => t.Date).ThenBy(t => t.Post.Title, StringComparer.Ordinal)],
                    r.AttestationsOf(p.Id));
                Assert.Same(p, r.Find(p.Id));
                Assert.Contains(p, r.FindByName(p.Name.ToString().ToUpperInvariant()));
            }

            Assert.Equal([.. r.People.OrderBy(p => p, NameOrder)], r.People);
            return true;
        });

    [Property(MaxTest = 200)]
    public Property Held_and_overlapping_are_the_days_between_start_and_end() =>
        Prop.ForAll(Arb.From(OrgGenerators.AppointmentValue), Arb.From(OrgGenerators.AppointmentValue), (a, b) =>
        {
            foreach (LocalDate day in new[] { a.Start, b.Start, a.Start.PlusDays(-1), b.Start.PlusDays(-1) }.Concat(Ends(a)).Concat(Ends(b)))
            {
                Assert.Equal(HeldOn(a, day), a.IsHeldOn(day));
            }

            // Two periods share a day exactly when each begins before the other ends.
            bool shared = (a.End is null || b.Start < a.End) && (b.End is null || a.Start < b.End);
            Assert.Equal(shared, a.Overlaps(b));
            Assert.Equal(shared, b.Overlaps(a));
            Assert.True(a.Overlaps(a));
            return true;
        });

    [Fact]
    public void An_appointment_is_held_from_its_start_up_to_the_day_before_its_end()
    {
        Appointment lam = FourteenthTerm().Career(Id("Tô Lâm"))[0];
        Assert.False(lam.IsHeldOn(new LocalDate(2024, 8, 2)));
        Assert.True(lam.IsHeldOn(new LocalDate(2024, 8, 3)));
        Assert.True(lam.IsHeldOn(FirstPlenumXiv.PlusDays(-1)));
        Assert.False(lam.IsHeldOn(FirstPlenumXiv));

        // The term that ends on the first plenum and the one that begins there share no day.
        Appointment next = FourteenthTerm().Career(Id("Tô Lâm"))[1];
        Assert.False(lam.Overlaps(next));
        Assert.False(next.Overlaps(lam));
        Assert.True(next.Overlaps(new Appointment(Id("Tô Lâm"), Post.PolitburoMember, FirstPlenumXiv.PlusDays(-5), AppointmentStart.Elected, null, FirstPlenumXiv.PlusDays(1), AppointmentEnd.TermEnded)));
        Assert.False(next.Overlaps(new Appointment(Id("Tô Lâm"), Post.PolitburoMember, FirstPlenumXiv.PlusDays(-5), AppointmentStart.Elected, null, FirstPlenumXiv, AppointmentEnd.TermEnded)));
    }

    [Fact]
    public void Ending_an_appointment_ends_the_one_open_the_day_before_and_only_it()
    {
        PersonnelRecord r = FourteenthTerm();
        var end = new LocalDate(2026, 3, 1);
        PersonnelRecord after = r.EndAppointment(Id("Trần Cẩm Tú"), Post.PolitburoMember, end, AppointmentEnd.Transferred);
        Appointment ended = Assert.Single(after.Career(Id("Trần Cẩm Tú")), a => a.Post.Equals(Post.PolitburoMember));
        Assert.Equal((end, AppointmentEnd.Transferred, FirstPlenumXiv, Xiv), (ended.End, ended.HowEnded, ended.Start, ended.Term));
        Assert.Equal(r.Appointments.Count, after.Appointments.Count);
        Assert.Equal(r.Appointments.Where(a => a.Person != Id("Trần Cẩm Tú")), after.Appointments.Where(a => a.Person != Id("Trần Cẩm Tú")));
        Assert.Null(after.HoldersOn(Post.PolitburoMember, end).FirstOrDefault(p => p.Id == Id("Trần Cẩm Tú")));
        Assert.Contains(after.HoldersOn(Post.PolitburoMember, end.PlusDays(-1)), p => p.Id == Id("Trần Cẩm Tú"));

        // The post is free from the end day on: a successor may start that very day.
        PersonnelRecord general = r.EndAppointment(Id("Tô Lâm"), Post.GeneralSecretary, end, AppointmentEnd.Resigned)
            .WithAppointment(new Appointment(Id("Trần Cẩm Tú"), Post.GeneralSecretary, end, AppointmentStart.Elected));
        Assert.Equal("Trần Cẩm Tú", general.HolderOn(Post.GeneralSecretary, end)!.Name.ToString());
        Assert.Equal("Tô Lâm", general.HolderOn(Post.GeneralSecretary, end.PlusDays(-1))!.Name.ToString());

        // An appointment that starts on the end day is not open before it, and an ended one is not open after its end.
        Assert.Throws<ArgumentException>(() => r.EndAppointment(Id("Trần Cẩm Tú"), Post.PolitburoMember, FirstPlenumXiv, AppointmentEnd.Transferred));
        Assert.Throws<ArgumentException>(() => after.EndAppointment(Id("Trần Cẩm Tú"), Post.PolitburoMember, end.PlusDays(5), AppointmentEnd.Transferred));
    }

    [Fact]
    public void Each_decision_ends_what_it_names_on_its_effective_day_and_nothing_else()
    {
        var party = OrgId.Parse("vn.au.2025-07.08.party-committee");
        var committee = OrgId.Parse("vn.au.2025-07.08.peoples-committee");
        var start = new LocalDate(2025, 7, 1);
        var effective = new LocalDate(2025, 9, 1);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Nguyễn Văn A", "Trần Văn B"])
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PartySecretary(party), start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PeoplesCommitteeChair(committee), start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.CentralCommitteeMember, start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Trần Văn B"), Post.DeputyPartySecretary(party), start, AppointmentStart.Elected))
            .WithAppointment(new Appointment(Id("Trần Văn B"), Post.CentralCommitteeMember, start, AppointmentStart.Elected));

        string[] Ended(DisciplinaryDecision d) =>
            [.. r.Apply(d).Appointments.Where(a => a.End == effective && a.HowEnded == AppointmentEnd.Disciplined).Select(a => $"{a.Person} {a.Post.Title}")];

        Assert.Equal(["nguyen-van-a Secretary", "nguyen-van-a Central Committee member"],
            Ended(DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Expulsion, CentralCommittee, effective)));
        Assert.Equal(["nguyen-van-a Secretary", "nguyen-van-a Central Committee member"],
            Ended(DisciplinaryDecision.RemovalFromAllPartyPosts(Id("Nguyễn Văn A"), CentralCommittee, effective)));
        Assert.Equal(["nguyen-van-a Chair of the People's Committee"],
            Ended(DisciplinaryDecision.RemovalFromPosts(Id("Nguyễn Văn A"), [Post.PeoplesCommitteeChair(committee), Post.PolitburoMember], CentralCommittee, effective)));
        Assert.Equal(["nguyen-van-a Secretary", "tran-van-b Deputy Secretary"],
            Ended(DisciplinaryDecision.ForOrganisation(party, DisciplineForm.Dissolution, CentralCommittee, effective)));
        Assert.Empty(Ended(DisciplinaryDecision.ForOrganisation(party, DisciplineForm.Warning, CentralCommittee, effective)));
        Assert.Empty(Ended(DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Reprimand, CentralCommittee, effective)));
        Assert.Empty(Ended(DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Warning, CentralCommittee, effective)));

        // Decided earlier, effective later: nothing ends before the effective day.
        PersonnelRecord later = r.Apply(DisciplinaryDecision.ForMember(Id("Trần Văn B"), DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(10), effective));
        Assert.Equal(2, later.PostsOf(Id("Trần Văn B"), effective.PlusDays(-1)).Count);
        Assert.Empty(later.PostsOf(Id("Trần Văn B"), effective));
        Assert.False(later.IsMembershipEndedOn(Id("Trần Văn B"), effective.PlusDays(-1)));
        Assert.True(later.IsMembershipEndedOn(Id("Trần Văn B"), effective));
        Assert.False(later.IsMembershipEndedOn(Id("Nguyễn Văn A"), effective));
    }

    [Fact]
    public void A_decision_ends_an_appointment_only_when_held_on_its_effective_day()
    {
        var start = new LocalDate(2025, 7, 1);
        var a = new Appointment(Id("Nguyễn Văn A"), Post.CentralCommitteeMember, start, AppointmentStart.Elected, null, start.PlusDays(30), AppointmentEnd.TermEnded);
        Assert.True(DisciplinaryDecision.ForMember(a.Person, DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(29)).Ends(a));
        Assert.False(DisciplinaryDecision.ForMember(a.Person, DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(30)).Ends(a));
        Assert.False(DisciplinaryDecision.ForMember(a.Person, DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(-1)).Ends(a));
        Assert.False(DisciplinaryDecision.ForMember(Id("Trần Văn B"), DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(1)).Ends(a));
        Assert.False(DisciplinaryDecision.RemovalFromAllPartyPosts(Id("Trần Văn B"), CentralCommittee, start.PlusDays(1)).Ends(a));
        Assert.False(DisciplinaryDecision.RemovalFromPosts(Id("Trần Văn B"), [a.Post], CentralCommittee, start.PlusDays(1)).Ends(a));
        Assert.True(DisciplinaryDecision.RemovalFromPosts(a.Person, [a.Post], CentralCommittee, start.PlusDays(1)).Ends(a));
        Assert.False(DisciplinaryDecision.ForOrganisation(Politburo, DisciplineForm.Dissolution, CentralCommittee, start.PlusDays(1)).Ends(a));
        Assert.True(DisciplinaryDecision.ForOrganisation(CentralCommittee, DisciplineForm.Dissolution, Politburo, start.PlusDays(1)).Ends(a));
        var state = new Appointment(a.Person, Post.PrimeMinister, start, AppointmentStart.Elected);
        Assert.False(DisciplinaryDecision.ForMember(a.Person, DisciplineForm.Expulsion, CentralCommittee, start.PlusDays(1)).Ends(state));
    }

    [Fact]
    public void An_expulsion_keeps_the_earliest_end_of_membership_and_a_decision_applied_twice_changes_nothing()
    {
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Nguyễn Văn A"]);
        var first = new LocalDate(2025, 7, 19);
        DisciplinaryDecision early = DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Expulsion, CentralCommittee, first);
        DisciplinaryDecision late = DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Expulsion, Politburo, first.PlusDays(20));
        foreach (PersonnelRecord x in new[] { r.Apply(early).Apply(late), r.Apply(late).Apply(early) })
        {
            Assert.True(x.IsMembershipEndedOn(Id("Nguyễn Văn A"), first));
            Assert.False(x.IsMembershipEndedOn(Id("Nguyễn Văn A"), first.PlusDays(-1)));
            Assert.Equal(2, x.Decisions.Count);
        }

        PersonnelRecord once = r.Apply(early);
        Assert.Same(once, once.Apply(early));
        Assert.Same(once, once.Apply(DisciplinaryDecision.ForMember(Id("Nguyễn Văn A"), DisciplineForm.Expulsion, CentralCommittee, first)));
        Assert.Equal([early], once.Decisions);

        // A Party post that began before the expulsion is ended by it; a State post is not, and may begin after it.
        PersonnelRecord withState = r.WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PrimeMinister, first.PlusDays(1), AppointmentStart.Elected)).Apply(early);
        Assert.Single(withState.PostsOf(Id("Nguyễn Văn A"), first.PlusDays(1)));
        Assert.Throws<ArgumentException>(() => once.WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PolitburoMember, first.PlusDays(1), AppointmentStart.Elected)));
        Assert.Single(once.WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PolitburoMember, first.PlusDays(-30), AppointmentStart.Elected, null, first, AppointmentEnd.Disciplined)).Appointments);
    }

    [Fact]
    public void Evidence_lists_appointed_holders_then_people_attested_that_very_day()
    {
        var day = new LocalDate(2026, 3, 9);
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, ["Phạm Minh Chính", "Tô Lâm", "Lê Minh Hưng"])
            .WithAppointment(new Appointment(Id("Phạm Minh Chính"), Post.PolitburoMember, FirstPlenumXiv, AppointmentStart.Elected))
            .WithAttestations([
                new Attestation(Id("Tô Lâm"), Post.PolitburoMember, day, "a text"),
                new Attestation(Id("Phạm Minh Chính"), Post.PolitburoMember, day, "a text"),
                new Attestation(Id("Lê Minh Hưng"), Post.PolitburoMember, day, "a text"),
                new Attestation(Id("Lê Minh Hưng"), Post.PolitburoMember, day, "another text"),
                new Attestation(Id("Lê Minh Hưng"), Post.PolitburoMember, day.PlusDays(1), "a later text"),
                new Attestation(Id("Tô Lâm"), Post.GeneralSecretary, day, "a text")]);
        IReadOnlyList<PostHolder> holders = r.HoldersWithEvidenceOn(Post.PolitburoMember, day);
        Assert.Equal(["Phạm Minh Chính Appointment", "Lê Minh Hưng Attestation", "Tô Lâm Attestation"], holders.Select(h => $"{h.Person.Name} {h.Evidence}"));
        Assert.Equal("a text", holders[1].Attestation!.Source);
        Assert.Equal(["Lê Minh Hưng"], r.HoldersWithEvidenceOn(Post.PolitburoMember, day.PlusDays(1)).Where(h => h.Evidence == HoldingEvidence.Attestation).Select(h => h.Person.Name.ToString()));
        Assert.Empty(r.HoldersOn(Post.GeneralSecretary, day));
        Assert.Equal([day, day, day.PlusDays(1)], r.AttestationsOf(Id("Lê Minh Hưng")).Select(t => t.Date));
        Assert.Equal(["General Secretary", "Politburo member"], r.AttestationsOf(Id("Tô Lâm")).Select(t => t.Post.Title));
        Assert.Same(r, r.WithAttestation(new Attestation(Id("Tô Lâm"), Post.GeneralSecretary, day, " a text ")));
    }

    [Fact]
    public void Names_are_found_ignoring_marks_and_case_and_ids_exactly()
    {
        PersonnelRecord r = FourteenthTerm();
        Assert.Equal(["Lê Minh Hưng"], r.FindByName("le minh hung").Select(p => p.Name.ToString()));
        Assert.Equal(["Trần Cẩm Tú"], r.FindByName("TRẦN CẨM TÚ").Select(p => p.Name.ToString()));
        Assert.Empty(r.FindByName("Lê Minh"));
        Assert.Empty(r.FindByName(""));
        Assert.Null(r.Find(PersonId.Parse("to-lam-2")));
        Assert.Equal("Tô Lâm", r.Find(Id("Tô Lâm"))!.Name.ToString());
        Assert.Empty(PersonnelRecord.Empty.FindByName("Tô Lâm"));
        Person renamed = new(Id("Tô Lâm"), VietnameseName.Parse("Tô Văn Lâm"));
        Assert.Same(renamed, r.WithPerson(renamed).Find(Id("Tô Lâm")));
        Assert.Equal(r.People.Count, r.WithPerson(renamed).People.Count);
    }

    private static bool HeldOn(Appointment a, LocalDate day) => a.Start <= day && (a.End is null || day < a.End);

    private static IEnumerable<LocalDate> Ends(Appointment a) => a.End is { } e ? [e, e.PlusDays(-1)] : [];

    private static List<LocalDate> DaysOfInterest(PersonnelRecord r) =>
        [.. r.Appointments.SelectMany(a => new[] { a.Start, a.Start.PlusDays(-1) }.Concat(Ends(a))).Concat(r.Attestations.Select(t => t.Date)).Distinct().Take(12)];

    private static List<Person> Holders(PersonnelRecord r, IEnumerable<PersonId> ids) =>
        [.. ids.Distinct().Select(id => r.Find(id)!).OrderBy(p => p, NameOrder)];

    private static List<PostHolder> EvidenceReference(PersonnelRecord r, Post post, LocalDate day)
    {
        List<PostHolder> byAppointment =
            [.. r.Appointments.Where(a => a.Post.Equals(post) && HeldOn(a, day)).Select(a => PostHolder.FromAppointment(r.Find(a.Person)!, a)).OrderBy(h => h.Person, NameOrder)];
        var seen = byAppointment.Select(h => h.Person.Id).ToHashSet();
        IEnumerable<PostHolder> byAttestation = r.Attestations.Where(t => t.Post.Equals(post) && t.Date == day && seen.Add(t.Person))
            .Select(t => PostHolder.FromAttestation(r.Find(t.Person)!, t)).OrderBy(h => h.Person, NameOrder);
        return [.. byAppointment, .. byAttestation];
    }
}
