using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Bench;

/// <summary>The wizard's package field against the large tenant's 5,006 packages, in-process: the
/// <c>contains(tolower(displayName),…)</c> <c>$filter</c> the portal sends (GraphAccessPackageCatalog), next to a
/// baseline measured in the same run: a plain <c>List.Where(Contains)</c> scan of the same names.</summary>
public static class PackageFilterBenchmark
{
    // What an admin types into the package field: a whole name, a word, a few letters.
    private static readonly string[] Texts = ["marketing campaign", "finance", "sal", "partner", "engineering tools", "ops"];

    public static SearchBenchmarkResult Run(int iterations, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var collection = new ServiceCollection().AddSandboxTenant();
        collection.Configure<SandboxOptions>(options => options.Scale = SandboxScale.Large);
        using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<SandboxDispatcher>();
        // The dispatcher's own tenant, rather than a second build of the large seed.
        var names = services.GetRequiredService<TenantStore>().Current.AccessPackages.Items.Select(p => p.DisplayName!).ToList();
        var requests = Texts.Select(ToRequest).ToArray();

        var warmup = Math.Max(1, iterations / 10);
        SearchBenchmark.Measure(warmup, i => SearchBenchmark.Dispatch(dispatcher, requests[i % requests.Length], cancellationToken));
        SearchBenchmark.Measure(warmup, i => Baseline(names, Texts[i % Texts.Length]));

        var sandbox = SearchBenchmark.Measure(iterations, i => SearchBenchmark.Dispatch(dispatcher, requests[i % requests.Length], cancellationToken));
        var baseline = SearchBenchmark.Measure(iterations, i => Baseline(names, Texts[i % Texts.Length]));
        return new SearchBenchmarkResult(iterations, names.Count, sandbox, baseline);
    }

    private static SandboxRequest ToRequest(string text)
    {
        var headers = SandboxRequest.NewHeaders();
        headers["Authorization"] = "Bearer bench";
        var filter = Uri.EscapeDataString($"contains(tolower(displayName),'{text}')");
        var query = $"$filter={filter}&$select=id,displayName,description,isHidden&$expand=catalog&$top=20";
        return new SandboxRequest("GET", "/v1.0/identityGovernance/entitlementManagement/accessPackages", query, headers, Body: null, BaseUrl: "http://bench");
    }

    private static int Baseline(List<string> names, string text) =>
        names.Where(n => n.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(20).Count();
}
