using OrgModel.Organisations;

namespace OrgModel.Personnel;

/// <summary>
/// The lookups that keep <see cref="PersonnelRecord"/>'s checks at O(log n) per change: appointments grouped where they must
/// not overlap and sorted by start, the positions of each person's and each organisation's appointments, and the decisions
/// that end appointments, grouped by what they end and sorted by effective day.
/// </summary>
/// <remarks>Without it every added appointment and every applied decision scanned the whole record, so building a record of
/// n appointments or decisions (in code or from JSON) cost n².</remarks>
internal sealed class PersonnelIndex
{
    private readonly ImmutableDictionary<GroupKey, ImmutableSortedSet<Entry>> groups;
    private readonly ImmutableDictionary<Post, Post> posts;
    private readonly ImmutableDictionary<PersonId, ImmutableList<int>> byPerson;
    private readonly ImmutableDictionary<OrgId, ImmutableList<int>> byOrganisation;
    private readonly ImmutableHashSet<DisciplinaryDecision> decisions;
    private readonly ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>> endings;

    private PersonnelIndex(
        ImmutableDictionary<GroupKey, ImmutableSortedSet<Entry>> groups,
        ImmutableDictionary<Post, Post> posts,
        ImmutableDictionary<PersonId, ImmutableList<int>> byPerson,
        ImmutableDictionary<OrgId, ImmutableList<int>> byOrganisation,
        ImmutableHashSet<DisciplinaryDecision> decisions,
        ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>> endings)
    {
        this.groups = groups;
        this.posts = posts;
        this.byPerson = byPerson;
        this.byOrganisation = byOrganisation;
        this.decisions = decisions;
        this.endings = endings;
    }

    public static PersonnelIndex Empty { get; } = new(
        ImmutableDictionary<GroupKey, ImmutableSortedSet<Entry>>.Empty,
        ImmutableDictionary<Post, Post>.Empty,
        ImmutableDictionary<PersonId, ImmutableList<int>>.Empty,
        ImmutableDictionary<OrgId, ImmutableList<int>>.Empty,
        ImmutableHashSet<DisciplinaryDecision>.Empty,
        ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>>.Empty);

    /// <summary>The post as first recorded when it differs from <paramref name="post"/> in its holder rules, else null.</summary>
    public Post? Disagreeing(Post post) =>
        posts.TryGetValue(post, out Post? known) && (known.AllowsSeveralHolders != post.AllowsSeveralHolders || known.IsPartyPost != post.IsPartyPost)
            ? known
            : null;

    /// <summary>An appointment that must not overlap <paramref name="appointment"/> and does, or null.</summary>
    public Appointment? Clash(Appointment appointment)
    {
        if (!groups.TryGetValue(GroupKey.Of(appointment), out ImmutableSortedSet<Entry>? group))
        {
            return null;
        }

        // The group's intervals are disjoint and sorted by start: only the neighbours of the new start can overlap it.
        int i = group.IndexOf(new Entry(appointment, -1));
        if (i >= 0)
        {
            return group[i].Appointment;
        }

        i = ~i;
        if (i > 0 && group[i - 1].Appointment.Overlaps(appointment))
        {
            return group[i - 1].Appointment;
        }

        return i < group.Count && group[i].Appointment.Overlaps(appointment) ? group[i].Appointment : null;
    }

    /// <summary>The position of the person's open appointment to the post that began before <paramref name="end"/>, or -1.</summary>
    public int OpenAppointment(PersonId person, Post post, LocalDate end)
    {
        if (!posts.TryGetValue(post, out Post? known)
            || !groups.TryGetValue(new GroupKey(known, known.AllowsSeveralHolders ? person : default), out ImmutableSortedSet<Entry>? group))
        {
            return -1;
        }

        // An open appointment has no end, so in a group of disjoint intervals it is the one that starts last.
        Entry last = group.Max;
        return last.Appointment.Person == person && last.Appointment.End is null && last.Appointment.Start < end ? last.Position : -1;
    }

    public IEnumerable<int> PositionsOf(PersonId person) => byPerson.GetValueOrDefault(person) ?? [];

    public IEnumerable<int> PositionsIn(OrgId organisation) => byOrganisation.GetValueOrDefault(organisation) ?? [];

    public bool Contains(DisciplinaryDecision decision) => decisions.Contains(decision);

    /// <summary>A recorded decision that would end <paramref name="appointment"/> (it is held on the decision's effective day),
    /// or null: such an appointment contradicts the decision, which has already ended everything it ends.</summary>
    public DisciplinaryDecision? Ender(Appointment appointment)
    {
        Post post = appointment.Post;
        return FirstWithin(new EndingKey(appointment.Person, post, default), appointment)
            ?? (post.IsPartyPost ? FirstWithin(new EndingKey(appointment.Person, null, default), appointment) : null)
            ?? FirstWithin(new EndingKey(default, null, post.Organisation), appointment);
    }

    public PersonnelIndex WithAppointment(Appointment appointment, int position)
    {
        GroupKey key = GroupKey.Of(appointment);
        ImmutableSortedSet<Entry> group = groups.GetValueOrDefault(key) ?? ImmutableSortedSet.Create<Entry>(EntryByStart.Instance);
        return new(
            groups.SetItem(key, group.Add(new Entry(appointment, position))),
            posts.ContainsKey(appointment.Post) ? posts : posts.Add(appointment.Post, appointment.Post),
            Append(byPerson, appointment.Person, position),
            Append(byOrganisation, appointment.Post.Organisation, position),
            decisions,
            endings);
    }

    /// <summary>Replaces an appointment by the same appointment ended earlier (same start, so the same place in its group).</summary>
    public PersonnelIndex WithEnded(Appointment before, Appointment after, int position)
    {
        GroupKey key = GroupKey.Of(before);
        ImmutableSortedSet<Entry> group = groups[key].Remove(new Entry(before, position)).Add(new Entry(after, position));
        return new(groups.SetItem(key, group), posts, byPerson, byOrganisation, decisions, endings);
    }

    public PersonnelIndex WithDecision(DisciplinaryDecision decision)
    {
        ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>> e = endings;
        var ending = new Ending(decision.EffectiveDate, decision);
        switch (decision)
        {
            case { Form: DisciplineForm.RemovalFromPost, RemovesAllPartyPosts: false, Member: { } m }:
                foreach (Post p in decision.Posts)
                {
                    e = AddEnding(e, new EndingKey(m, p, default), ending);
                }

                break;
            case { Form: DisciplineForm.RemovalFromPost or DisciplineForm.Expulsion, Member: { } m }:
                e = AddEnding(e, new EndingKey(m, null, default), ending);
                break;
            case { Form: DisciplineForm.Dissolution, Organisation: { } o }:
                e = AddEnding(e, new EndingKey(default, null, o), ending);
                break;
        }

        return new(groups, posts, byPerson, byOrganisation, decisions.Add(decision), e);
    }

    private static ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>> AddEnding(
        ImmutableDictionary<EndingKey, ImmutableSortedSet<Ending>> endings, EndingKey key, Ending ending) =>
        endings.SetItem(key, (endings.GetValueOrDefault(key) ?? ImmutableSortedSet.Create<Ending>(EndingByDate.Instance)).Add(ending));

    private static ImmutableDictionary<TKey, ImmutableList<int>> Append<TKey>(ImmutableDictionary<TKey, ImmutableList<int>> map, TKey key, int position)
        where TKey : notnull =>
        map.SetItem(key, (map.GetValueOrDefault(key) ?? []).Add(position));

    private DisciplinaryDecision? FirstWithin(EndingKey key, Appointment appointment)
    {
        if (!endings.TryGetValue(key, out ImmutableSortedSet<Ending>? dated))
        {
            return null;
        }

        // The first effective day on or after the start; it ends the appointment when the appointment is still held then.
        int i = dated.IndexOf(new Ending(appointment.Start, null!));
        i = i >= 0 ? i : ~i;
        return i < dated.Count && appointment.IsHeldOn(dated[i].Date) ? dated[i].Decision : null;
    }

    /// <summary>Appointments that must not overlap: of a single-holder post, or of one person in a post with several holders.</summary>
    private readonly record struct GroupKey(Post Post, PersonId Holder)
    {
        public static GroupKey Of(Appointment a) => new(a.Post, a.Post.AllowsSeveralHolders ? a.Person : default);
    }

    /// <summary>What a decision ends: a member's named post, all a member's Party posts, or an organisation's posts.</summary>
    private readonly record struct EndingKey(PersonId Member, Post? Post, OrgId Organisation);

    private readonly record struct Entry(Appointment Appointment, int Position);

    private readonly record struct Ending(LocalDate Date, DisciplinaryDecision Decision);

    private sealed class EntryByStart : IComparer<Entry>
    {
        public static readonly EntryByStart Instance = new();

        public int Compare(Entry x, Entry y) => x.Appointment.Start.CompareTo(y.Appointment.Start);
    }

    private sealed class EndingByDate : IComparer<Ending>
    {
        public static readonly EndingByDate Instance = new();

        public int Compare(Ending x, Ending y) => x.Date.CompareTo(y.Date);
    }
}
