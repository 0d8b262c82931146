using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const string Targets = "SpecificAllowedTargets";

    private void WhoCanRequestRules()
    {
        Check((draft, context) =>
        {
            var scope = draft.AllowedTargetScope;
            if (scope == AllowedTargetScope.UnknownFutureValue)
            {
                context.Fail("AllowedTargetScope", "Choose who can request access: this scope value isn't one Graph accepts.");
                return;
            }

            var targets = draft.SpecificAllowedTargets;
            if (AllowedTargetScopes.IsSpecific(scope) && targets.Count == 0)
            {
                context.Fail(Targets, $"\"{AllowedTargetScopes.Title(scope)}\" needs at least one entry. Add who can request, or choose an \"all\" scope.");
            }
            else if (!AllowedTargetScopes.IsSpecific(scope) && targets.Count > 0)
            {
                context.Fail(Targets, $"\"{AllowedTargetScopes.Title(scope)}\" already covers everyone it names, so the list must be empty. Remove the entries, or choose a \"specific\" scope.");
            }

            var hasInternal = targets.Any(t => t.Kind is SubjectKind.User or SubjectKind.Group or SubjectKind.AttributeRule);
            var hasExternal = targets.Any(t => t.Kind == SubjectKind.ConnectedOrganization);
            if (hasInternal && hasExternal)
            {
                context.Fail(Targets, "One policy can't assign both users of your directory and users of connected organizations. Create two policies: one for internal users, one for external users.");
            }

            if (AllowedTargetScopes.IsSpecific(scope))
            {
                SubjectRules.CheckSlot(context, Targets, targets, SubjectSlot.SpecificAllowedTargets, scope);
            }

            CheckAutoAssignment(draft, context);
        });
    }

    private static void CheckAutoAssignment(PolicyDraft draft, FluentValidation.ValidationContext<PolicyDraft> context)
    {
        var rules = draft.SpecificAllowedTargets.Count(t => t.Kind == SubjectKind.AttributeRule);
        if (!draft.IsAutoAssignment)
        {
            if (rules > 0)
            {
                context.Fail(Targets, "A membership rule only works in an auto-assignment policy. Turn on automatic assignment, or replace the rule with users and groups.");
            }

            return;
        }

        if (draft.AllowedTargetScope != AllowedTargetScope.SpecificDirectoryUsers || rules != 1 || draft.SpecificAllowedTargets.Count != 1)
        {
            context.Fail(Targets, "An auto-assignment policy assigns the users matched by exactly one membership rule. Choose \"Specific users and groups\" and add a single rule such as (user.department -eq \"Sales\").");
        }

        if (PackageContext(context).OthersThan(draft.Id).FirstOrDefault(policy => policy.IsAutoAssignment) is { } existing)
        {
            context.Fail("AutomaticRequestSettings.IsEnabled",
                $"This access package already has an auto-assignment policy (\"{existing.DisplayName ?? existing.Id}\") and Entra allows only one. Edit that policy instead, or turn automatic assignment off here.");
        }

        if (draft.AutomaticRequestSettings.GracePeriodBeforeAccessRemoval is { Value: < 0 })
        {
            context.Fail("AutomaticRequestSettings.GracePeriodBeforeAccessRemoval", "The grace period can't be negative. Enter 0 or more.");
        }
    }
}
