using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Baselines;

namespace PolicyPortal.Web.Baselines;

/// <summary>Writes packages' policies as one baseline file: each policy's Graph v1.0 body exactly as PolicyPortal would
/// PUT it, with the names of every id it holds kept beside it (another tenant has other ids), under a format version
/// so a later importer can tell what it reads. docs/baselines.md describes the format.</summary>
public sealed class BaselineExporter(IPolicyGateway gateway, TimeProvider time)
{
    // A file for people and git diffs, never embedded in a page: "&" and "é" stay as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="scope">What was exported, in words: "access package Sales Resources".</param>
    public async Task<string> ExportAsync(string scope, IReadOnlyList<AccessPackageInfo> packages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var policies = new JsonArray();
        foreach (var package in packages)
        {
            foreach (var policy in await gateway.ListAsync(package.Id, cancellationToken))
            {
                policies.Add(Entry(package, policy));
            }
        }
        var baseline = new JsonObject
        {
            ["format"] = BaselineReader.Format,
            ["formatVersion"] = BaselineReader.FormatVersion,
            ["exportedAt"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["scope"] = scope,
            ["policies"] = policies,
        };
        return baseline.ToJsonString(Indented);
    }

    private JsonObject Entry(AccessPackageInfo package, PolicyDraft policy)
    {
        var names = new JsonObject();
        foreach (var (id, name) in SubjectNaming.Names(policy))
        {
            names[id] = name;
        }
        return new JsonObject
        {
            ["id"] = policy.Id,
            ["accessPackage"] = new JsonObject { ["id"] = package.Id, ["displayName"] = package.DisplayName, ["catalog"] = package.CatalogName },
            ["body"] = JsonNode.Parse(gateway.Prepare(policy).Json),
            ["names"] = names,
        };
    }
}
