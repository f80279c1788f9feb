using System.Text.Json;
using System.Text.Json.Serialization;
using OrgModel.EntityFrameworkCore.Tracker;

namespace OrgModel.Service;

/// <summary>Source-generated JSON for the service's own answers; OrgModel types inside them use their own converters, and
/// NodaTime dates <see cref="IsoLocalDateConverter"/> (added to the service's options).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<TrackerAssignmentStatus>))]
[JsonSerializable(typeof(IReadOnlyList<ProvinceSummary>))]
[JsonSerializable(typeof(OverdueAnswer))]
[JsonSerializable(typeof(TaskStored))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
