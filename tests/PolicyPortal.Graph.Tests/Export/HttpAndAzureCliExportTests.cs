using System.Diagnostics;
using System.Text;
using PolicyPortal.Graph.Export;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>The HTTP request carries the preview unchanged; the az snippet, run by bash, hands az the preview byte for byte.</summary>
public sealed class HttpAndAzureCliExportTests
{
    [Fact]
    public void Generate_Http_HasMethodUrlHeadersAndThePreviewAsBody()
    {
        foreach (var sample in ExportSamples.All)
        {
            var code = PolicyCodeExport.Generate(CodeTarget.Http, sample.Json, sample.PolicyId).Code;
            var split = code.IndexOf("\n\n", StringComparison.Ordinal);
            var head = code[..split].Split('\n');

            head[0].ShouldBe(sample.PolicyId is null
                ? "POST https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies"
                : $"PUT https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{sample.PolicyId}");
            head.ShouldContain("Content-Type: application/json");
            head.ShouldContain("Authorization: Bearer {token}");
            code[(split + 2)..].ShouldBe(sample.Json, sample.Name);
        }
    }

    [Fact]
    public async Task Generate_AzureCli_RunByBashPassesThePreviewByteForByte()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("az-export-");
        try
        {
            for (var i = 0; i < ExportSamples.All.Count; i++)
            {
                var sample = ExportSamples.All[i];
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{i:D3}.sh"),
                    PolicyCodeExport.Generate(CodeTarget.AzureCli, sample.Json, sample.PolicyId).Code, TestContext.Current.CancellationToken);
            }

            // A stand-in az records what it was given; every snippet is sourced by one bash.
            const string script = """
                az() {
                  while [ $# -gt 0 ]; do
                    case "$1" in
                      --method) printf '%s ' "$2" >> "$OUT.request"; shift ;;
                      --url) printf '%s' "$2" >> "$OUT.request"; shift ;;
                      --headers) printf '%s' "$2" > "$OUT.headers"; shift ;;
                      --body) printf '%s' "$2" > "$OUT.body"; shift ;;
                    esac
                    shift
                  done
                }
                for f in "$1"/*.sh; do OUT="$f"; . "$f"; done
                """;
            var (code, error) = await Bash(script, folder.FullName);
            code.ShouldBe(0, error);

            for (var i = 0; i < ExportSamples.All.Count; i++)
            {
                var sample = ExportSamples.All[i];
                var output = Path.Combine(folder.FullName, $"{i:D3}.sh");
                (await File.ReadAllTextAsync(output + ".body", Encoding.UTF8, TestContext.Current.CancellationToken)).ShouldBe(sample.Json, sample.Name);
                (await File.ReadAllTextAsync(output + ".headers", TestContext.Current.CancellationToken)).ShouldBe("Content-Type=application/json");
                (await File.ReadAllTextAsync(output + ".request", TestContext.Current.CancellationToken)).ShouldBe(sample.PolicyId is null
                    ? "post https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies"
                    : $"put https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{sample.PolicyId}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Error)> Bash(string script, string argument)
    {
        var start = new ProcessStartInfo("bash", ["-c", script, "bash", argument]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await error);
    }
}
