namespace PolicyPortal.Core.Policies;

/// <summary>When a custom workflow extension runs (Graph <c>accessPackageCustomExtensionStage</c>).</summary>
public enum CustomExtensionStage
{
    AssignmentRequestCreated,
    AssignmentRequestApproved,
    AssignmentRequestGranted,
    AssignmentRequestRemoved,
    AssignmentFourteenDaysBeforeExpiration,
    AssignmentOneDayBeforeExpiration,
}

/// <summary>The two kinds of custom workflow extension an access package policy runs.</summary>
public enum CustomExtensionKind
{
    /// <summary><c>accessPackageAssignmentRequestWorkflowExtension</c>.</summary>
    RequestWorkflow,

    /// <summary><c>accessPackageAssignmentWorkflowExtension</c>.</summary>
    AssignmentWorkflow,
}

/// <summary>Runs a catalog's custom extension at a stage of the assignment's life.</summary>
public sealed class CustomExtensionStageSettingDraft
{
    /// <summary>Graph id of an existing setting (edits only).</summary>
    public string? Id { get; set; }

    public CustomExtensionStage Stage { get; set; }

    public string CustomExtensionId { get; set; } = "";

    public string? CustomExtensionDisplayName { get; set; }

    /// <summary>The extension's kind as the policy states it; <c>null</c> (a setting picked in the wizard) follows the stage.</summary>
    public CustomExtensionKind? Kind { get; set; }

    /// <summary>The kind sent: the one stated, else the one the stage implies (see <see cref="IsAssignmentStage"/>).</summary>
    public CustomExtensionKind EffectiveKind => Kind ?? (IsAssignmentStage(Stage) ? CustomExtensionKind.AssignmentWorkflow : CustomExtensionKind.RequestWorkflow);

    /// <summary>
    /// The two pre-expiration stages run an assignment workflow extension; the request stages run a request workflow
    /// extension (inferred from the stage names; Graph's docs do not pair them explicitly).
    /// </summary>
    public static bool IsAssignmentStage(CustomExtensionStage stage) =>
        stage is CustomExtensionStage.AssignmentFourteenDaysBeforeExpiration or CustomExtensionStage.AssignmentOneDayBeforeExpiration;
}
