using NodaTime;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Tenures;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The shipped leaders: counts against the sources' own counts, a source for every fact, and the answers a
/// tracker asks.</summary>
public class VietnamLeadersTests
{
    private static readonly PersonnelRecord R = VietnamLeaders.Record;
    private static readonly LocalDate Feb2026 = new(2026, 2, 1);
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");

    [Fact]
    public void The_14th_Politburo_has_the_19_members_the_sources_count() =>
        Assert.Equal(19, R.MembersOn(OrgId.Parse("vn.party.politburo"), Feb2026).Count);

    [Fact]
    public void The_13th_Politburo_elected_on_31_January_2021_has_the_18_members_the_source_counts()
    {
        IReadOnlyList<Person> elected = R.MembersOn(Politburo, new LocalDate(2021, 1, 31));
        Assert.Equal(18, elected.Count);
        Assert.Empty(R.MembersOn(Politburo, new LocalDate(2021, 1, 30)));
        Assert.All(elected, p => Assert.Contains(R.Career(p.Id), a =>
            a.Post.Equals(Post.PolitburoMember) && a.Start == new LocalDate(2021, 1, 31) && a.HowBegan == AppointmentStart.Elected && Equals(a.Term, Tenure.NationalParty(13))));
    }

    // The counts by hand from the sources (docs/sources.md, "Leaders"): 18 elected on 31 Jan 2021; left: Phạm Bình Minh
    // 30 Dec 2022, Nguyễn Xuân Phúc 17 Jan 2023, Trần Tuấn Anh 31 Jan 2024, Võ Văn Thưởng 20 Mar 2024, Vương Đình Huệ 26 Apr
    // 2024, Trương Thị Mai 16 May 2024, Đinh Tiến Dũng 21 Jun 2024, Nguyễn Phú Trọng (died) 19 Jul 2024; added: four on 16 May
    // 2024, Lương Tam Quang 16 Aug 2024, Nguyễn Duy Ngọc 23 Jan 2025.
    //   1 Mar 2021: 18.
    //   1 Jun 2024: 18 - 6 (Minh, Phúc, Tuấn Anh, Thưởng, Huệ, Mai) + 4 = 16.
    //  25 Jul 2024: 16 - 1 (Dũng) - 1 (Trọng) = 14.
    //  16 Aug 2024: 14 + 1 (Quang) = 15, the count VnExpress gives that day.
    //  23 Jan 2025: 15 + 1 (Ngọc) = 16, the count Dân trí gives that day.
    //  1 Mar 2025, 1 Jul 2025: 16 (no change sourced in 2025 after 23 Jan).
    //  22 Jan 2026: 16, the count VietTimes gives (10 re-elected to the 14th Central Committee, 6 not).
    //  23 Jan 2026: the 13th-term memberships end; the 14th Politburo of 19 begins.
    [Theory]
    [InlineData("2021-03-01", 18)]
    [InlineData("2022-12-29", 18)]
    [InlineData("2022-12-30", 17)]
    [InlineData("2023-06-01", 16)]
    [InlineData("2024-06-01", 16)]
    [InlineData("2024-07-25", 14)]
    [InlineData("2024-08-16", 15)]
    [InlineData("2025-01-23", 16)]
    [InlineData("2025-03-01", 16)]
    [InlineData("2025-07-01", 16)]
    [InlineData("2026-01-22", 16)]
    [InlineData("2026-01-23", 19)]
    public void The_Politburo_on_a_day_counts_what_the_sources_give(string day, int count) =>
        Assert.Equal(count, R.MembersOn(Politburo, LocalDatePattern(day)).Count);

    [Theory]
    [InlineData("Phạm Bình Minh", "2022-12-30", AppointmentEnd.Resigned)]
    [InlineData("Nguyễn Xuân Phúc", "2023-01-17", AppointmentEnd.Resigned)]
    [InlineData("Trần Tuấn Anh", "2024-01-31", AppointmentEnd.Resigned)]
    [InlineData("Võ Văn Thưởng", "2024-03-20", AppointmentEnd.Resigned)]
    [InlineData("Vương Đình Huệ", "2024-04-26", AppointmentEnd.Resigned)]
    [InlineData("Trương Thị Mai", "2024-05-16", AppointmentEnd.Resigned)]
    [InlineData("Đinh Tiến Dũng", "2024-06-21", AppointmentEnd.Resigned)]
    [InlineData("Nguyễn Phú Trọng", "2024-07-19", AppointmentEnd.Died)]
    [InlineData("Phạm Minh Chính", "2026-01-23", AppointmentEnd.TermEnded)]
    [InlineData("Nguyễn Văn Nên", "2026-01-23", AppointmentEnd.TermEnded)]
    public void A_13th_term_Politburo_member_leaves_on_the_sourced_day(string name, string day, AppointmentEnd how)
    {
        Appointment a = Assert.Single(R.Career(PersonId.FromName(VietnameseName.Parse(name))), x => x.Post.Equals(Post.PolitburoMember) && Equals(x.Term, Tenure.NationalParty(13)));
        Assert.Equal((LocalDatePattern(day), how), (a.End!.Value, a.HowEnded!.Value));
        Assert.False(string.IsNullOrWhiteSpace(VietnamLeaders.SourceOf(a)));
    }

    [Theory]
    [InlineData("Lê Minh Hưng", "2024-05-16")]
    [InlineData("Đỗ Văn Chiến", "2024-05-16")]
    [InlineData("Lương Tam Quang", "2024-08-16")]
    [InlineData("Nguyễn Duy Ngọc", "2025-01-23")]
    public void A_member_added_during_the_13th_term_and_re_elected_holds_two_appointments_that_meet(string name, string added)
    {
        var career = R.Career(PersonId.FromName(VietnameseName.Parse(name))).Where(a => a.Post.Equals(Post.PolitburoMember)).ToList();
        Assert.Equal(2, career.Count);
        Assert.Equal((LocalDatePattern(added), new LocalDate(2026, 1, 23), AppointmentEnd.TermEnded), (career[0].Start, career[0].End!.Value, career[0].HowEnded!.Value));
        Assert.Equal((new LocalDate(2026, 1, 23), (LocalDate?)null), (career[1].Start, career[1].End));
    }

    [Fact]
    public void The_disputed_day_Tran_Tuan_Anh_left_ships_the_default_reading()
    {
        ConflictingFact fact = KnownConflicts.PolitburoTranTuanAnh2024;
        Appointment a = Assert.Single(R.Career(PersonId.Parse("tran-tuan-anh")), x => x.Post.Equals(Post.PolitburoMember));
        Assert.Equal(fact.Default.Value, $"{a.End:uuuu-MM-dd}");
        Assert.Contains(fact.Readings, r => r.Value == "2024-01-30");
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sources.md"));
        Assert.All(fact.Readings.SelectMany(r => r.Sources), s => Assert.Contains(s, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void The_14th_Secretariat_has_13_members_3_elected_on_23_January_and_10_assigned_on_30_January()
    {
        Assert.Equal(13, R.HoldersOn(Post.SecretariatMember, Feb2026).Count);
        Assert.Equal(3, R.HoldersOn(Post.SecretariatMember, new LocalDate(2026, 1, 25)).Count);
        Assert.Contains(R.HoldersOn(Post.SecretariatMember, Feb2026), p => p.Name.ToString() == "Tô Lâm");
    }

    // The 13th Secretariat by hand from the sources (docs/sources.md, "Leaders"). VietTimes: the first plenum of 31 Jan 2021
    // elected the General Secretary and "5 Uỷ viên Ban Bí thư"; VietnamBiz, 10 Apr 2021: after the Politburo assigned 4 of its
    // members on 9 Apr, the Secretariat "gồm 11 người". The 5 elected are the 5 of the 11 not in the 13th Politburo (Hưng,
    // Nghĩa, Chiến, Hoài, Khái); the 4 assigned are the 11 less the General Secretary, Võ Văn Thưởng (Permanent Member from
    // February 2021) and the 5 (Mai, Tú, Trạc, Bình).
    //   31 Jan 2021: 1 (Nguyễn Phú Trọng) + 5 elected = 6 appointments.
    //    9 Apr 2021: 6 + 2 appointments (Mai, Tú) + 3 attestations (Thưởng, Trạc, Bình: ends not sourced) = 11.
    [Fact]
    public void The_13th_Secretariat_elected_on_31_January_2021_has_the_5_members_the_source_counts_and_the_General_Secretary()
    {
        var first = new LocalDate(2021, 1, 31);
        IReadOnlyList<Person> holders = R.HoldersOn(Post.SecretariatMember, first);
        Assert.Equal(6, holders.Count);
        Assert.Empty(R.HoldersOn(Post.SecretariatMember, first.PlusDays(-1)));
        Assert.Equal(5, R.Appointments.Count(a => a.Post.Equals(Post.SecretariatMember) && a.Start == first && Equals(a.Term, Tenure.NationalParty(13))
            && R.HolderOn(Post.GeneralSecretary, first)!.Id != a.Person));
    }

    [Fact]
    public void The_13th_Secretariat_on_9_April_2021_has_the_11_members_the_source_lists_8_by_appointment_and_3_attested()
    {
        IReadOnlyList<PostHolder> holders = R.HoldersWithEvidenceOn(Post.SecretariatMember, new LocalDate(2021, 4, 9));
        Assert.Equal(11, holders.Count);
        Assert.Equal(8, holders.Count(h => h.Evidence == HoldingEvidence.Appointment));
        Assert.Equal(["Nguyễn Hòa Bình", "Phan Đình Trạc", "Võ Văn Thưởng"],
            holders.Where(h => h.Evidence == HoldingEvidence.Attestation).Select(h => h.Person.Name.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Nguyễn Phú Trọng", "2021-01-31", "2024-07-19", AppointmentEnd.Died)]
    [InlineData("Lê Minh Khái", "2021-01-31", "2024-08-03", AppointmentEnd.Resigned)]
    [InlineData("Đỗ Văn Chiến", "2021-01-31", "2025-11-04", AppointmentEnd.Transferred)]
    [InlineData("Lê Minh Hưng", "2021-01-31", "2026-01-23", AppointmentEnd.TermEnded)]
    [InlineData("Trương Thị Mai", "2021-04-09", "2024-05-16", AppointmentEnd.Resigned)]
    [InlineData("Trần Cẩm Tú", "2021-04-09", "2026-01-23", AppointmentEnd.TermEnded)]
    [InlineData("Tô Lâm", "2024-08-03", "2026-01-23", AppointmentEnd.TermEnded)]
    public void A_13th_term_Secretariat_member_holds_from_and_to_the_sourced_days(string name, string start, string end, AppointmentEnd how)
    {
        Appointment a = Assert.Single(R.Career(PersonId.FromName(VietnameseName.Parse(name))), x => x.Post.Equals(Post.SecretariatMember) && Equals(x.Term, Tenure.NationalParty(13)));
        Assert.Equal((LocalDatePattern(start), LocalDatePattern(end), how), (a.Start, a.End!.Value, a.HowEnded!.Value));
        Assert.False(string.IsNullOrWhiteSpace(VietnamLeaders.SourceOf(a)));
    }

    [Fact]
    public void Tran_Luu_Quang_elected_to_the_13th_Secretariat_on_23_January_2025_is_attested_that_day_his_end_not_being_sourced()
    {
        PostHolder h = Assert.Single(R.HoldersWithEvidenceOn(Post.SecretariatMember, new LocalDate(2025, 1, 23)), x => x.Person.Name.ToString() == "Trần Lưu Quang");
        Assert.Equal(HoldingEvidence.Attestation, h.Evidence);
        // Dân trí counts 12 that day; 6 appointments (Tô Lâm, Tú, Hưng, Nghĩa, Hoài, Chiến) and Quang's attestation are
        // sourced: the 13th Secretariat is a lower bound on such days (docs/sources.md).
        Assert.Equal(7, R.HoldersWithEvidenceOn(Post.SecretariatMember, new LocalDate(2025, 1, 23)).Count);
    }

    [Fact]
    public void Every_shipped_fact_names_its_source()
    {
        Assert.All(R.Appointments, a => Assert.False(string.IsNullOrWhiteSpace(VietnamLeaders.SourceOf(a)), a.ToString()));
        Assert.All(R.Appointments, a => Assert.Contains("http", VietnamLeaders.SourceOf(a)!, StringComparison.Ordinal));
        Assert.All(R.Attestations, t => Assert.Contains("http", t.Source, StringComparison.Ordinal));
        Assert.Null(VietnamLeaders.SourceOf(new Appointment(PersonId.Parse("to-lam"), Post.PrimeMinister, Feb2026, AppointmentStart.Elected)));
    }

    [Fact]
    public void Every_shipped_source_is_listed_in_docs_sources()
    {
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sources.md"));
        IEnumerable<string> addresses = R.Appointments.Select(a => VietnamLeaders.SourceOf(a)!).Concat(R.Attestations.Select(t => t.Source))
            .SelectMany(s => s.Split(" ; ")).Select(s => s[s.IndexOf("http", StringComparison.Ordinal)..]).Distinct();
        Assert.All(addresses, a => Assert.Contains(a, docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-06-01", "Tô Lâm", "Lương Cường", "Phạm Minh Chính", "Trần Thanh Mẫn", "Trần Cẩm Tú")]
    [InlineData("2026-03-09", "Tô Lâm", "Lương Cường", "Phạm Minh Chính", "Trần Thanh Mẫn", "Trần Cẩm Tú")]
    [InlineData("2026-03-21", "Tô Lâm", "Lương Cường", "Phạm Minh Chính", "Trần Thanh Mẫn", "Trần Cẩm Tú")]
    [InlineData("2023-06-01", "Nguyễn Phú Trọng", "Võ Văn Thưởng", "Phạm Minh Chính", "Vương Đình Huệ", "Trương Thị Mai")]
    [InlineData("2024-06-01", "Nguyễn Phú Trọng", "Tô Lâm", "Phạm Minh Chính", "Trần Thanh Mẫn", "Lương Cường")]
    public void The_key_posts_on_a_day(string day, string generalSecretary, string president, string primeMinister, string chair, string permanent)
    {
        LocalDate d = LocalDatePattern(day);
        Assert.Equal(generalSecretary, R.HolderOn(Post.GeneralSecretary, d)?.Name.ToString());
        Assert.Equal(president, R.HolderOn(Post.President, d)?.Name.ToString());
        Assert.Equal(primeMinister, R.HolderOn(Post.PrimeMinister, d)?.Name.ToString());
        Assert.Equal(chair, R.HolderOn(Post.NationalAssemblyChair, d)?.Name.ToString());
        Assert.Equal(permanent, R.HolderOn(Post.PermanentMemberOfSecretariat, d)?.Name.ToString());
    }

    [Fact]
    public void Between_the_death_of_Nguyen_Phu_Trong_and_the_election_of_To_Lam_the_post_is_vacant() =>
        Assert.Null(R.HolderOn(Post.GeneralSecretary, new LocalDate(2024, 7, 25)));

    [Theory]
    [InlineData("organisation-commission", "Lê Minh Hưng", "2024-05-16")]
    [InlineData("policy-strategy-commission", "Nguyễn Thanh Nghị", "2025-08-25")]
    [InlineData("office", "Phạm Gia Túc", "2025-08-29")]
    [InlineData("information-education-mass-mobilisation-commission", "Trịnh Văn Quyết", "2025-11-04")]
    [InlineData("internal-affairs-commission", "Lê Minh Trí", "2026-01-30")]
    public void The_heads_of_the_central_commissions_on_30_January_2026_hold_by_appointment_from_the_day_of_their_assignment(string commission, string head, string start)
    {
        Post post = Post.CommissionHead(OrgId.Parse("vn.party.central-" + commission));
        PostHolder h = Assert.Single(R.HoldersWithEvidenceOn(post, new LocalDate(2026, 1, 30)));
        Assert.Equal((head, HoldingEvidence.Appointment), (h.Person.Name.ToString(), h.Evidence));
        Assert.Equal(LocalDatePattern(start), h.Appointment!.Start);
        Assert.DoesNotContain(R.HoldersWithEvidenceOn(post, LocalDatePattern(start).PlusDays(-1)), x => x.Person.Name.ToString() == head);
    }

    [Fact]
    public void A_commission_head_known_only_from_a_dated_text_is_attested_not_appointed()
    {
        // Phan Đình Trạc's start as head of the Internal Affairs Commission (February 2016) has no sourced day: the texts of
        // 28 Aug and 4 Nov 2025 that title him are attestations of those days only.
        Post internalAffairs = Head("internal-affairs-commission");
        PostHolder h = Assert.Single(R.HoldersWithEvidenceOn(internalAffairs, new LocalDate(2025, 11, 4)));
        Assert.Equal(("Phan Đình Trạc", HoldingEvidence.Attestation), (h.Person.Name.ToString(), h.Evidence));
        Assert.Empty(R.HoldersWithEvidenceOn(internalAffairs, new LocalDate(2025, 11, 5)));
        Assert.Empty(R.HoldersOn(internalAffairs, new LocalDate(2025, 11, 4)));
    }

    // The heads of the 13th term before those of 30 Jan 2026, by appointment where the start and end days are sourced
    // (docs/sources.md, "Leaders"): Trương Thị Mai head of the Organisation Commission from 8 Apr 2021 (45-QĐNS/TW) until she
    // ceased her posts on 16 May 2024, when Lê Minh Hưng was assigned; Nguyễn Trọng Nghĩa head of the Information, Education and
    // Mass Mobilisation Commission from its merger, announced 3 Feb 2025, until Trịnh Văn Quyết replaced him on 4 Nov 2025.
    [Theory]
    [InlineData("organisation-commission", "Trương Thị Mai", "2021-04-08", "2024-05-16", AppointmentEnd.Resigned)]
    [InlineData("information-education-mass-mobilisation-commission", "Nguyễn Trọng Nghĩa", "2025-02-03", "2025-11-04", AppointmentEnd.Transferred)]
    public void A_13th_term_commission_head_holds_from_and_to_the_sourced_days(string commission, string head, string start, string end, AppointmentEnd how)
    {
        Post post = Head(commission);
        Appointment a = Assert.Single(R.Appointments, x => x.Post.Equals(post) && x.Person == PersonId.FromName(VietnameseName.Parse(head)));
        Assert.Equal((LocalDatePattern(start), LocalDatePattern(end), how, AppointmentStart.Assigned), (a.Start, a.End, a.HowEnded, a.HowBegan));
        Assert.NotNull(VietnamLeaders.SourceOf(a));
        Assert.Equal(head, Assert.Single(R.HoldersOn(post, LocalDatePattern(end).PlusDays(-1))).Name.ToString());
        Assert.DoesNotContain(R.HoldersOn(post, LocalDatePattern(end)), p => p.Name.ToString() == head);
        Assert.DoesNotContain(R.HoldersOn(post, LocalDatePattern(start).PlusDays(-1)), p => p.Name.ToString() == head);
    }

    // Heads by appointment per commission on a day, counted by hand from the sources (docs/sources.md, "Leaders"):
    //   Organisation: none shipped before 8 Apr 2021 (Phạm Minh Chính's start, Feb 2016, has no sourced day); Mai 8 Apr 2021 –
    //     16 May 2024; Hưng from 16 May 2024. So 0 on 1 Mar 2021, 1 on 1 Jun 2022, 1 on 16 May 2024 (Hưng, Mai's last day being
    //     15 May), 1 on 1 Mar 2025.
    //   Information, Education and Mass Mobilisation (formed by the merger announced 3 Feb 2025): 0 on 2 Feb 2025; Nghĩa
    //     3 Feb – 4 Nov 2025 (1 on 1 Mar 2025 and on 3 Nov 2025); Quyết from 4 Nov 2025 (1 on 4 Nov and on 1 Dec 2025).
    //   Office: 0 by appointment until Phạm Gia Túc, 29 Aug 2025 (Lê Minh Hưng, Nguyễn Duy Ngọc and Lê Hoài Trung are
    //     attested: no day for Hưng's start, Ngọc's end or Trung's start), then 1.
    //   Internal Affairs: 0 by appointment until Lê Minh Trí, 30 Jan 2026 (Phan Đình Trạc attested only).
    [Theory]
    [InlineData("organisation-commission", "2021-03-01", 0)]
    [InlineData("organisation-commission", "2021-04-08", 1)]
    [InlineData("organisation-commission", "2022-06-01", 1)]
    [InlineData("organisation-commission", "2024-05-16", 1)]
    [InlineData("organisation-commission", "2025-03-01", 1)]
    [InlineData("information-education-mass-mobilisation-commission", "2025-02-02", 0)]
    [InlineData("information-education-mass-mobilisation-commission", "2025-03-01", 1)]
    [InlineData("information-education-mass-mobilisation-commission", "2025-11-03", 1)]
    [InlineData("information-education-mass-mobilisation-commission", "2025-11-04", 1)]
    [InlineData("office", "2025-03-01", 0)]
    [InlineData("office", "2025-09-01", 1)]
    [InlineData("internal-affairs-commission", "2025-11-04", 0)]
    [InlineData("internal-affairs-commission", "2026-01-30", 1)]
    public void The_heads_by_appointment_of_a_commission_on_a_day_count_what_the_sources_give(string commission, string day, int count) =>
        Assert.Equal(count, R.HoldersOn(Head(commission), LocalDatePattern(day)).Count);

    // The attested heads of the Office: Lê Minh Hưng titled Chief on 16 May 2024, Nguyễn Duy Ngọc given the post on 3 Jun 2024
    // (decision 1289 of 31 May), Lê Hoài Trung titled Chief on 28 Aug 2025 (let go on 29 Aug for Phạm Gia Túc).
    [Theory]
    [InlineData("2024-05-16", "Lê Minh Hưng")]
    [InlineData("2024-06-03", "Nguyễn Duy Ngọc")]
    [InlineData("2025-08-28", "Lê Hoài Trung")]
    public void The_chiefs_of_the_Central_Office_before_Pham_Gia_Tuc_are_attested_on_the_days_the_texts_give(string day, string chief)
    {
        PostHolder h = Assert.Single(R.HoldersWithEvidenceOn(Head("office"), LocalDatePattern(day)));
        Assert.Equal((chief, HoldingEvidence.Attestation), (h.Person.Name.ToString(), h.Evidence));
    }

    [Theory]
    [InlineData("2021-06-01", "Trần Cẩm Tú")]
    [InlineData("2025-01-22", "Trần Cẩm Tú")]
    [InlineData("2025-01-23", "Nguyễn Duy Ngọc")]
    [InlineData("2025-06-01", "Nguyễn Duy Ngọc")]
    [InlineData("2025-11-05", "Trần Sỹ Thanh")]
    [InlineData("2026-03-21", "Trần Sỹ Thanh")]
    public void The_chairs_of_the_Central_Inspection_Commission_follow_one_another_by_appointment(string day, string chair)
    {
        PostHolder h = Assert.Single(R.HoldersWithEvidenceOn(Post.InspectionCommissionChair(OrgId.Parse("vn.party.central-inspection-commission")), LocalDatePattern(day)));
        Assert.Equal(HoldingEvidence.Appointment, h.Evidence);
        Assert.Equal(chair, h.Person.Name.ToString());
    }

    [Fact]
    public void The_Front_chair_is_Do_Van_Chien_from_April_2021_and_his_renewal_ships_the_default_of_the_disputed_day()
    {
        Assert.Equal("Đỗ Văn Chiến", R.HolderOn(Post.FatherlandFrontChair, new LocalDate(2023, 6, 1))?.Name.ToString());
        Assert.Null(R.HolderOn(Post.FatherlandFrontChair, new LocalDate(2021, 4, 11)));
        ConflictingFact fact = KnownConflicts.FatherlandFrontChair2024;
        Appointment renewed = Assert.Single(R.Career(PersonId.Parse("do-van-chien")), a => a.Post.Equals(Post.FatherlandFrontChair) && a.End == new LocalDate(2025, 11, 7));
        Assert.Equal(fact.Default.Value, $"{renewed.Start:uuuu-MM-dd}");
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "sources.md"));
        Assert.All(fact.Readings.SelectMany(r => r.Sources), s => Assert.Contains(s, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_sourced_days_of_the_key_posts_are_attestations_of_March_2026()
    {
        Assert.Contains(R.Attestations, a => a.Post.Equals(Post.PrimeMinister) && a.Date == new LocalDate(2026, 3, 15));
        Assert.Contains(R.Attestations, a => a.Post.Equals(Post.NationalAssemblyChair) && a.Date == new LocalDate(2026, 3, 21));
        Assert.Contains(R.Attestations, a => a.Post.Equals(Post.President) && a.Date == new LocalDate(2026, 2, 16));
    }

    [Fact]
    public void The_posts_filled_by_the_16th_National_Assembly_are_beyond_what_the_data_covers()
    {
        // The first session opened in April 2026; no dated text read names whom it elected (docs/sources.md, "Leaders").
        Assert.True(VietnamLeaders.Covers(new LocalDate(2026, 3, 21)));
        Assert.False(VietnamLeaders.Covers(new LocalDate(2026, 3, 22)));
        Assert.False(VietnamLeaders.Covers(new LocalDate(2026, 4, 30)));
        Assert.True(VietnamLeaders.Covers(new LocalDate(2021, 1, 31)));
    }

    [Fact]
    public void The_data_speaks_up_to_its_last_sourced_day_and_round_trips_as_json()
    {
        Assert.Equal(new LocalDate(2026, 3, 21), VietnamLeaders.SourcedThrough);
        PersonnelRecord back = JsonAssert.RoundTrip(R, OrgModelJson.Context.PersonnelRecord);
        Assert.Equal(R.Appointments, back.Appointments);
        Assert.Equal(R.Attestations, back.Attestations);
    }

    private static Post Head(string commission) => Post.CommissionHead(OrgId.Parse("vn.party.central-" + commission));

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static string RepoRoot()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "OrgModel.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return dir;
    }
}
