using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.EntityFrameworkCore.Tracker;

/// <summary>A row of <c>Documents</c>: a document that assigns tasks, numbered or not.</summary>
public sealed class TrackerDocument
{
    /// <summary>Gets or sets the key (primary key): the number, or kind, issuer, date and slug of a text without one.</summary>
    public DocumentKey Key { get; set; }

    /// <summary>Gets or sets the number, or null for a text without one.</summary>
    public DocumentNumber? Number { get; set; }

    /// <summary>Gets or sets the title, or null when not recorded.</summary>
    public string? Title { get; set; }

    /// <summary>Gets the tasks the document assigns.</summary>
    public IList<TrackerTask> Tasks { get; } = [];
}
