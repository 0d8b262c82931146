using System.Diagnostics;
using System.Text.Json;
using PolicyPortal.Core.Diff;
using PolicyPortal.Graph.Export;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>
/// The generated Python compiles (<c>py_compile</c>) and, run by python3 against a stand-in for the msgraph package
/// (any model class records its keyword arguments; the client records what it posts), builds a request body with
/// exactly the preview's members and values. The stand-in also checks each import names the module Kiota puts the class in.
/// </summary>
public sealed class PythonExportTests
{
    private const string Harness = """
        import asyncio, importlib.abc, importlib.machinery, importlib.util, json, py_compile, re, sys, types

        def snake(name):
            return re.sub(r'(?<!^)([A-Z])', r'_\1', name).lower()

        class EnumValue:
            def __init__(self, name):
                self.name = name

        class ModelMeta(type):
            def __getattr__(cls, name):
                if name.startswith('__'):
                    raise AttributeError(name)
                return EnumValue(name)

        def model_class(name):
            def __init__(self, **kwargs):
                self.kwargs = kwargs
            return ModelMeta(name, (), {'__init__': __init__})

        class FakeModule(types.ModuleType):
            def __getattr__(self, name):
                if name.startswith('__'):
                    raise AttributeError(name)
                if self.__name__.startswith('msgraph.generated.models.') and snake(name) != self.__name__.rsplit('.', 1)[1]:
                    raise ImportError(f'{name} is not in {self.__name__}')
                cls = model_class(name)
                setattr(self, name, cls)
                return cls

        class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
            def find_spec(self, fullname, path, target=None):
                if fullname == 'msgraph' or fullname.startswith('msgraph.'):
                    return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
                return None
            def create_module(self, spec):
                return FakeModule(spec.name)
            def exec_module(self, module):
                module.__path__ = []

        sys.meta_path.insert(0, Finder())
        sent = []

        class Client:
            def __init__(self, path):
                self.path = path
            def __getattr__(self, name):
                return Client(self.path + [name])
            def by_access_package_assignment_policy_id(self, policy_id):
                return Client(self.path + ['[' + policy_id + ']'])
            async def post(self, body):
                sent.append(('post', self.path, body))
            async def put(self, body):
                sent.append(('put', self.path, body))

        def camel(name):
            head, *rest = name.split('_')
            return head + ''.join(part[:1].upper() + part[1:] for part in rest)

        def to_json(value):
            if isinstance(value, EnumValue):
                return value.name[:1].lower() + value.name[1:]
            if isinstance(type(value), ModelMeta):
                result = {}
                for key, item in value.kwargs.items():
                    if key == 'additional_data':
                        result.update({k: to_json(v) for k, v in item.items()})
                    elif key == 'odata_type':
                        result['@odata.type'] = item
                    else:
                        result[camel(key)] = to_json(item)
                return result
            if isinstance(value, list):
                return [to_json(item) for item in value]
            if isinstance(value, dict):
                return {k: to_json(v) for k, v in value.items()}
            return value

        results = []
        for file in sys.argv[1:]:
            try:
                py_compile.compile(file, doraise=True)
                spec = importlib.util.spec_from_file_location('snippet', file)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                run = getattr(module, 'update_policy', None) or module.create_policy
                sent.clear()
                asyncio.run(run(Client(['graph_client'])))
                method, path, body = sent[0]
                results.append({'method': method, 'path': '.'.join(path), 'body': to_json(body)})
            except Exception as error:
                results.append({'error': f'{type(error).__name__}: {error}'})
        print(json.dumps(results))
        """;

    [Fact]
    public async Task Generate_EveryTemplateAndGeneratedDraft_CompilesAndBuildsThePreviewBody()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("py-export-");
        try
        {
            var harness = Path.Combine(folder.FullName, "harness.py");
            await File.WriteAllTextAsync(harness, Harness, TestContext.Current.CancellationToken);
            var files = new List<string>();
            for (var i = 0; i < ExportSamples.All.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"snippet_{i:D3}.py");
                await File.WriteAllTextAsync(file, Code(ExportSamples.All[i]), TestContext.Current.CancellationToken);
                files.Add(file);
            }

            var start = new ProcessStartInfo("python3", [harness, .. files]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            process.ExitCode.ShouldBe(0, await error);

            using var results = JsonDocument.Parse(output);
            for (var i = 0; i < ExportSamples.All.Count; i++)
            {
                var sample = ExportSamples.All[i];
                var result = results.RootElement[i];
                result.TryGetProperty("error", out var failure).ShouldBeFalse($"{sample.Name}: {(failure.ValueKind == JsonValueKind.String ? failure.GetString() : "")}\n{Code(sample)}");
                result.GetProperty("method").GetString().ShouldBe(sample.PolicyId is null ? "post" : "put");
                result.GetProperty("path").GetString().ShouldBe(sample.PolicyId is null
                    ? "graph_client.identity_governance.entitlement_management.assignment_policies"
                    : $"graph_client.identity_governance.entitlement_management.assignment_policies.[{sample.PolicyId}]");
                JsonDiff.Compare(sample.Json, result.GetProperty("body").GetRawText()).ShouldBeEmpty($"{sample.Name}\n{Code(sample)}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Generate_ContractorsTemplate_UsesRealClassesAndPythonLiterals()
    {
        var sample = ExportSamples.Templates.First(s => s.Name == "template contractors-questions-90-days (create)");
        var code = Code(sample);

        code.ShouldContain("from msgraph.generated.models.access_package_assignment_policy import AccessPackageAssignmentPolicy");
        code.ShouldContain("from msgraph.generated.models.access_package_text_input_question import AccessPackageTextInputQuestion");
        code.ShouldContain("allowed_target_scope=AllowedTargetScope.SpecificDirectoryUsers,");
        code.ShouldContain("is_approval_required_for_add=True,");
        code.ShouldContain("regex_pattern=\"^[A-Za-z0-9 -]{3,}$\",");
        code.ShouldContain("duration=\"P90D\",");
        code.ShouldContain("async def create_policy(graph_client: GraphServiceClient):");
        code.ShouldContain("return await graph_client.identity_governance.entitlement_management.assignment_policies.post(request_body)");
    }

    private static string Code(ExportSample sample) => PolicyCodeExport.Generate(CodeTarget.Python, sample.Json, sample.PolicyId).Code;
}
