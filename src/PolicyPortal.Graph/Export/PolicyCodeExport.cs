namespace PolicyPortal.Graph.Export;

/// <summary>
/// Exports a policy as code, from the exact JSON of the preview (never from the draft, so the code cannot drift from
/// what PolicyPortal would send): an HTTP request, C# (Microsoft.Graph v5+), PowerShell (Microsoft.Graph module),
/// Python (msgraph-sdk) and Azure CLI. With a policy id the code replaces that policy (PUT); without, it creates one (POST).
/// </summary>
public static class PolicyCodeExport
{
    private static readonly IReadOnlyList<IPolicyCodeExporter> Exporters =
        [new HttpRequestExporter(), new CSharpExporter(), new PowerShellExporter(), new PythonExporter(), new AzureCliExporter()];

    /// <summary>Every target, in tab order.</summary>
    public static IReadOnlyList<CodeSnippet> All(string previewJson, string? policyId = null)
    {
        ArgumentNullException.ThrowIfNull(previewJson);
        var tree = PolicyCodeTree.Build(previewJson);
        var request = new PolicyRequest(policyId);
        return [.. Exporters.Select(exporter => exporter.Export(previewJson, tree, request))];
    }

    /// <summary>One target.</summary>
    public static CodeSnippet Generate(CodeTarget target, string previewJson, string? policyId = null)
    {
        ArgumentNullException.ThrowIfNull(previewJson);
        var exporter = Exporters.First(e => e.Target == target);
        return exporter.Export(previewJson, PolicyCodeTree.Build(previewJson), new PolicyRequest(policyId));
    }
}
