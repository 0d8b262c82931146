namespace PolicyPortal.Core.Policies;

/// <summary>Who can be assigned through the policy; mirrors Graph v1.0 <c>allowedTargetScope</c> member for member.</summary>
public enum AllowedTargetScope
{
    /// <summary>Nobody may request: administrators assign directly.</summary>
    NotSpecified,
    SpecificDirectoryUsers,
    SpecificConnectedOrganizationUsers,
    SpecificDirectoryServicePrincipals,
    AllMemberUsers,
    AllDirectoryUsers,
    AllDirectoryServicePrincipals,
    AllConfiguredConnectedOrganizationUsers,
    AllExternalUsers,
    AllDirectoryAgentIdentities,

    /// <summary>Graph's evolvable-enum sentinel; never a valid choice (the validator says so).</summary>
    UnknownFutureValue,
}
