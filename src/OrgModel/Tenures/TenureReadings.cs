namespace OrgModel.Tenures;

/// <summary>The terms a text can stand for (<see cref="Tenure.ReadingsOf"/>): one for most texts, several for a bare year
/// range such as "the 2026–2031 term".</summary>
/// <remarks>Thread safety: immutable and thread-safe.</remarks>
public sealed class TenureReadings
{
    internal TenureReadings(string text, Tenure @default, IEnumerable<Tenure> readings)
    {
        Text = text;
        Default = @default;
        Readings = readings.ToImmutableArray();
    }

    /// <summary>Gets the text read.</summary>
    public string Text { get; }

    /// <summary>Gets every reading, the national ones first (see <see cref="Tenure.ReadingsOf"/>); never empty.</summary>
    public IReadOnlyList<Tenure> Readings { get; }

    /// <summary>Gets the reading <see cref="Tenure.Parse(string)"/> returns (a local Party term for a bare range), which
    /// may not be among <see cref="Readings"/> when the range is off the local Party cycle.</summary>
    public Tenure Default { get; }

    /// <summary>Gets a value indicating whether the text has more than one reading, so that the caller must choose.</summary>
    public bool IsAmbiguous => Readings.Count > 1;

    /// <summary>Returns the reading of a kind, if the text has one.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="term">The reading when found.</param>
    /// <returns>True when one reading is of that kind.</returns>
    public bool TryGet(TenureKind kind, out Tenure term)
    {
        foreach (Tenure t in Readings)
        {
            if (t.Kind == kind)
            {
                term = t;
                return true;
            }
        }

        term = default;
        return false;
    }

    /// <summary>Gets the text and its readings.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"\"{Text}\": {string.Join(" | ", Readings.Select(r => r.ToString("F", null)))}";
}
