namespace PolicyPortal.Sandbox.Policies;

/// <summary>Stable codes for refused policies (the README lists them with the rule each one enforces).</summary>
internal static class PolicyErrorCodes
{
    public const string Duration = "InvalidPolicy.Duration";
    public const string Schema = "InvalidPolicy.Schema";
    public const string AccessPackageRequired = "InvalidPolicy.AccessPackageRequired";
    public const string AccessPackageNotFound = "InvalidPolicy.AccessPackageNotFound";
    public const string AccessPackageImmutable = "InvalidPolicy.AccessPackageImmutable";
    public const string IdMismatch = "InvalidPolicy.IdMismatch";
    public const string MixedTargets = "InvalidPolicy.MixedTargets";
    public const string TargetScope = "InvalidPolicy.TargetScope";
    public const string AutoAssignmentTargets = "InvalidPolicy.AutoAssignmentTargets";
    public const string AutoAssignmentLimit = "InvalidPolicy.AutoAssignmentLimit";
    public const string ApprovalStageCount = "InvalidPolicy.ApprovalStageCount";
    public const string ApproverRequired = "InvalidPolicy.ApproverRequired";
    public const string FallbackApproverRequired = "InvalidPolicy.FallbackApproverRequired";
    public const string SponsorsRequireConnectedOrganization = "InvalidPolicy.SponsorsRequireConnectedOrganization";
    public const string Escalation = "InvalidPolicy.Escalation";
    public const string ManagerLevel = "InvalidPolicy.ManagerLevel";
    public const string SubjectNotFound = "InvalidPolicy.SubjectNotFound";
    public const string Expiration = "InvalidPolicy.Expiration";
    public const string ReviewRecurrence = "InvalidPolicy.ReviewRecurrence";
    public const string ReviewersRequired = "InvalidPolicy.ReviewersRequired";
    public const string CustomExtensionNotFound = "InvalidPolicy.CustomExtensionNotFound";
}
