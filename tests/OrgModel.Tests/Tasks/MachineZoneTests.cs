using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Runs alone: it changes the process's local time zone (TZ) and puts it back.</summary>
[CollectionDefinition(nameof(MachineZoneIsolation), DisableParallelization = true)]
public sealed class MachineZoneIsolation;

[Collection(nameof(MachineZoneIsolation))]
public class MachineZoneTests
{
    [Theory]
    [InlineData("UTC")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Asia/Ho_Chi_Minh")]
    public void StatusChangesAtTheSameInstant_WhateverTheMachineZone(string machineZone)
    {
        string? saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", machineZone);
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(machineZone, TimeZoneInfo.Local.Id);
            var task = new TaskItem("201-KL/TW", new LocalDate(2025, 10, 31), "x", null, Deadline.ParsePhrase("trước ngày 15/12/2025", new LocalDate(2025, 10, 31)));
            var a = new Assignment(task, new Organisation(OrgId.Parse("t.a"), OrganisationKind.PartyCommittee, OrgLevel.Province, "A"));
            Assert.Equal(Instant.FromUtc(2025, 12, 15, 17, 0), a.PassesAt);
            Assert.Equal(AssignmentStatus.InProgress, a.StatusAt(Instant.FromUtc(2025, 12, 15, 16, 59, 59) + Duration.FromNanoseconds(999_999_999)));
            Assert.Equal(AssignmentStatus.Overdue, a.StatusAt(Instant.FromUtc(2025, 12, 15, 17, 0)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
