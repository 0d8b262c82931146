using FluentValidation;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private void BasicsRules()
    {
        RuleFor(draft => draft.DisplayName).NotEmpty()
            .WithMessage("The policy needs a name. Type a short name requestors will recognise, e.g. \"Employees – manager approval\".");
        RuleFor(draft => draft.Description).NotEmpty()
            .WithMessage("The policy needs a description. Say who it is for and how access is granted.");
        RuleFor(draft => draft.AccessPackage.Id).NotEmpty()
            .WithMessage("Choose the access package this policy belongs to.");

        Check((draft, context) =>
        {
            var others = PackageContext(context).OthersThan(draft.Id).Count();
            if (others >= PackagePolicyContext.MaxPoliciesPerPackage)
            {
                context.Fail("AccessPackage.Id",
                    $"This access package already has {others} other policies and Entra allows at most {PackagePolicyContext.MaxPoliciesPerPackage} per package. "
                    + "Edit or delete one of them, or choose another access package.");
            }
        });
    }
}
