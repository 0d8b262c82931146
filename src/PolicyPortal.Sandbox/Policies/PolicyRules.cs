using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>The service rules of spec §8 that go beyond the schema. Each rule refuses a body with 400, its own
/// code and a message that starts with the JSON path at fault, and cites its source (ids of spec §0). A rule that
/// no Graph or Entra page states is not modelled: Graph's answer there is unknown (README, "Known differences").
/// Returns the access package id.</summary>
internal static partial class PolicyRules
{
    private const int MaxStages = 3, MaxExpirationDays = 3660;

    private static readonly string[] ConnectedOrganizationScopes =
        ["specificConnectedOrganizationUsers", "allConfiguredConnectedOrganizationUsers", "allExternalUsers"];

    private static readonly string[] ManagerOrSponsor = ["requestorManager", "internalSponsors", "externalSponsors", "targetUserSponsors"];

    private static readonly string[] ApproverSlots = ["primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers", "fallbackEscalationApprovers"];

    public static string Check(JsonObject body, PolicyContext context)
    {
        var packageId = CheckAccessPackage(body, context);
        CheckTargets(body);
        CheckAutoAssignment(body, packageId, context);
        CheckApproval(body);
        CheckManagerLevels(body);
        CheckSubjectsExist(body, context.Snapshot);
        CheckExpiration(body, context.Now);
        CheckReview(body);
        CheckCustomExtensions(body, packageId, context.Snapshot);
        return packageId;
    }

    private static GraphException Refuse(string code, string path, string detail) => GraphException.BadRequest(code, $"{path}: {detail}.");
}
