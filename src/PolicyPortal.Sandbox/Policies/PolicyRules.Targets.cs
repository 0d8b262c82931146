using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Store;
using Codes = PolicyPortal.Sandbox.Policies.PolicyErrorCodes;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Rules about where a policy lives and whom it targets.</summary>
internal static partial class PolicyRules
{
    private static string CheckAccessPackage(JsonObject body, PolicyContext context)
    {
        var requested = body.Obj("accessPackage").Str("id");
        if (context.Existing is { } existing)
        {
            // Source: D-RES accesspackageassignmentpolicy — "id | String | Read only."
            if (body.Str("id") is { } id && !string.Equals(id, existing.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(Codes.IdMismatch, "id", $"'{id}' does not match the policy being replaced ('{existing.Id}')");
            }
            // Source: D-RES accesspackageassignmentpolicy — accessPackage: "Access package containing this policy. Read-only."
            var current = existing.Link(Links.AccessPackageId)!;
            if (requested is not null && !string.Equals(requested, current, StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(Codes.AccessPackageImmutable, "accessPackage.id", "a policy cannot be moved to another access package");
            }
            return current;
        }
        // Source: D-POST — the create body references the access package the policy belongs to (spec §8.13).
        if (requested is null)
        {
            throw Refuse(Codes.AccessPackageRequired, "accessPackage.id", "the policy must reference its access package, e.g. \"accessPackage\": {\"id\": \"...\"}");
        }
        // Source: D-POST — the referenced access package must exist (spec §1, §8.13).
        return context.Snapshot.AccessPackages.Find(requested)?.Id
            ?? throw Refuse(Codes.AccessPackageNotFound, "accessPackage.id", $"access package '{requested}' does not exist");
    }

    private static void CheckTargets(JsonObject body)
    {
        var targets = body.Arr("specificAllowedTargets");
        var types = targets.Select(t => t.SubjectType()).ToList();
        // Source: ENTRA request-policy — "a single policy can't be used to assign internal and external users to the same access package".
        if (types.Contains("connectedOrganizationMembers") && types.Any(t => t is "singleUser" or "groupMembers" or "attributeRuleMembers"))
        {
            throw Refuse(Codes.MixedTargets, "specificAllowedTargets", "internal and external users cannot be mixed in one policy; use two policies");
        }
        // Source: ENTRA request-policy — "Specific users and groups": "only the users and groups in your directory that you
        // specify"; "Specific connected organizations": "select from a list of organizations"; D-POST example 3 targets
        // specificDirectoryUsers through attributeRuleMembers; D-RES singleserviceprincipal is the service-principal subject.
        // An all*/notSpecified scope with targets is not refused: no page says what Graph does (spec §8, "Not documented").
        var scope = body.Str("allowedTargetScope") ?? "notSpecified";
        string[]? allowed = scope switch
        {
            "specificDirectoryUsers" => ["singleUser", "groupMembers", "attributeRuleMembers"],
            "specificConnectedOrganizationUsers" => ["connectedOrganizationMembers"],
            "specificDirectoryServicePrincipals" => ["singleServicePrincipal"],
            _ => null,
        };
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
        // Source: ENTRA auto-assignment — "establish a policy for automatic assignments by supplying a membership rule"
        // (sent as attributeRuleMembers in specificAllowedTargets with specificDirectoryUsers, D-POST example 3).
        var types = body.Arr("specificAllowedTargets").Select(t => t.SubjectType()).ToList();
        if (body.Str("allowedTargetScope") != "specificDirectoryUsers" || types.Count == 0 || types.Any(t => t != "attributeRuleMembers"))
        {
            throw Refuse(Codes.AutoAssignmentTargets, "specificAllowedTargets", "an automatic assignment policy targets specificDirectoryUsers through attributeRuleMembers only");
        }
        // Source: ENTRA auto-assignment — "You can have at most one automatic assignment policy in an access package".
        var otherAuto = context.Snapshot.PoliciesOf(packageId)
            .Any(p => p.Id != context.Existing?.Id && p.Data.TryGetProperty("automaticRequestSettings", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Object);
        if (otherAuto)
        {
            throw Refuse(Codes.AutoAssignmentLimit, "automaticRequestSettings", "an access package can have only one automatic assignment policy");
        }
    }
}
