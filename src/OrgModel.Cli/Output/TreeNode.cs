namespace OrgModel.Cli.Output;

/// <summary>A node of a tree result: its label for people, its fields for JSON, and its children.</summary>
internal sealed record TreeNode(string Label, IReadOnlyList<KeyValuePair<string, object?>> Fields, IReadOnlyList<TreeNode> Children);
