namespace OrgModel.Diagrams;

/// <summary>The colour family of a node: which part of the system it belongs to, or its side of a merger.</summary>
internal enum NodeStyle
{
    Party,
    State,
    Front,
    Unit,
    Before,
}
