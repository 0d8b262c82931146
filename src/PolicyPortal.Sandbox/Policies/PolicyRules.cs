using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;
using Codes = PolicyPortal.Sandbox.Policies.PolicyErrorCodes;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>The service rules of spec §8 that go beyond the schema. Each rule refuses a body with 400, its own
/// code and a message that starts with the JSON path at fault. Returns the access package id.</summary>
internal static class PolicyRules
{
    private const int MaxPoliciesPerPackage = 10, MaxStages = 3, MaxCustomExtensionStages = 5, MaxExpirationDays = 3660;

    private static readonly string[] ConnectedOrganizationScopes =
        ["specificConnectedOrganizationUsers", "allConfiguredConnectedOrganizationUsers", "allExternalUsers"];

    private static readonly string[] ManagerOrSponsor = ["requestorManager", "internalSponsors", "externalSponsors", "targetUserSponsors"];

    private static readonly string[] ApproverSlots = ["primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers", "fallbackEscalationApprovers"];

    public static string Check(JsonObject body, PolicyContext context)
    {
        var packageId = CheckAccessPackage(body, context);
        CheckPolicyLimit(packageId, context);
        CheckTargets(body);
        CheckAutoAssignment(body, packageId, context);
        CheckApproval(body);
        CheckManagerLevels(body);
        CheckSubjectsExist(body, context.Snapshot);
        CheckExpiration(body, context.Now);
        CheckReview(body);
        if (body.Arr("customExtensionStageSettings").Count > MaxCustomExtensionStages)
        {
            throw Refuse(Codes.CustomExtensionLimit, "customExtensionStageSettings", $"at most {MaxCustomExtensionStages} custom extension stage settings are allowed per policy");
        }
        return packageId;
    }

    private static GraphException Refuse(string code, string path, string detail) => GraphException.BadRequest(code, $"{path}: {detail}.");

    private static string CheckAccessPackage(JsonObject body, PolicyContext context)
    {
        var requested = body.Obj("accessPackage").Str("id");
        if (context.Existing is { } existing)
        {
            if (body.Str("id") is { } id && !string.Equals(id, existing.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(Codes.IdMismatch, "id", $"'{id}' does not match the policy being replaced ('{existing.Id}')");
            }
            var current = existing.Link(Links.AccessPackageId)!;
            if (requested is not null && !string.Equals(requested, current, StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(Codes.AccessPackageImmutable, "accessPackage.id", "a policy cannot be moved to another access package");
            }
            return current;
        }
        if (requested is null)
        {
            throw Refuse(Codes.AccessPackageRequired, "accessPackage.id", "the policy must reference its access package, e.g. \"accessPackage\": {\"id\": \"...\"}");
        }
        return context.Snapshot.AccessPackages.Find(requested)?.Id
            ?? throw Refuse(Codes.AccessPackageNotFound, "accessPackage.id", $"access package '{requested}' does not exist");
    }

    private static void CheckPolicyLimit(string packageId, PolicyContext context)
    {
        if (context.Existing is null && context.Snapshot.PoliciesOf(packageId).Count() >= MaxPoliciesPerPackage)
        {
            throw Refuse(Codes.PolicyLimit, "accessPackage.id", $"an access package can have at most {MaxPoliciesPerPackage} assignment policies");
        }
    }

    private static void CheckTargets(JsonObject body)
    {
        var targets = body.Arr("specificAllowedTargets");
        var types = targets.Select(t => t.SubjectType()).ToList();
        if (types.Contains("connectedOrganizationMembers") && types.Any(t => t is "singleUser" or "groupMembers" or "attributeRuleMembers"))
        {
            throw Refuse(Codes.MixedTargets, "specificAllowedTargets", "internal and external users cannot be mixed in one policy; use two policies");
        }
        var scope = body.Str("allowedTargetScope") ?? "notSpecified";
        string[]? allowed = scope switch
        {
            "specificDirectoryUsers" => ["singleUser", "groupMembers", "attributeRuleMembers"],
            "specificConnectedOrganizationUsers" => ["connectedOrganizationMembers"],
            "specificDirectoryServicePrincipals" => ["singleServicePrincipal"],
            _ => null,
        };
        if (allowed is null && targets.Count > 0)
        {
            throw Refuse(Codes.TargetScope, "specificAllowedTargets", $"must be empty when allowedTargetScope is '{scope}'");
        }
        if (allowed is not null && targets.Count == 0)
        {
            throw Refuse(Codes.TargetScope, "specificAllowedTargets", $"allowedTargetScope '{scope}' needs at least one target");
        }
        if (allowed is not null && types.FindIndex(t => !allowed.Contains(t)) is var bad and >= 0)
        {
            throw Refuse(Codes.TargetScope, $"specificAllowedTargets[{bad}]", $"'{types[bad]}' cannot be a target of allowedTargetScope '{scope}'");
        }
    }

    private static void CheckAutoAssignment(JsonObject body, string packageId, PolicyContext context)
    {
        if (!body.Has("automaticRequestSettings"))
        {
            return;
        }
        var types = body.Arr("specificAllowedTargets").Select(t => t.SubjectType()).ToList();
        if (body.Str("allowedTargetScope") != "specificDirectoryUsers" || types.Count == 0 || types.Any(t => t != "attributeRuleMembers"))
        {
            throw Refuse(Codes.AutoAssignmentTargets, "specificAllowedTargets", "an automatic assignment policy targets specificDirectoryUsers through attributeRuleMembers only");
        }
        var otherAuto = context.Snapshot.PoliciesOf(packageId)
            .Any(p => p.Id != context.Existing?.Id && p.Data.TryGetProperty("automaticRequestSettings", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Object);
        if (otherAuto)
        {
            throw Refuse(Codes.AutoAssignmentLimit, "automaticRequestSettings", "an access package can have only one automatic assignment policy");
        }
    }

    private static void CheckApproval(JsonObject body)
    {
        var settings = body.Obj("requestApprovalSettings");
        if (settings is null)
        {
            return;
        }
        var required = settings.Bool("isApprovalRequiredForAdd") == true || settings.Bool("isApprovalRequiredForUpdate") == true;
        var stages = settings.Arr("stages");
        if (required && stages.Count is < 1 or > MaxStages)
        {
            throw Refuse(Codes.ApprovalStageCount, "requestApprovalSettings.stages", $"approval is required, so 1 to {MaxStages} stages are needed (got {stages.Count})");
        }
        if (!required && stages.Count > 0)
        {
            throw Refuse(Codes.ApprovalStageCount, "requestApprovalSettings.stages", "must be empty when no approval is required");
        }
        var scope = body.Str("allowedTargetScope") ?? "notSpecified";
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            var path = $"requestApprovalSettings.stages[{i}]";
            var primary = stage.Arr("primaryApprovers");
            var fallback = stage.Arr("fallbackPrimaryApprovers");
            if (primary.Count + fallback.Count == 0)
            {
                throw Refuse(Codes.ApproverRequired, $"{path}.primaryApprovers", "each stage needs at least one approver");
            }
            if (fallback.Count == 0 && primary.FirstOrDefault(p => ManagerOrSponsor.Contains(p.SubjectType())) is { } dynamic)
            {
                throw Refuse(Codes.FallbackApproverRequired, $"{path}.fallbackPrimaryApprovers", $"'{dynamic.SubjectType()}' may not resolve to anyone, so add a fallback approver");
            }
            foreach (var slot in ApproverSlots)
            {
                if (stage.Arr(slot).Any(s => s.SubjectType() is "internalSponsors" or "externalSponsors") && !ConnectedOrganizationScopes.Contains(scope))
                {
                    throw Refuse(Codes.SponsorsRequireConnectedOrganization, $"{path}.{slot}", $"sponsors approve requests from connected organizations only, not for allowedTargetScope '{scope}'");
                }
            }
            CheckEscalation(stage!, path);
        }
    }

    private static void CheckEscalation(JsonNode stage, string path)
    {
        if (stage.Bool("isEscalationEnabled") != true)
        {
            return;
        }
        if (stage.Arr("escalationApprovers").Count + stage.Arr("fallbackEscalationApprovers").Count == 0)
        {
            throw Refuse(Codes.Escalation, $"{path}.escalationApprovers", "escalation is enabled, so add escalation approvers");
        }
        var escalation = stage.Duration("durationBeforeEscalation") ?? TimeSpan.Zero;
        var denial = stage.Duration("durationBeforeAutomaticDenial") ?? TimeSpan.Zero;
        if (escalation < TimeSpan.FromDays(1))
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeEscalation", "requests can be escalated only after at least one day (P1D)");
        }
        if (denial < TimeSpan.FromDays(4))
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeAutomaticDenial", "escalation needs a request time-out of at least four days (P4D)");
        }
        if (escalation >= denial)
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeEscalation", "must be shorter than durationBeforeAutomaticDenial");
        }
    }

    private static void CheckManagerLevels(JsonObject body)
    {
        foreach (var (path, subject) in PolicySubjects.All(body))
        {
            var (max, type) = subject.SubjectType() switch
            {
                "requestorManager" => (2, "requestorManager"),
                "targetManager" => (4, "targetManager"),
                _ => (0, ""),
            };
            if (max > 0 && (subject.Int("managerLevel") ?? 1) is var level && (level < 1 || level > max))
            {
                throw Refuse(Codes.ManagerLevel, $"{path}.managerLevel", $"{type} managerLevel must be between 1 and {max} (got {level})");
            }
        }
    }

    private static void CheckSubjectsExist(JsonObject body, TenantSnapshot snapshot)
    {
        foreach (var (path, subject) in PolicySubjects.All(body))
        {
            var (property, set, what) = subject.SubjectType() switch
            {
                "singleUser" => ("userId", snapshot.Users, "user"),
                "groupMembers" => ("groupId", snapshot.Groups, "group"),
                "singleServicePrincipal" => ("servicePrincipalId", snapshot.ServicePrincipals, "service principal"),
                "connectedOrganizationMembers" => ("connectedOrganizationId", snapshot.ConnectedOrganizations, "connected organization"),
                _ => ("", EntitySet.Empty, ""),
            };
            if (property.Length > 0 && !set.Contains(subject.Str(property)))
            {
                throw Refuse(Codes.SubjectNotFound, $"{path}.{property}", $"{what} '{subject.Str(property)}' does not exist in this tenant");
            }
        }
    }

    private static void CheckExpiration(JsonObject body, DateTimeOffset now)
    {
        var expiration = body.Obj("expiration");
        if (expiration is null)
        {
            return;
        }
        var type = expiration.Str("type");
        var duration = expiration.Duration("duration");
        var hasEnd = expiration.Has("endDateTime");
        if (duration is not null && type != "afterDuration")
        {
            throw Refuse(Codes.Expiration, "expiration.type", "must be 'afterDuration' when a duration is given");
        }
        if (type == "afterDuration" && (duration is null || hasEnd))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", "'afterDuration' needs a duration and no endDateTime");
        }
        if (duration is { } d && (d <= TimeSpan.Zero || d > TimeSpan.FromDays(MaxExpirationDays)))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", $"must be more than zero and at most {MaxExpirationDays} days");
        }
        if (type == "afterDateTime")
        {
            if (!DateTimeOffset.TryParse(expiration.Str("endDateTime"), System.Globalization.CultureInfo.InvariantCulture, out var end))
            {
                throw Refuse(Codes.Expiration, "expiration.endDateTime", "'afterDateTime' needs an endDateTime");
            }
            if (end <= now)
            {
                throw Refuse(Codes.Expiration, "expiration.endDateTime", "must be in the future");
            }
        }
        if (type is "noExpiration" or "notSpecified" && (duration is not null || hasEnd))
        {
            throw Refuse(Codes.Expiration, "expiration", $"'{type}' takes neither a duration nor an endDateTime");
        }
    }

    private static void CheckReview(JsonObject body)
    {
        var review = body.Obj("reviewSettings");
        if (review is null)
        {
            return;
        }
        if (review.Obj("schedule").Obj("recurrence").Obj("pattern").Str("type") is { } pattern && pattern is not ("weekly" or "absoluteMonthly"))
        {
            throw Refuse(Codes.ReviewRecurrence, "reviewSettings.schedule.recurrence.pattern.type", $"access reviews recur only 'weekly' or 'absoluteMonthly', not '{pattern}'");
        }
        if (review.Bool("isEnabled") == true && review.Bool("isSelfReview") != true && review.Arr("primaryReviewers").Count == 0)
        {
            throw Refuse(Codes.ReviewersRequired, "reviewSettings.primaryReviewers", "reviews need reviewers unless isSelfReview is true");
        }
    }
}
