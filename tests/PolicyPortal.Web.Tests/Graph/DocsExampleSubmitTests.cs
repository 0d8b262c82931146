using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>
/// Every v1.0 body in Graph's docs, as printed (ids pointed at the seed): it imports with nothing unexplained, passes
/// every check, and what the portal sends to the sandbox through the real SDK is the preview, byte for byte.
/// </summary>
public sealed class DocsExampleSubmitTests(SandboxServiceTest<IPolicyGateway>.Server server) : SandboxServiceTest<IPolicyGateway>(server)
{
    private static readonly PolicyDraftValidator Validator = new(TimeProvider.System);

    [Theory]
    [MemberData(nameof(DocsExamples.All), MemberType = typeof(DocsExamples))]
    public async Task DocsExample_ImportsPassesEveryCheckAndIsSentAsPreviewed(string example)
    {
        var json = DocsExamples.Seeded(example);
        string? replacedId = null;
        if (example == "update-example")
        {
            // The update example replaces a policy that must exist: create one in its package first.
            var existing = PolicyJson.Parse(DocsExamples.Seeded("create-example-1")).Draft!;
            existing.AccessPackage.Id = SandboxSeedIds.AccessPackages.FinanceReporting;
            replacedId = (await Service.SubmitAsync(Service.Prepare(existing), Ct)).PolicyId;
            json = json.Replace("87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187", replacedId, StringComparison.Ordinal);
        }

        var import = PolicyJson.Parse(json);

        import.HasErrors.ShouldBeFalse(string.Join("; ", import.Problems));
        import.Problems.Where(problem => problem.IsUnexplained).ShouldBeEmpty();
        var draft = import.Draft.ShouldNotBeNull();
        var others = await Service.ListAsync(draft.AccessPackage.Id!, Ct);
        var context = new PackagePolicyContext([.. others.Select(p => new ExistingPolicy(p.Id!, p.DisplayName, p.IsAutoAssignment))]);
        Validator.ValidateDraft(draft, context).Issues.ShouldBeEmpty();

        var prepared = Service.Prepare(draft);
        var submitted = await Service.SubmitAsync(prepared, Ct);

        var sent = (await Journal.RequestsAsync(replacedId is null ? "POST" : "PUT", replacedId ?? "assignmentPolicies", Ct))[^1];
        sent.GetProperty("body").GetString().ShouldBe(prepared.Json);
        sent.GetProperty("status").GetInt32().ShouldBe(replacedId is null ? 201 : 200);
        (await Service.GetAsync(submitted.PolicyId, Ct)).DisplayName.ShouldBe(draft.DisplayName);
    }
}
