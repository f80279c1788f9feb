namespace OrgModel.Organisations;

/// <summary>
/// What a reader of a whole chart already found while reading it, handed to the validation so that it is not found
/// twice: the index of every organisation by id (built without a duplicate), and the indexes of each relation's ends
/// (-1 where the reader did not find one; the validation looks those up itself and reports them if they are unknown).
/// </summary>
/// <param name="Index">The index of each organisation by its canonical id; no id was given twice.</param>
/// <param name="Sources">The index of each relation's source, or -1.</param>
/// <param name="Targets">The index of each relation's target, or -1.</param>
internal sealed record ChartLinks(Dictionary<string, int> Index, int[] Sources, int[] Targets);
