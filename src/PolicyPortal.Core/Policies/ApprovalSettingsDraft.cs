namespace PolicyPortal.Core.Policies;

/// <summary>Whether and how requests are approved (Graph <c>requestApprovalSettings</c>).</summary>
public sealed class ApprovalSettingsDraft
{
    public bool IsApprovalRequiredForAdd { get; set; } = true;

    public bool IsApprovalRequiredForUpdate { get; set; }

    public bool IsRequestorJustificationRequired { get; set; } = true;

    /// <summary>1–3 stages when approval is required, none otherwise.</summary>
    public List<ApprovalStageDraft> Stages { get; set; } = [new ApprovalStageDraft()];

    /// <summary>True when either new requests or updates need approval.</summary>
    public bool IsApprovalRequired => IsApprovalRequiredForAdd || IsApprovalRequiredForUpdate;
}

/// <summary>One approval stage (Graph <c>accessPackageApprovalStage</c>).</summary>
public sealed class ApprovalStageDraft
{
    /// <summary>How long a request waits for a decision before it is denied automatically (whole days).</summary>
    public PolicyDuration DurationBeforeAutomaticDenial { get; set; } = PolicyDuration.Days(14);

    public bool IsApproverJustificationRequired { get; set; } = true;

    public bool IsEscalationEnabled { get; set; }

    /// <summary>How long primary approvers have before the request goes to the alternate approvers (escalation only).</summary>
    public PolicyDuration DurationBeforeEscalation { get; set; } = PolicyDuration.Zero;

    public List<Subject> PrimaryApprovers { get; set; } = [];

    public List<Subject> FallbackPrimaryApprovers { get; set; } = [];

    public List<Subject> EscalationApprovers { get; set; } = [];

    public List<Subject> FallbackEscalationApprovers { get; set; } = [];

    public ApproverInformationVisibility ApproverInformationVisibility { get; set; }

    /// <summary>Sent as <c>accessPackageDynamicApprovalStage</c> (a decision stage of a dynamic approval).</summary>
    public bool IsDynamic { get; set; }
}

/// <summary>Whether requestors see who their approvers are (Graph <c>approverInformationVisibility</c>).</summary>
public enum ApproverInformationVisibility
{
    /// <summary>Use the tenant-level setting.</summary>
    Default,
    NotVisible,
    Visible,
}
