using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>
/// Who held the key posts at the centre in the 13th and 14th national terms, embedded in the package: the General
/// Secretary, the President, the Prime Minister, the Chairman of the National Assembly, the Permanent Member of the
/// Secretariat, the chair of the Central Inspection Commission and of the Fatherland Front, the Politburo of the 13th term
/// (18 elected, with every later change, complete from 31 January 2021) and of the 14th (19), the Secretariat (13) of the
/// 14th term, the 13th Secretariat as far as its changes are sourced (complete on 31 January 2021 and 9 April 2021 only), and the heads of the central commissions where a dated text names them.
/// </summary>
/// <remarks>
/// <para>Every fact names its source (<see cref="SourceOf"/> for an appointment, <see cref="Attestation.Source"/> for an
/// attestation; all are listed in docs/sources.md). A post held on a day known only from a dated text, with no sourced
/// start, is an <see cref="Attestation"/>, never an appointment with a guessed start: ask
/// <see cref="PersonnelRecord.HoldersWithEvidenceOn"/> to see which is which.</para>
/// <para>An appointment without an end is open as far as the sources go, which is <see cref="SourcedThrough"/>: a holder
/// after that day is not something the data says.</para>
/// <para>Thread safety: built once, lazily, on first use; immutable and thread-safe.</para>
/// </remarks>
public static class VietnamLeaders
{
    private static readonly Lazy<(PersonnelRecord Record, FrozenDictionary<Appointment, string> Sources)> Data =
        new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the record of people, appointments and attestations.</summary>
    public static PersonnelRecord Record => Data.Value.Record;

    /// <summary>Gets the last day a shipped fact speaks of (a start, an end or an attested day): the data says nothing of
    /// later days.</summary>
    public static LocalDate SourcedThrough
    {
        get
        {
            PersonnelRecord r = Record;
            LocalDate last = r.Attestations.Max(a => a.Date);
            foreach (Appointment a in r.Appointments)
            {
                LocalDate d = a.End ?? a.Start;
                last = d > last ? d : last;
            }

            return last;
        }
    }

    /// <summary>Returns whether the shipped facts speak of a day: true up to <see cref="SourcedThrough"/>. After that day an
    /// open appointment still answers <see cref="PersonnelRecord.HolderOn"/>, but only because no later text was read, so a
    /// caller asking about a later day (the posts filled by the 16th National Assembly from April 2026, say) should check
    /// this first.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>True when the day is not after the last day a shipped fact speaks of.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not in the ISO calendar.</exception>
    public static bool Covers(LocalDate day) => Preconditions.CheckIso(day) <= SourcedThrough;

    /// <summary>Returns the sources of a shipped appointment.</summary>
    /// <param name="appointment">An appointment of <see cref="Record"/>.</param>
    /// <returns>The sources (addresses and document symbols, separated by " ; "), or null when the appointment is not shipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    public static string? SourceOf(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return Data.Value.Sources.GetValueOrDefault(appointment);
    }

    private static (PersonnelRecord, FrozenDictionary<Appointment, string>) Build()
    {
        var sourced = VietnamLeadersData.Appointments().ToList();
        PersonnelRecord record = PersonnelRecord.Empty.WithPeople(VietnamLeadersData.People())
            .WithAppointments(sourced.Select(s => s.Appointment))
            .WithAttestations(VietnamLeadersData.Attestations());
        return (record, sourced.ToFrozenDictionary(s => s.Appointment, s => s.Source));
    }
}
