namespace OrgModel.Cli.Output;

/// <summary>A result as rows of named columns: the column names are the JSON member names and the table headers.</summary>
internal sealed class RecordSet
{
    private readonly List<Record> _rows = [];

    public RecordSet(params string[] columns) => Columns = columns;

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<Record> Rows => _rows;

    /// <summary>True for the one answer to a question: a table shows it as name/value lines, JSON as an object, not an array.</summary>
    public bool IsSingle { get; init; }

    public RecordSet Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{values.Length} values for {Columns.Count} columns.", nameof(values));
        }

        _rows.Add(new Record(values));
        return this;
    }
}
