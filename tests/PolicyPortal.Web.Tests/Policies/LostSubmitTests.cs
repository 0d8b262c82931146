using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Tests.Graph;

namespace PolicyPortal.Web.Tests.Policies;

/// <summary>A submit whose answer is lost, in a package that already has a policy of the same name (Graph does not make
/// names unique): settled by evidence only, never by the name; every outcome audited; one resend creates exactly one.
/// The real submitter, store and Graph SDK against the sandbox; only where the answer is lost is simulated.</summary>
public sealed class LostSubmitTests(SandboxServiceTest<IServiceProvider>.Server server)
    : SandboxServiceTest<IServiceProvider>(server)
{
    private const string Package = SandboxSeedIds.AccessPackages.MarketingCampaignTools;
    private const string Name = "Partners (same name as an older one)";
    private const string Policies = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private readonly CurrentUser _ada = new($"lost-submit-{Guid.NewGuid():N}", "Ada Admin");

    private IPolicyGateway Gateway => Service.GetRequiredService<IPolicyGateway>();

    private IDraftStore Drafts => Service.GetRequiredService<IDraftStore>();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GraphTimesOut_WithAnOlderPolicyOfTheSameName_NeverAdoptsItAndEndsWithExactlyOneOfOurs(bool postLanded)
    {
        var older = await OlderPolicyOfTheSameNameAsync();
        var (record, draft) = await SavedDraftAsync();

        var outcome = await SubmitterOf(new AnswerLosingGateway(Gateway, postLanded)).SubmitAsync(_ada, record, Gateway.Prepare(draft), draft, Ct);

        var ours = await NewPoliciesNamedAsync(older);
        if (postLanded)
        {
            var created = outcome.ShouldBeOfType<SubmitOutcome.Succeeded>();
            created.PolicyId.ShouldBe(ours.ShouldHaveSingleItem());
            (await StoredAsync(record)).SubmittedPolicyId.ShouldBe(created.PolicyId);
            var audited = (await AuditedAsync()).ShouldHaveSingleItem();
            (audited.Outcome, audited.PolicyId).ShouldBe((AuditOutcome.Succeeded, created.PolicyId));
            audited.Error.ShouldNotBeNull().ShouldContain("did not answer");
            (await SubmitterOf(Gateway).SubmitAsync(_ada, record, Gateway.Prepare(draft), draft, Ct)).ShouldBeOfType<SubmitOutcome.AlreadySubmitting>();
        }
        else
        {
            outcome.ShouldBeOfType<SubmitOutcome.Failed>().Message.ShouldContain("not saved");
            ours.ShouldBeEmpty();
            (await StoredAsync(record)).State.ShouldBe(DraftState.Draft);
            (await AuditedAsync()).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failed);
            await ResendAsync(record, draft, older);
        }
        (await NewPoliciesNamedAsync(older)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GraphAnswers504ToThePost_ItIsNotSentAgainBlindly_AndEndsWithExactlyOneOfOurs(bool postLanded)
    {
        var older = await OlderPolicyOfTheSameNameAsync();
        var (record, draft) = await SavedDraftAsync();
        // The real SDK pipeline (its retry handler would resend a 504 three times) against a sandbox whose gateway times
        // out after the service created the policy, or before it did.
        await Journal.FailNextAsync("POST", Policies, 504, count: 5, retryAfterSeconds: null, Ct, afterHandling: postLanded);
        await Journal.ClearAsync(Ct); // the older policy's POST

        var outcome = await SubmitterOf(Gateway).SubmitAsync(_ada, record, Gateway.Prepare(draft), draft, Ct);

        (await Journal.RequestsAsync("POST", Policies, Ct)).ShouldHaveSingleItem("a POST is never resent after a 504");
        await Journal.ClearFaultsAsync(Ct);
        await ShouldBeSettledToExactlyOneOfOursAsync(outcome, postLanded, record, draft, older);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ServerKilledDuringThePost_WithAnOlderPolicyOfTheSameName_ResumeSettlesItByEvidenceAndEndsWithExactlyOneOfOurs(bool postLanded)
    {
        var older = await OlderPolicyOfTheSameNameAsync();
        var (record, draft) = await SavedDraftAsync();
        await KilledMidSubmitAsync(record, draft, postLanded);
        var submitting = await StoredAsync(record);

        // Right after the restart the POST may still be on its way (another instance): nothing is settled yet.
        (await SubmitterOf(Gateway).ResumeAsync(_ada, submitting, draft, Ct)).ShouldBeOfType<SubmitOutcome.AlreadySubmitting>();
        var outcome = await SubmitterOf(Gateway, AfterGraphTimeout()).ResumeAsync(_ada, submitting, draft, Ct);

        await ShouldBeSettledToExactlyOneOfOursAsync(outcome, postLanded, record, draft, older);
    }

    [Fact]
    public async Task ServerKilledDuringThePost_WhileSomeoneElseCreatedAnotherPolicyOfTheName_SaysUnknownAndShowsIt()
    {
        var (record, draft) = await SavedDraftAsync();
        await KilledMidSubmitAsync(record, draft, postLanded: false);
        var theirs = SeededDrafts.ExternalPartners(Package, "Marketing Campaign Tools", Name, "Someone else's, another body");
        var theirId = (await Gateway.SubmitAsync(Gateway.Prepare(theirs), Ct)).PolicyId;

        var outcome = await SubmitterOf(Gateway, AfterGraphTimeout()).ResumeAsync(_ada, await StoredAsync(record), draft, Ct);

        outcome.ShouldBeOfType<SubmitOutcome.Unknown>().Candidates.Select(c => c.Id).ShouldBe([theirId]);
        var audited = (await AuditedAsync()).ShouldHaveSingleItem();
        audited.Outcome.ShouldBe(AuditOutcome.Unknown);
        audited.Error.ShouldNotBeNull().ShouldContain(theirId);
        (await StoredAsync(record)).State.ShouldBe(DraftState.Draft, "the admin may send it again once they have looked");
    }

    private async Task<string> OlderPolicyOfTheSameNameAsync()
    {
        var older = SeededDrafts.ExternalPartners(Package, "Marketing Campaign Tools", Name, "An older policy that happens to share the name");
        return (await Gateway.SubmitAsync(Gateway.Prepare(older), Ct)).PolicyId;
    }

    private async Task<(DraftRecord Record, PolicyDraft Draft)> SavedDraftAsync()
    {
        var draft = SeededDrafts.ExternalPartners(Package, "Marketing Campaign Tools", Name, "Ours");
        var record = await Drafts.SaveAsync(new DraftRecord
        {
            OwnerId = _ada.Id,
            AccessPackageId = Package,
            PolicyDisplayName = Name,
            PayloadJson = DraftPayload.Serialize(draft),
            SchemaVersion = DraftPayload.SchemaVersion,
        }, Ct);
        return (record, draft);
    }

    /// <summary>What the submitter does up to its POST, and then the process is gone: nothing settles the submit.</summary>
    private async Task KilledMidSubmitAsync(DraftRecord record, PolicyDraft draft, bool postLanded)
    {
        var prepared = Gateway.Prepare(draft);
        var evidence = await Service.GetRequiredService<LostSubmitReconciler>().EvidenceBeforeSendingAsync(prepared, draft, Ct);
        (await Drafts.TryBeginSubmitAsync(_ada.Id, record.Id, record.SubmissionKey, evidence.Serialize(), Ct)).ShouldBeTrue();
        if (postLanded)
        {
            await Gateway.SubmitAsync(prepared, Ct);
        }
    }

    /// <summary>A landed POST is adopted; one that did not land says so, and one resend creates the policy: either way
    /// one audit entry for the lost answer and exactly one policy of ours.</summary>
    private async Task ShouldBeSettledToExactlyOneOfOursAsync(SubmitOutcome outcome, bool postLanded, DraftRecord record, PolicyDraft draft, string olderId)
    {
        var ours = await NewPoliciesNamedAsync(olderId);
        if (postLanded)
        {
            outcome.ShouldBeOfType<SubmitOutcome.Succeeded>().PolicyId.ShouldBe(ours.ShouldHaveSingleItem());
            (await AuditedAsync()).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Succeeded);
        }
        else
        {
            outcome.ShouldBeOfType<SubmitOutcome.Failed>().Message.ShouldContain("not saved");
            ours.ShouldBeEmpty();
            (await AuditedAsync()).ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failed);
            await ResendAsync(record, draft, olderId);
        }
        (await NewPoliciesNamedAsync(olderId)).ShouldHaveSingleItem();
    }

    private async Task ResendAsync(DraftRecord record, PolicyDraft draft, string olderId)
    {
        var again = await SubmitterOf(Gateway).SubmitAsync(_ada, await StoredAsync(record), Gateway.Prepare(draft), draft, Ct);
        again.ShouldBeOfType<SubmitOutcome.Succeeded>().PolicyId.ShouldNotBe(olderId);
    }

    private async Task<IReadOnlyList<string>> NewPoliciesNamedAsync(string olderId) =>
        [.. (await Gateway.ListAsync(Package, Ct)).Where(p => p.DisplayName == Name && p.Id != olderId).Select(p => p.Id!)];

    private async Task<DraftRecord> StoredAsync(DraftRecord record) => (await Drafts.GetAsync(_ada.Id, record.Id, Ct)).ShouldNotBeNull();

    private async Task<IReadOnlyList<AuditEntry>> AuditedAsync() =>
        (await Service.GetRequiredService<IAuditLog>().QueryAsync(new AuditFilter { Who = _ada.Id }, 0, 50, Ct)).Items;

    private PolicySubmitter SubmitterOf(IPolicyGateway gateway, TimeProvider? time = null) =>
        ActivatorUtilities.CreateInstance<PolicySubmitter>(Service, gateway, time ?? TimeProvider.System);

    /// <summary>A clock past the Graph timeout (100 s by default): no POST of the cut-off submit can still be on its way.</summary>
    private static FakeTimeProvider AfterGraphTimeout() => new(DateTimeOffset.UtcNow.AddMinutes(10));

    /// <summary>The real gateway whose submit answer never arrives, as when Graph times out: the POST either reached Graph
    /// first or did not.</summary>
    private sealed class AnswerLosingGateway(IPolicyGateway inner, bool postLands) : IPolicyGateway
    {
        public async Task<PolicyWrite> SubmitAsync(PreparedPolicy policy, CancellationToken cancellationToken)
        {
            if (postLands)
            {
                await inner.SubmitAsync(policy, cancellationToken);
            }
            throw new GatewayUnavailableException("Microsoft Graph did not answer in time.", null, outcomeUnknown: true);
        }

        public Task<IReadOnlyList<PolicyDraft>> ListAsync(string accessPackageId, CancellationToken cancellationToken) => inner.ListAsync(accessPackageId, cancellationToken);

        public Task<PolicyDraft> GetAsync(string policyId, CancellationToken cancellationToken) => inner.GetAsync(policyId, cancellationToken);

        public PreparedPolicy Prepare(PolicyDraft draft) => inner.Prepare(draft);

        public Task<PolicyWrite> DeleteAsync(string policyId, CancellationToken cancellationToken) => inner.DeleteAsync(policyId, cancellationToken);
    }
}
