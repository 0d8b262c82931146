using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Components.Pages.Bulk;

/// <summary>The changes the page offers, one per <see cref="BulkEdit"/>.</summary>
public enum BulkEditKind
{
    FallbackApprover,
    ApprovalTimeout,
    Justification,
    Expiration,
    Review,
}

/// <summary>What the admin filled in for a change, turned into a <see cref="BulkEdit"/> once every field it needs is
/// there; until then each missing field has its message.</summary>
public sealed class BulkEditForm
{
    private readonly Dictionary<string, string> _errors = [];

    public BulkEditKind Kind { get; set; }

    public IReadOnlyList<DirectoryEntry> Approver { get; set; } = [];

    public bool ReplaceExisting { get; set; }

    public int? Days { get; set; } = 14;

    public bool Required { get; set; } = true;

    public ReviewFrequency Frequency { get; set; } = ReviewFrequency.Quarterly;

    public DateTime? FirstReview { get; set; }

    public ReviewerType Reviewers { get; set; } = ReviewerType.Manager;

    public IReadOnlyList<DirectoryEntry> SpecificReviewers { get; set; } = [];

    public static string Title(BulkEditKind kind) => kind switch
    {
        BulkEditKind.FallbackApprover => "Add or replace a fallback approver",
        BulkEditKind.ApprovalTimeout => "Set the approval time-out",
        BulkEditKind.Justification => "Turn requestor justification on or off",
        BulkEditKind.Expiration => "Set the expiration",
        _ => "Set the access review frequency and reviewers",
    };

    public string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    /// <summary>The edit, or null with the fields' messages set.</summary>
    public BulkEdit? Build()
    {
        _errors.Clear();
        BulkEdit? edit = Kind switch
        {
            BulkEditKind.FallbackApprover when Approver is [var entry] => new BulkEdit.FallbackApprover(Subject(entry), ReplaceExisting),
            BulkEditKind.FallbackApprover => Missing(nameof(Approver), "Pick the user or group who approves when nobody else can."),
            BulkEditKind.ApprovalTimeout when Days is { } days => new BulkEdit.ApprovalTimeout(PolicyDuration.Days(days)),
            BulkEditKind.Expiration when Days is { } days => new BulkEdit.Expiration(PolicyDuration.Days(days)),
            BulkEditKind.ApprovalTimeout or BulkEditKind.Expiration => Missing(nameof(Days), "Enter a number of days."),
            BulkEditKind.Justification => new BulkEdit.RequestorJustification(Required),
            _ => Review(),
        };
        return edit;
    }

    private BulkEdit? Review()
    {
        if (FirstReview is not { } first)
        {
            return Missing(nameof(FirstReview), "Pick the day the first review starts.");
        }
        if (Reviewers == ReviewerType.Specific && SpecificReviewers.Count == 0)
        {
            return Missing(nameof(SpecificReviewers), "Pick at least one reviewer, or choose other reviewers.");
        }
        var start = new DateTimeOffset(DateTime.SpecifyKind(first.Date, DateTimeKind.Utc));
        return new BulkEdit.Review(Frequency, start, Reviewers, [.. SpecificReviewers.Select(Subject)]);
    }

    private BulkEdit? Missing(string field, string message)
    {
        _errors[field] = message;
        return null;
    }

    private static Subject Subject(DirectoryEntry entry) => new(entry.Kind) { ObjectId = entry.Id, DisplayName = entry.DisplayName, Detail = entry.Detail };
}
