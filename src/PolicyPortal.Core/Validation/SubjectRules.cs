using System.Globalization;
using FluentValidation;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

/// <summary>
/// Checks shared by every slot that holds subjects: allowed kind, and the data each kind needs. Sources: the subject set
/// pages of Graph v1.0 (singleUser, groupMembers, requestorManager "managerLevel… 1 or 2", targetManager "1 to 4",
/// attributeRuleMembers "membershipRule"), and the slot lists of accessPackageApprovalStage and the review settings (see
/// <see cref="SubjectSlots"/>).
/// </summary>
internal static class SubjectRules
{
    public static void CheckSlot(ValidationContext<PolicyDraft> context, string path, IReadOnlyList<Subject> subjects,
        SubjectSlot slot, AllowedTargetScope scope)
    {
        var allowed = SubjectSlots.AllowedKinds(slot, scope);
        for (var i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            var itemPath = PolicyPaths.Item(path, i);
            if (!allowed.Contains(subject.Kind))
            {
                context.Fail(itemPath, NotAllowedMessage(subject, slot, scope, allowed));
                continue;
            }

            CheckData(context, itemPath, subject);
        }
    }

    private static string NotAllowedMessage(Subject subject, SubjectSlot slot, AllowedTargetScope scope, IReadOnlySet<SubjectKind> allowed)
    {
        var what = $"\"{SubjectKinds.Title(subject.Kind)}\" can't be one of the {SubjectSlots.Title(slot)}";
        if (slot == SubjectSlot.SpecificAllowedTargets)
        {
            return allowed.Count == 0
                ? $"{what} when the scope is \"{AllowedTargetScopes.Title(scope)}\". Remove it, or choose a \"specific\" scope."
                : $"{what} when the scope is \"{AllowedTargetScopes.Title(scope)}\". Remove it, or pick: {Titles(allowed)}.";
        }

        return $"{what}. Remove it and pick: {Titles(allowed)}.";
    }

    private static string Titles(IReadOnlySet<SubjectKind> kinds) =>
        string.Join(", ", kinds.Order().Select(kind => SubjectKinds.Title(kind).ToLowerInvariant()));

    private static void CheckData(ValidationContext<PolicyDraft> context, string itemPath, Subject subject)
    {
        if (SubjectKinds.HasObjectId(subject.Kind) && string.IsNullOrWhiteSpace(subject.ObjectId))
        {
            context.Fail(PolicyPaths.Member(itemPath, nameof(Subject.ObjectId)),
                $"This \"{SubjectKinds.Title(subject.Kind)}\" entry has no object id. Pick it again from the directory search.");
        }

        if (SubjectKinds.ManagerLevelRange(subject.Kind) is { } range
            && (subject.ManagerLevel is not { } level || level < range.Min || level > range.Max))
        {
            context.Fail(PolicyPaths.Member(itemPath, nameof(Subject.ManagerLevel)), subject.Kind == SubjectKind.RequestorManager
                ? string.Create(CultureInfo.InvariantCulture, $"The manager level must be {range.Min} (direct manager) or {range.Max} (the manager's manager).")
                : string.Create(CultureInfo.InvariantCulture, $"The manager level must be between {range.Min} (direct manager) and {range.Max}."));
        }

        if (subject.Kind == SubjectKind.AttributeRule && string.IsNullOrWhiteSpace(subject.MembershipRule))
        {
            context.Fail(PolicyPaths.Member(itemPath, nameof(Subject.MembershipRule)),
                "Write the membership rule that selects the users, for example (user.department -eq \"Sales\").");
        }
    }
}
