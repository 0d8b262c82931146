namespace PolicyPortal.Web.Data.Bulk;

/// <summary>One "Apply" of a bulk plan: who started it, what it does, and whether it is over.</summary>
public sealed class BulkRunRecord
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The change in words, as the plan showed it.</summary>
    public required string Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When every item was settled; null while the run can go on.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    public List<BulkRunItemRecord> Items { get; init; } = [];
}

/// <summary>Where one item of a run stands. <see cref="Sent"/> is written before its request goes out, so after a
/// crash nothing in that state is sent again before Graph has been asked whether it landed.</summary>
public enum BulkItemState
{
    Pending,
    Sent,
    Succeeded,
    Failed,

    /// <summary>Graph holds policies PolicyPortal cannot tell from the one sent: an admin must look.</summary>
    Unknown,
}

/// <summary>One policy a run creates, replaces or deletes.</summary>
public sealed class BulkRunItemRecord
{
    public long Id { get; init; }

    public Guid RunId { get; init; }

    public int Sequence { get; init; }

    public required string AccessPackageId { get; init; }

    public string? AccessPackageName { get; init; }

    /// <summary>Deletes <see cref="PolicyId"/> rather than writing the draft.</summary>
    public bool IsDelete { get; init; }

    /// <summary>The policy replaced or deleted, or once created, the new policy.</summary>
    public string? PolicyId { get; set; }

    public string? PolicyDisplayName { get; init; }

    /// <summary>The policy to write, as a serialized draft (prepared again for each send).</summary>
    public required string DraftJson { get; init; }

    /// <summary>The package's policy ids when the plan was made: a create is ours only if its id is not among them.</summary>
    public required string PriorPolicyIdsJson { get; init; }

    public BulkItemState State { get; set; }

    /// <summary>The body of the last send; null before the first.</summary>
    public string? SentJson { get; set; }

    public int? HttpStatus { get; set; }

    public string? GraphRequestId { get; set; }

    /// <summary>Why it failed or is unknown, for people.</summary>
    public string? Error { get; set; }
}
