using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Turns an accepted body into the stored policy the service would return: server-set id and
/// timestamps, the access package kept as a link (returned only with <c>$expand</c>), read-only subject
/// descriptions filled in, question and custom extension stage setting ids assigned, each setting's extension kept as
/// a reference by id.</summary>
internal static class PolicyEntityFactory
{
    private static readonly HashSet<string> ServerOwned = ["id", "accessPackage", "catalog", "createdDateTime", "modifiedDateTime"];

    public static Entity Create(JsonObject body, string id, string accessPackageId, DateTimeOffset created,
        DateTimeOffset modified, TenantSnapshot snapshot)
    {
        var stored = new JsonObject { ["id"] = id };
        foreach (var (name, value) in body)
        {
            if (!ServerOwned.Contains(name) && !name.StartsWith("@odata.context", StringComparison.Ordinal))
            {
                stored[name] = value?.DeepClone();
            }
        }
        stored["createdDateTime"] = SandboxJson.Timestamp(created);
        stored["modifiedDateTime"] = SandboxJson.Timestamp(modified);
        foreach (var (_, subject) in PolicySubjects.All(stored))
        {
            if (Describe(subject, snapshot) is { } name)
            {
                subject["description"] = name;
            }
        }
        var questions = stored.Arr("questions");
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i] is JsonObject question && !question.Has("id"))
            {
                question.Insert(1, "id", DeterministicGuid.For("question", $"{id}/{i}"));
            }
        }
        StoreStageSettings(stored.Arr("customExtensionStageSettings"), id, snapshot);
        var links = new Dictionary<string, string> { [Links.AccessPackageId] = accessPackageId };
        if (snapshot.AccessPackages.Find(accessPackageId)?.Link(Links.CatalogId) is { } catalogId)
        {
            links[Links.CatalogId] = catalogId;
        }
        return new Entity(id, SandboxJson.ToElement(stored), links);
    }

    // A setting keeps its id, its stage and a reference to the extension: the extension itself is read from the
    // catalog when expanded, so the policy never holds a stale copy. The reference carries the extension's own
    // @odata.type (customCalloutExtension is abstract, so the stored policy still fits the v1.0 schema).
    private static void StoreStageSettings(JsonArray settings, string policyId, TenantSnapshot snapshot)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i] is not JsonObject setting)
            {
                continue;
            }
            var reference = setting.Obj("customExtension");
            var extensionId = reference.Str("id");
            var extension = snapshot.CustomWorkflowExtensions.Find(extensionId);
            // Server-assigned when the body has none: the same stage and extension get the same id again on a later PUT.
            var id = setting.Str("id") ?? DeterministicGuid.For("customExtensionStageSetting", $"{policyId}/{setting.Str("stage")}/{extensionId}");
            if (!ids.Add(id))
            {
                id = DeterministicGuid.For("customExtensionStageSetting", $"{policyId}/{i}");
                ids.Add(id);
            }
            var normalized = new JsonObject { ["id"] = id, ["stage"] = setting["stage"]?.DeepClone() };
            if (extensionId is not null)
            {
                normalized["customExtension"] = new JsonObject
                {
                    ["@odata.type"] = extension?.GetString("@odata.type") ?? reference.Str("@odata.type"),
                    ["id"] = extension?.Id ?? extensionId,
                };
            }
            settings[i] = normalized;
        }
    }

    private static string? Describe(JsonObject subject, TenantSnapshot snapshot) => subject.SubjectType() switch
    {
        "singleUser" => snapshot.Users.Find(subject.Str("userId"))?.GetString("displayName"),
        "groupMembers" => snapshot.Groups.Find(subject.Str("groupId"))?.GetString("displayName"),
        "singleServicePrincipal" => snapshot.ServicePrincipals.Find(subject.Str("servicePrincipalId"))?.GetString("displayName"),
        "connectedOrganizationMembers" => snapshot.ConnectedOrganizations.Find(subject.Str("connectedOrganizationId"))?.GetString("displayName"),
        _ => null,
    };
}
