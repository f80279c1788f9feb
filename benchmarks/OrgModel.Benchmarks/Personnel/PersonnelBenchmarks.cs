using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;

namespace OrgModel.Benchmarks.Personnel;

/// <summary>Sorting 1,000 names in Vietnamese order against a naive ordinal sort on "given family middle" strings
/// (fast but wrong for đ, ă, â, ê, ô, ơ, ư and tones).</summary>
[MemoryDiagnoser]
public class VietnameseNameSortBenchmarks
{
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Vương", "Đỗ", "Bùi", "Trịnh", "Tô"];
    private static readonly string[] Middles = ["", "Văn", "Thị", "Minh", "Xuân", "Đức", "Chí", "Cẩm", "Thanh", "Gia"];
    private static readonly string[] Givens = ["Lâm", "Lam", "Tú", "Túc", "Phúc", "Huệ", "Khái", "Tiến", "Duy", "Công", "Hưng", "Trí", "Ân", "An", "Ăn"];
    private VietnameseName[] names = [];

    /// <summary>Builds the names.</summary>
    [GlobalSetup]
    public void Setup() =>
        names = Enumerable.Range(0, 1_000)
            .Select(i => VietnameseName.Create(Families[i * 7 % Families.Length], Middles[i * 3 % Middles.Length], Givens[i * 11 % Givens.Length]))
            .ToArray();

    /// <summary>Vietnamese order.</summary>
    /// <returns>The sorted names.</returns>
    [Benchmark]
    public VietnameseName[] VietnameseOrder()
    {
        var copy = (VietnameseName[])names.Clone();
        Array.Sort(copy, VietnameseName.Comparer);
        return copy;
    }

    /// <summary>Naive ordinal order on a concatenated key.</summary>
    /// <returns>The sorted names.</returns>
    [Benchmark(Baseline = true)]
    public VietnameseName[] NaiveOrdinal()
    {
        var copy = (VietnameseName[])names.Clone();
        Array.Sort(copy, (a, b) => string.CompareOrdinal(a.Given + " " + a.Family + " " + a.Middle, b.Given + " " + b.Family + " " + b.Middle));
        return copy;
    }
}

/// <summary>The non-local rule over the 34 provincial People's Committee chairs of the reference chart, each born in an old
/// commune, against a naive evaluation that re-snapshots the chart and maps every appointment from scratch.</summary>
[MemoryDiagnoser]
public class NonLocalRuleBenchmarks
{
    private static readonly LocalDate Day = NonLocalRule.Conclusion201Deadline;
    private OrgChart chart = VietnamReferenceData.OrgChart;
    private PersonnelRecord record = PersonnelRecord.Empty;

    /// <summary>Builds 34 placeholder chairs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        chart = VietnamReferenceData.OrgChart;
        OrgChart onDay = chart.AsOf(Day);
        IReadOnlyList<Organisation> provinces = VietnamReferenceData.Provinces(Day);
        IReadOnlyList<Organisation> oldCommunes = VietnamReferenceData.Communes(new LocalDate(2025, 6, 30));
        PersonnelRecord r = PersonnelRecord.Empty;
        for (int i = 0; i < provinces.Count; i++)
        {
            var id = PersonId.Parse("chair-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            r = r.WithPerson(new Person(id, VietnameseName.Parse("Nguyễn Văn A"), null, oldCommunes[i * 290 % oldCommunes.Count].Id))
                .WithAppointment(new Appointment(id, Post.PeoplesCommitteeChair(onDay.BodiesOf(provinces[i].Id)!.PeoplesCommittee!.Id), new LocalDate(2025, 7, 1), AppointmentStart.Elected));
        }

        record = r;
    }

    /// <summary>The rule.</summary>
    /// <returns>The violations.</returns>
    [Benchmark]
    public int Rule() => NonLocalRule.Conclusion201.Evaluate(chart, record, Day).Count;

    /// <summary>Naive: a fresh snapshot per appointment and a walk over every province.</summary>
    /// <returns>The violations.</returns>
    [Benchmark(Baseline = true)]
    public int Naive()
    {
        int count = 0;
        foreach (Appointment a in record.AppointmentsOn(Day))
        {
            OrgChart onDay = chart.AsOf(Day);
            Person p = record.Find(a.Person)!;
            Organisation? province = VietnamReferenceData.Provinces(Day)
                .FirstOrDefault(u => onDay.BodiesOf(u.Id)?.PeoplesCommittee?.Id == a.Post.Organisation);
            if (province is null || p.Birthplace is not { } place)
            {
                continue;
            }

            foreach (Organisation unit in chart.Successors(place, Day))
            {
                if (onDay.Path(unit.Id).Any(o => o.Id == province.Id))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
