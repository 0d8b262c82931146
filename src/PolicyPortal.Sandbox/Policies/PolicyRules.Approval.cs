using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Store;
using Codes = PolicyPortal.Sandbox.Policies.PolicyErrorCodes;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Rules about approval stages, approvers and the subjects they name.</summary>
internal static partial class PolicyRules
{
    private static void CheckApproval(JsonObject body)
    {
        var settings = body.Obj("requestApprovalSettings");
        if (settings is null)
        {
            return;
        }
        // Source: D-RES accesspackageassignmentapprovalsettings — stages: one, two or three when approval is required,
        // an empty collection when it is not (spec §8.1).
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
            // Source: ENTRA approval-policy — "you need to add an approver for each extra stage"; "Only one of the
            // selected approvers or fallback approvers needs to approve". Fallback approvers alone are enough
            // (D-POST example 2, answered 201).
            if (primary.Count + fallback.Count == 0)
            {
                throw Refuse(Codes.ApproverRequired, $"{path}.primaryApprovers", "each stage needs at least one approver");
            }
            // Source: D-RES requestormanager (also internalsponsors, externalsponsors) — "also include another approver,
            // such as a single user or group member, in case the requesting user doesn't have a manager". A fallback
            // approver or another primary approver that is a user or a group both satisfy it.
            if (primary.FirstOrDefault(p => ManagerOrSponsor.Contains(p.SubjectType())) is { } dynamic
                && fallback.Count == 0 && !primary.Any(p => p.SubjectType() is "singleUser" or "groupMembers"))
            {
                throw Refuse(Codes.FallbackApproverRequired, $"{path}.fallbackPrimaryApprovers",
                    $"'{dynamic.SubjectType()}' may not resolve to anyone, so also include another approver (a user or group), as a fallback or as another primary approver");
            }
            // Source: D-RES internalsponsors / externalsponsors — "This approver is only applicable to requests from users
            // who are part of a connected organization."
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
        // Source: D-RES accesspackageapprovalstage — isEscalationEnabled: "If true, then one or more escalationApprovers
        // are configured in this approval stage."
        if (stage.Arr("escalationApprovers").Count + stage.Arr("fallbackEscalationApprovers").Count == 0)
        {
            throw Refuse(Codes.Escalation, $"{path}.escalationApprovers", "escalation is enabled, so add escalation approvers");
        }
        var escalation = stage.Duration("durationBeforeEscalation") ?? TimeSpan.Zero;
        var denial = stage.Duration("durationBeforeAutomaticDenial") ?? TimeSpan.Zero;
        // Source: ENTRA approval-policy — "Requests can only be forwarded to alternate approvers a day after the request
        // has been initiated. To use alternate approval, the request time-out needs to be at least four days."
        if (escalation < TimeSpan.FromDays(1))
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeEscalation", "requests can be escalated only after at least one day (P1D)");
        }
        if (denial < TimeSpan.FromDays(4))
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeAutomaticDenial", "escalation needs a request time-out of at least four days (P4D)");
        }
        // Source: ENTRA approval-policy — "If no approvers have approved or denied the request before the request duration,
        // the request expires (timeout)": forwarding has to happen before the time-out.
        if (escalation >= denial)
        {
            throw Refuse(Codes.Escalation, $"{path}.durationBeforeEscalation", "must be shorter than durationBeforeAutomaticDenial");
        }
    }

    private static void CheckManagerLevels(JsonObject body)
    {
        // Source: D-RES requestormanager — "Possible values for this property range from 1 to 2"; D-RES targetmanager —
        // managerLevel 1 to 4 (spec §8.5).
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
        // Source: D-RES singleuser, groupmembers, singleserviceprincipal, connectedorganizationmembers — each names its
        // subject by the object id of a user, group, service principal or connected organization (spec §4, §10).
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
}
