namespace PolicyPortal.Core.Lint;

/// <summary>The rule ids <see cref="PolicyLint"/> reports, stable for docs and tests.</summary>
public static class LintRules
{
    public const string ShadowedPopulation = "PPL001";
    public const string ExternalWithoutApproval = "PPL002";
    public const string UnreviewedAccess = "PPL003";
    public const string SingleApproverWithoutFallback = "PPL004";
    public const string ManagerOrSponsorWithoutFallback = "PPL005";
    public const string DefaultName = "PPL006";
    public const string TooManyPolicies = "PPL007";
    public const string ReviewLongerThanFrequency = "PPL008";
    public const string NoDescription = "PPL009";
    public const string TargetsBesideAllScope = "PPL010";
    public const string UnusedEscalationApprovers = "PPL011";
    public const string RepeatedCustomExtensionStage = "PPL012";
    public const string HiddenDirectionControls = "PPL013";
}
