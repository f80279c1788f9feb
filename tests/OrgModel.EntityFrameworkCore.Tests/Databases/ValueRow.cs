using NodaTime;
using OrgModel.Calendar;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Tasks;
using OrgModel.Tenures;

namespace OrgModel.EntityFrameworkCore.Tests.Databases;

/// <summary>One column of every mapped type, some nullable, as an entity would hold them.</summary>
public sealed class ValueRow
{
    public int Id { get; set; }

    public DocumentNumber Number { get; set; }

    public DocumentNumber? OtherNumber { get; set; }

    public PartyDocumentNumber Party { get; set; }

    public StateDocumentNumber State { get; set; }

    public OrgId Org { get; set; }

    public OrgId? Parent { get; set; }

    public PersonId Person { get; set; }

    public Tenure Term { get; set; }

    public VietnameseName Name { get; set; }

    public VietnameseLunarDate Lunar { get; set; }

    public PartialDate Born { get; set; }

    public Deadline Due { get; set; }

    public Deadline? OtherDue { get; set; }

    public CentralConferenceNumber Conference { get; set; }

    public DeadlineKind Kind { get; set; }

    public OrgLevel Level { get; set; }

    public AssignmentStatus? Status { get; set; }

    public LocalDate Issued { get; set; }

    public LocalDateTime Local { get; set; }

    public LocalTime Time { get; set; }

    public Instant At { get; set; }

    /// <summary>The columns that differ from <paramref name="other"/>'s; a deadline's wording counts.</summary>
    public IReadOnlyList<string> Differences(ValueRow other)
    {
        var d = new List<string>();
        void Check<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                d.Add($"{name}: {a} != {b}");
            }
        }

        Check(nameof(Number), Number, other.Number);
        Check(nameof(OtherNumber), OtherNumber, other.OtherNumber);
        Check(nameof(Party), Party, other.Party);
        Check(nameof(State), State, other.State);
        Check(nameof(Org), Org, other.Org);
        Check(nameof(Parent), Parent, other.Parent);
        Check(nameof(Person), Person, other.Person);
        Check(nameof(Term), Term, other.Term);
        Check(nameof(Name), Name, other.Name);
        Check(nameof(Lunar), Lunar, other.Lunar);
        Check(nameof(Born), Born, other.Born);
        Check(nameof(Due), Due, other.Due);
        Check("Due.Wording", Due.Wording, other.Due.Wording);
        Check(nameof(OtherDue), OtherDue, other.OtherDue);
        Check("OtherDue.Wording", OtherDue?.Wording, other.OtherDue?.Wording);
        Check(nameof(Conference), Conference, other.Conference);
        Check(nameof(Kind), Kind, other.Kind);
        Check(nameof(Level), Level, other.Level);
        Check(nameof(Status), Status, other.Status);
        Check(nameof(Issued), Issued, other.Issued);
        Check(nameof(Local), Local, other.Local);
        Check(nameof(Time), Time, other.Time);
        Check(nameof(At), At, other.At);
        return d;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Number} {OtherNumber} {Party} {State} {Org} {Parent} {Person} {Term} {Name} {Lunar} {Born} [{Due} / {Due.Wording}] [{OtherDue} / {OtherDue?.Wording}] {Conference} {Kind} {Level} {Status} {Issued} {Local} {Time} {At}";
}
