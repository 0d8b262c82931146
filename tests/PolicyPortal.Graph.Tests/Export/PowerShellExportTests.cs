using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text.Json.Nodes;
using PolicyPortal.Core.Diff;
using PolicyPortal.Graph.Export;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>
/// The generated PowerShell parses with PowerShell's own parser and, run in a real runspace with the Graph cmdlets
/// stood in, hands <c>-BodyParameter</c> a hashtable with exactly the preview's members and values.
/// </summary>
public sealed class PowerShellExportTests
{
    // Stand-ins for the module: they record what the snippet passes.
    private const string Stubs = """
        function Import-Module { }
        function Connect-MgGraph { param($Scopes) }
        function New-MgEntitlementManagementAssignmentPolicy { param($BodyParameter) $global:sent = @{ Body = $BodyParameter; Command = 'New' } }
        function Set-MgEntitlementManagementAssignmentPolicy { param($AccessPackageAssignmentPolicyId, $BodyParameter) $global:sent = @{ Body = $BodyParameter; Command = 'Set'; Id = $AccessPackageAssignmentPolicyId } }
        """;

    [Fact]
    public void Generate_EveryTemplateAndGeneratedDraft_ParsesWithoutErrors()
    {
        foreach (var sample in ExportSamples.All)
        {
            var code = Code(sample);
            Parser.ParseInput(code, out _, out var errors);
            errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}").ShouldBeEmpty($"{sample.Name}\n{code}");
        }
    }

    [Fact]
    public void Generate_EveryTemplateAndGeneratedDraft_RunsAndPassesThePreviewValues()
    {
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        foreach (var sample in ExportSamples.All)
        {
            using var shell = PowerShell.Create(runspace);
            shell.AddScript(Stubs + "\n" + Code(sample)).Invoke();
            shell.HadErrors.ShouldBeFalse($"{sample.Name}: {string.Join("; ", shell.Streams.Error)}");

            var sent = (Hashtable)runspace.SessionStateProxy.GetVariable("sent");
            sent["Command"].ShouldBe(sample.PolicyId is null ? "New" : "Set", sample.Name);
            if (sample.PolicyId is not null)
            {
                sent["Id"].ShouldBe(sample.PolicyId);
            }

            JsonDiff.Compare(sample.Json, ToJson(sent["Body"])!.ToJsonString()).ShouldBeEmpty($"{sample.Name}\n{Code(sample)}");
        }
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's ‘quoted’", "'it''s ‘‘quoted’’'")]
    [InlineData("$(Get-Secret)\n", "\"`$(Get-Secret)`n\"")]
    [InlineData("tick`\"x\"\t", "\"tick```\"x`\"`t\"")]
    public void Literal_UserText_IsEscapedForPowerShell(string text, string expected)
    {
        PowerShellExporter.Literal(text).ShouldBe(expected);
    }

    private static string Code(ExportSample sample) => PolicyCodeExport.Generate(CodeTarget.PowerShell, sample.Json, sample.PolicyId).Code;

    /// <summary>The hashtable as JSON, walked here rather than by ConvertTo-Json so nothing is coerced on the way.</summary>
    private static JsonNode? ToJson(object? value) => (value is PSObject ps ? ps.BaseObject : value) switch
    {
        null => null,
        Hashtable table => new JsonObject(table.Cast<DictionaryEntry>().Select(e => KeyValuePair.Create((string)e.Key, ToJson(e.Value)))),
        object[] items => new JsonArray([.. items.Select(ToJson)]),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        var other => throw new InvalidOperationException($"Unexpected {other.GetType()} in the hashtable."),
    };
}
