using FluentValidation;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private void BasicsRules()
    {
        // Source: Graph create accessPackageAssignmentPolicy — displayName and accessPackage are what every example sends;
        // the Entra admin center requires a policy name. The description is optional (docs example 4 sends ""), and Graph
        // documents no limit on policies per package ("An access package can have zero or more policies"): both are lint.
        RuleFor(draft => draft.DisplayName).NotEmpty()
            .WithMessage("The policy needs a name. Type a short name requestors will recognise, e.g. \"Employees – manager approval\".");
        RuleFor(draft => draft.AccessPackage.Id).NotEmpty()
            .WithMessage("Choose the access package this policy belongs to.");
    }
}
