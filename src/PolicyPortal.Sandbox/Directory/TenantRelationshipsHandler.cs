using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Seed;

namespace PolicyPortal.Sandbox.Directory;

/// <summary><c>GET /tenantRelationships/findTenantInformationByDomainName(domainName='{domain}')</c>
/// (tenantrelationship-findtenantinformationbydomainname): the tenantInformation of the Entra tenant that owns a domain.
/// The sandbox knows the other tenants of its seed (SeedEntitlement.OtherTenants). For a domain no tenant owns it
/// answers 404 Request_ResourceNotFound: the docs show no failure body, so that answer is the sandbox's assumption.</summary>
internal static partial class TenantRelationshipsHandler
{
    public const string Segment = "tenantRelationships";

    public static SandboxResponse Handle(SandboxRequest request, IReadOnlyList<string> segments)
    {
        if (request.Method != "GET")
        {
            throw GraphException.MethodNotAllowed(request.Method);
        }
        if (segments is not [_, var function] || ByDomainName().Match(Uri.UnescapeDataString(function)) is not { Success: true } call)
        {
            throw GraphException.UnknownSegment(segments[^1]);
        }
        var domain = call.Groups["domain"].Value;
        var tenants = SeedEntitlement.OtherTenants().Where(t => t.Domains.Contains(domain, StringComparer.OrdinalIgnoreCase)).ToList();
        if (tenants is not [var tenant])
        {
            throw new GraphException(404, GraphErrorCodes.DirectoryNotFound, $"No tenant owns the domain '{domain}'.");
        }
        return SandboxResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = $"{request.BaseUrl}/v1.0/$metadata#microsoft.graph.tenantInformation",
            ["tenantId"] = tenant.TenantId,
            ["federationBrandName"] = null,
            ["displayName"] = tenant.DisplayName,
            ["defaultDomainName"] = tenant.Domains[0],
        });
    }

    [GeneratedRegex(@"^findTenantInformationByDomainName\(domainName='(?<domain>[^']+)'\)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ByDomainName();
}
