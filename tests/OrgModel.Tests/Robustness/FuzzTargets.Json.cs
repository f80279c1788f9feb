using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tenures;

namespace OrgModel.Tests.Robustness;

/// <summary>JSON readers of the documents, personnel, deadlines, tenures and calendar types.</summary>
internal static class JsonFuzzTargets
{
    public static IEnumerable<FuzzTarget> All()
    {
        OrgModelJsonContext cleared = OrgModelJson.WithClearance(ConfidentialityMark.TopSecret);
        yield return Target("JSON Document", cleared.Document, DocumentRegistry.Vietnam.Documents.Take(4));
        yield return Target("JSON DocumentRegistry", cleared.DocumentRegistry, [new DocumentRegistry(DocumentRegistry.Vietnam.Documents.Take(3))]);

        var lam = new Person(PersonId.Parse("to-lam"), VietnameseName.Parse("Tô Lâm"), PartialDate.FromYear(1957));
        var xiv = new Appointment(lam.Id, Post.GeneralSecretary, new LocalDate(2026, 1, 23), AppointmentStart.Elected, Tenure.NationalParty(14));
        PersonnelRecord record = PersonnelRecord.Empty.WithPerson(lam).WithAppointment(xiv);
        yield return Target("JSON PersonnelRecord", OrgModelJson.Context.PersonnelRecord, [record]);
        yield return Target("JSON DisciplinaryDecision", OrgModelJson.Context.DisciplinaryDecision,
        [
            DisciplinaryDecision.RemovalFromAllPartyPosts(lam.Id, Post.GeneralSecretary.Organisation, new LocalDate(2025, 7, 19), legalBasis: DocumentNumber.Parse("69-QĐ/TW")),
        ]);

        var date = new LocalDate(2025, 10, 31);
        var task = new TaskItem("201-KL/TW chairs", date, "Arrange non-local chairs", AssignmentScope.CommunesOfProvince("01", ScopeBody.PeoplesCommittee),
            Deadline.ParsePhrase("trước ngày 15/12/2025", date), DocumentNumber.Parse("201-KL/TW"));
        yield return Target("JSON TaskItem", OrgModelJson.Context.TaskItem, [task]);
        yield return Target("JSON TaskTracker", OrgModelJson.Context.TaskTracker, [new TaskTracker(task.Expand(VietnamReferenceData.OrgChart).Take(3))]);
        yield return Target("JSON Roadmap", OrgModelJson.Context.Roadmap,
        [
            new Roadmap("congresses", [new Milestone("a", "Grassroots", Deadline.OnOrBefore(new LocalDate(2025, 7, 31))), new Milestone("b", "Communes", Deadline.OnOrBefore(new LocalDate(2025, 10, 31)), ["a"])]),
        ]);
        yield return Target("JSON CentralConference", OrgModelJson.Context.CentralConference, TenureFacts.CentralConferences.Take(2));
        yield return Target("JSON WorkingDayCalendar", OrgModelJson.Context.WorkingDayCalendar, [new WorkingDayCalendar(new PublicHolidays(PublicHolidays.LabourCode2019.Take(3), PublicHolidays.Announced.Take(2)))]);
        yield return Target("JSON VietnameseLunarDate", OrgModelJson.Context.VietnameseLunarDate, [new VietnameseLunarDate(2025, 6, 15, true)]);
    }

    private static FuzzTarget Target<T>(string name, JsonTypeInfo<T> info, IEnumerable<T> values) =>
        new(name, [.. values.Select(v => JsonSerializer.Serialize(v, info))],
            s => JsonSerializer.Serialize(JsonSerializer.Deserialize(FuzzTargets.Utf8(s), info)!, info),
            typeof(JsonException));
}
