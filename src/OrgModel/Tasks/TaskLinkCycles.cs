using OrgModel.Utility;

namespace OrgModel.Tasks;

/// <summary>Finds a link to an unknown task or a cycle among task links by depth-first search, without recursion (a long chain of restatements must not
/// overflow the stack).</summary>
internal static class TaskLinkCycles
{
    /// <summary>Describes the first link that names no task of the set, or a cycle, or returns null when the links are sound.</summary>
    public static string? Problem(IEnumerable<TaskItem> tasks)
    {
        var byId = new Dictionary<string, TaskItem>(StringComparer.Ordinal);
        foreach (TaskItem t in tasks)
        {
            byId.TryAdd(t.Id, t);
        }

        foreach (TaskItem t in byId.Values)
        {
            foreach (TaskLink l in t.Links)
            {
                if (!byId.ContainsKey(l.Target))
                {
                    return $"Task \"{Preconditions.Quote(t.Id)}\" links to \"{Preconditions.Quote(l.Target)}\", which is not among the tasks.";
                }
            }
        }

        return Cycle(byId);
    }

    private static string? Cycle(Dictionary<string, TaskItem> byId)
    {
        // 0 unvisited, 1 on the current path, 2 done.
        var state = new Dictionary<string, int>(byId.Count, StringComparer.Ordinal);
        var stack = new Stack<(string Id, int Next)>();
        foreach (string root in byId.Keys)
        {
            if (state.GetValueOrDefault(root) != 0)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                (string id, int next) = stack.Pop();
                IReadOnlyList<TaskLink> links = byId[id].Links;
                if (next == links.Count)
                {
                    state[id] = 2;
                    continue;
                }

                stack.Push((id, next + 1));
                string target = links[next].Target;
                switch (state.GetValueOrDefault(target))
                {
                    case 1:
                        return $"The links of task \"{Preconditions.Quote(id)}\" lead back to \"{Preconditions.Quote(target)}\": links form no cycle.";
                    case 0:
                        state[target] = 1;
                        stack.Push((target, 0));
                        break;
                }
            }
        }

        return null;
    }
}
