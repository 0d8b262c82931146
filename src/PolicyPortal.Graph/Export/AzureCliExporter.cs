namespace PolicyPortal.Graph.Export;

/// <summary>
/// <c>az rest</c> for bash or zsh. The body travels in a quoted here-document inside <c>$( )</c>: nothing in it is
/// expanded by the shell, and command substitution drops the here-document's final newline, so <c>--body</c> is the
/// previewed JSON byte for byte.
/// </summary>
internal sealed class AzureCliExporter : IPolicyCodeExporter
{
    private const string Delimiter = "POLICY_JSON";

    public CodeTarget Target => CodeTarget.AzureCli;

    public CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request)
    {
        // JSON never holds a raw line break inside a value, but a pretty body could in theory put the delimiter on a line of its own.
        var delimiter = Delimiter;
        while (json.Split('\n').Any(line => line.TrimEnd('\r') == delimiter))
        {
            delimiter += "_END";
        }

        var code = new CodeWriter("  ")
            .Line("#!/usr/bin/env bash")
            .Line("# Azure CLI in bash or zsh. Sign in first with: az login")
            .Line("# az rest gets a Microsoft Graph token itself; the account needs EntitlementManagement.ReadWrite.All")
            .Line("# (or an Identity Governance Administrator / access package manager role).")
            .Line($"az rest --method {request.Method.ToLowerInvariant()} \\")
            .Indent()
            .Line($"--url '{request.Url}' \\")
            .Line("--headers 'Content-Type=application/json' \\")
            .Line($"--body \"$(cat <<'{delimiter}'")
            .ToString() + json + "\n" + delimiter + "\n)\"\n";
        return new CodeSnippet(Target, "Azure CLI", "bash", $"{request.Verb}-policy.sh", code);
    }
}
