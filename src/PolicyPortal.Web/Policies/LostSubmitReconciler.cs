using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Policies;

/// <summary>Decides what became of a submit whose answer was lost (timeout, dropped connection, restart), from what
/// Graph holds now and the submit's own evidence. A policy counts as ours only when it is new since the submit began and
/// its body is what was sent; anything less is reported as unknown, with the candidates, and never claimed.</summary>
public sealed class LostSubmitReconciler(IPolicyGateway gateway)
{
    public async Task<LostSubmit> ReconcileAsync(PolicyDraft draft, SubmitEvidence? evidence, CancellationToken cancellationToken)
    {
        if (!draft.IsNew)
        {
            // A replaced policy exists either way: the PUT landed when the policy now is what was sent. Without evidence the
            // draft tells what was sent, as a submitting draft cannot be edited.
            var current = await gateway.GetAsync(draft.Id!, cancellationToken);
            return IsBody(current, evidence?.SentJson ?? gateway.Prepare(draft).Json) ? new LostSubmit.Landed(current.Id!) : new LostSubmit.NotLanded();
        }

        var packagePolicies = await gateway.ListAsync(draft.AccessPackage.Id!, cancellationToken);
        var candidates = packagePolicies
            .Where(p => p.DisplayName == draft.DisplayName && !(evidence?.PriorPolicyIds.Contains(p.Id!) ?? false))
            .ToList();
        if (candidates.Count == 0)
        {
            return new LostSubmit.NotLanded();
        }
        var ours = evidence is null ? [] : candidates.Where(p => IsBody(p.CloneAsNew(), evidence.SentJson)).ToList();
        return ours.Count == 1 ? new LostSubmit.Landed(ours[0].Id!) : new LostSubmit.Unknown(candidates);
    }

    /// <summary>The package's policy ids now, before a create is sent: the "before" a lost answer is judged against.</summary>
    public async Task<SubmitEvidence> EvidenceBeforeSendingAsync(PreparedPolicy prepared, PolicyDraft draft, CancellationToken cancellationToken)
    {
        if (prepared.IsUpdate || draft.AccessPackage.Id is not { } packageId)
        {
            return new SubmitEvidence(prepared.Json, []);
        }
        var before = await gateway.ListAsync(packageId, cancellationToken);
        return new SubmitEvidence(prepared.Json, [.. before.Select(p => p.Id!)]);
    }

    private bool IsBody(PolicyDraft policy, string sentJson)
    {
        string body;
        try
        {
            body = gateway.Prepare(policy).Json;
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException)
        {
            return false; // a policy this portal cannot even map was not sent by it
        }
        return JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(sentJson));
    }
}

/// <summary>What became of a submit whose answer was lost.</summary>
public abstract record LostSubmit
{
    /// <summary>Graph holds exactly the body sent, under this id.</summary>
    public sealed record Landed(string PolicyId) : LostSubmit;

    /// <summary>Graph shows no trace of it: sending again creates or replaces it once.</summary>
    public sealed record NotLanded : LostSubmit;

    /// <summary>Policies by the same name appeared that cannot be told apart from ours: the admin decides.</summary>
    public sealed record Unknown(IReadOnlyList<PolicyDraft> Candidates) : LostSubmit;
}
