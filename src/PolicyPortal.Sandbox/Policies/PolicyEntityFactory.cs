using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Turns an accepted body into the stored policy the service would return: server-set id and
/// timestamps, the access package kept as a link (returned only with <c>$expand</c>), read-only subject
/// descriptions filled in, question ids assigned.</summary>
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
        var links = new Dictionary<string, string> { [Links.AccessPackageId] = accessPackageId };
        if (snapshot.AccessPackages.Find(accessPackageId)?.Link(Links.CatalogId) is { } catalogId)
        {
            links[Links.CatalogId] = catalogId;
        }
        return new Entity(id, SandboxJson.ToElement(stored), links);
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
