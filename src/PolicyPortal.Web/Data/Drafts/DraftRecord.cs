namespace PolicyPortal.Web.Data.Drafts;

/// <summary>
/// One admin's unfinished policy. The wizard's model travels as opaque JSON (<see cref="PayloadJson"/>,
/// versioned by <see cref="SchemaVersion"/>); the other fields are what lists and submit-once need.
/// </summary>
/// <remarks>
/// Change it with <c>with</c> and pass it back to <see cref="IDraftStore.SaveAsync"/>. The store owns
/// <see cref="State"/>, <see cref="SubmittedPolicyId"/>, <see cref="SubmitStartedAt"/>, <see cref="SubmitEvidenceJson"/>, the timestamps and
/// <see cref="Version"/>; values passed for them are ignored.
/// </remarks>
public sealed record DraftRecord
{
    public Guid Id { get; init; }

    /// <summary>The signed-in user's id (the <c>NameIdentifier</c> claim).</summary>
    public required string OwnerId { get; init; }

    public string? AccessPackageId { get; init; }

    public string? AccessPackageName { get; init; }

    public string? PolicyDisplayName { get; init; }

    /// <summary>The wizard step to resume at.</summary>
    public string? CurrentStep { get; init; }

    /// <summary>The wizard's draft model as JSON; must be well-formed JSON.</summary>
    public required string PayloadJson { get; init; }

    public int SchemaVersion { get; init; }

    public DraftMode Mode { get; init; }

    /// <summary>The policy being edited or cloned; empty for <see cref="DraftMode.Create"/>.</summary>
    public string? SourcePolicyId { get; init; }

    /// <summary>Fixed for the draft's life; a submit must present it (see <see cref="IDraftStore.TryBeginSubmitAsync"/>).</summary>
    public Guid SubmissionKey { get; init; }

    public DraftState State { get; init; }

    public string? SubmittedPolicyId { get; init; }

    /// <summary>When the current submit began; a long-past value means its outcome is unknown.</summary>
    public DateTimeOffset? SubmitStartedAt { get; init; }

    /// <summary>What the current submit sent and what the package held before it (JSON, opaque to the store): how a
    /// submit whose answer was lost is told apart from someone else's policy of the same name.</summary>
    public string? SubmitEvidenceJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency token: changes on every write. <see cref="Guid.Empty"/> means "not saved yet".</summary>
    public Guid Version { get; init; }
}
