namespace OrgModel.Tasks;

/// <summary>The "clears" a well-formed task states (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền).</summary>
/// <remarks>Thread safety: an enum, immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<TaskClarity>))]
public enum TaskClarity
{
    /// <summary>Clear people: who leads the task (a lead scope is given).</summary>
    People = 0,

    /// <summary>Clear work: what is to be done (the action is stated).</summary>
    Work,

    /// <summary>Clear time: by when (a deadline with a due date).</summary>
    Time,

    /// <summary>Clear responsibility: who answers for it (a responsible post or person is named).</summary>
    Responsibility,

    /// <summary>Clear product: the expected deliverable is named.</summary>
    Product,

    /// <summary>Clear authority: the task cites the document that assigns it (the sixth "clear" of the 14th Congress line).</summary>
    Authority,
}
