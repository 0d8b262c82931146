using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Graph.Export;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>
/// The generated C# compiles against the Microsoft.Graph the app uses (Roslyn, one compilation for every sample) and,
/// run through a real GraphServiceClient, sends the previewed JSON byte for byte to the right URL with the right method.
/// </summary>
public sealed class CSharpExportTests
{
    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<string> Errors)> Compiled = new(Compile);

    [Fact]
    public void Generate_EveryTemplateAndGeneratedDraft_CompilesAgainstMicrosoftGraph()
    {
        Compiled.Value.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Generate_EveryTemplateAndGeneratedDraft_SendsThePreviewByteForByte()
    {
        var assembly = Compiled.Value.Assembly.ShouldNotBeNull(string.Join("\n", Compiled.Value.Errors));
        for (var i = 0; i < ExportSamples.All.Count; i++)
        {
            var sample = ExportSamples.All[i];
            using var handler = new CapturingHandler();
            using var http = new HttpClient(handler);
            using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.microsoft.com/v1.0");
            var run = assembly.GetType($"Snippet{i}")!.GetMethod("RunAsync")!;

            await (Task)run.Invoke(null, [client])!;

            handler.Method.ShouldBe(sample.PolicyId is null ? HttpMethod.Post : HttpMethod.Put, sample.Name);
            handler.Uri!.AbsolutePath.ShouldBe(sample.PolicyId is null
                ? "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies"
                : $"/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{sample.PolicyId}", sample.Name);
            Encoding.UTF8.GetString(handler.Body!).ShouldBe(sample.Json, $"{sample.Name}\n{Code(sample)}");
        }
    }

    [Fact]
    public void Generate_ExternalPartnersTemplate_UsesTheSdkModelClasses()
    {
        var code = Code(ExportSamples.Templates.First(s => s.Name.Contains("external-partners", StringComparison.Ordinal)));

        code.ShouldContain("var requestBody = new AccessPackageAssignmentPolicy");
        code.ShouldContain("AllowedTargetScope = AllowedTargetScope.AllConfiguredConnectedOrganizationUsers,");
        code.ShouldContain("new InternalSponsors(),");
        code.ShouldContain("new SingleUser");
        code.ShouldContain("new GroupMembers");
        code.ShouldContain("DurationBeforeAutomaticDenial = System.Xml.XmlConvert.ToTimeSpan(\"P14D\"),");
        code.ShouldContain("AccessPackage = new AccessPackage");
        code.ShouldContain("[\"startDateTime\"] = \"2027-01-04T08:00:00Z\",");
        code.ShouldContain("await graphClient.IdentityGovernance.EntitlementManagement.AssignmentPolicies.PostAsync(requestBody);");
    }

    [Theory]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\temp\n", "\"C:\\\\temp\\n\"")]
    [InlineData("a\u202Eb😀", "\"a\\u202Eb😀\"")]
    public void Literal_UserText_IsEscapedForCSharp(string text, string expected)
    {
        CSharpExporter.Literal(text).ShouldBe(expected);
    }

    private static string Code(ExportSample sample) => PolicyCodeExport.Generate(CodeTarget.CSharp, sample.Json, sample.PolicyId).Code;

    private static (Assembly?, IReadOnlyList<string>) Compile()
    {
        _ = typeof(GraphServiceClient); // make sure the SDK is loaded before references are collected
        var trees = ExportSamples.All.Select((sample, i) => CSharpSyntaxTree.ParseText(Wrap(Code(sample), i), path: $"Snippet{i}.cs", encoding: Encoding.UTF8));
        var compilation = CSharpCompilation.Create("ExportedSnippets", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // Graph 6.10 was built against Kiota 2.0.0 and runs on 2.1.6, as csc accepts by default.
                .WithSpecificDiagnosticOptions([KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress), KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress)]));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.Location.SourceTree?.FilePath}: {d}").ToList();
        return (result.Success ? Assembly.Load(image.ToArray()) : null, errors);
    }

    /// <summary>A snippet is top-level statements with graphClient in scope: its usings stay on top, the rest becomes a method body.</summary>
    private static string Wrap(string code, int index)
    {
        var lines = code.Split('\n');
        var usings = lines.Where(line => line.StartsWith("using ", StringComparison.Ordinal));
        var body = lines.Where(line => !line.StartsWith("using ", StringComparison.Ordinal));
        return $"{string.Join("\n", usings)}\npublic static class Snippet{index}\n{{\n    public static async System.Threading.Tasks.Task RunAsync(GraphServiceClient graphClient)\n    {{\n{string.Join("\n", body)}\n    }}\n}}\n";
    }

    private static readonly Lazy<List<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path))]);
}
