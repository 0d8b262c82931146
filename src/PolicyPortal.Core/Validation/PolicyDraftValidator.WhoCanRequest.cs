using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const string Targets = PolicyPaths.SpecificAllowedTargets;

    private void WhoCanRequestRules()
    {
        Check((draft, context) =>
        {
            // Source: Graph allowedTargetScope — unknownFutureValue is the "evolvable enumeration sentinel value. Do not use."
            var scope = draft.AllowedTargetScope;
            if (scope == AllowedTargetScope.UnknownFutureValue)
            {
                context.Fail(PolicyPaths.AllowedTargetScope, "Choose who can request access: this scope value isn't one Graph accepts.");
                return;
            }

            // Source: Entra "Change request settings" — "Specific users and groups" (and "Specific connected
            // organizations") ask the admin to add who may request. An "all" scope with a list is not documented either
            // way, so it is lint advice (PolicyLint), not a refusal.
            var targets = draft.SpecificAllowedTargets;
            if (AllowedTargetScopes.IsSpecific(scope) && targets.Count == 0)
            {
                context.Fail(Targets, $"\"{AllowedTargetScopes.Title(scope)}\" needs at least one entry. Add who can request, or choose an \"all\" scope.");
            }

            // Source: Entra "Change request settings" — "a policy can't have both internal and external users; create two policies".
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

    /// <summary>
    /// Source: Entra "Configure an automatic assignment policy" — one rule-based policy per access package, created with a
    /// membership rule (Graph attributeRuleMembers, "used in auto-assignment policies"); request policies have no rule.
    /// </summary>
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
            context.Fail(PolicyPaths.AutomaticRequestIsEnabled,
                $"This access package already has an auto-assignment policy (\"{existing.DisplayName ?? existing.Id}\") and Entra allows only one. Edit that policy instead, or turn automatic assignment off here.");
        }

        // Source: Graph accessPackageAutomaticRequestSettings — gracePeriodBeforeAccessRemoval is how long access is kept.
        if (draft.AutomaticRequestSettings.GracePeriodBeforeAccessRemoval is { Value: < 0 })
        {
            context.Fail(PolicyPaths.AutomaticRequestGracePeriod, "The grace period can't be negative. Enter 0 or more.");
        }
    }
}
