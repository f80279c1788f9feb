namespace OrgModel.Cli.Commands;

/// <summary>What <c>orgmodel export</c> writes. A new format is one member here and one arm in <see cref="ExportCommand"/>'s switch.</summary>
internal enum ExportFormat
{
    /// <summary>OrgModel's own JSON form of a chart (<c>OrgModelJsonContext</c>): organisations, relations, events and the date.</summary>
    Json,

    /// <summary>Popolo organisations (<c>PopoloJson.Export</c>).</summary>
    Popolo,
}
