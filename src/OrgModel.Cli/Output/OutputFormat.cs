namespace OrgModel.Cli.Output;

/// <summary>How a command writes its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table or tree (coloured on a terminal, plain aligned text when piped).</summary>
    Table,

    /// <summary>One JSON value.</summary>
    Json,

    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header line (RFC 4180 quoting).</summary>
    Csv,
}
