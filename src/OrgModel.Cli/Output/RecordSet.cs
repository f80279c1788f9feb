namespace OrgModel.Cli.Output;

/// <summary>A result as rows of named columns: the column names are the JSON member names and the table headers.</summary>
internal sealed class RecordSet
{
    private readonly List<Record> _rows = [];

    public RecordSet(params string[] columns) => Columns = columns;

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<Record> Rows => _rows;

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
