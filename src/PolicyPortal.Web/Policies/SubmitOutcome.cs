using PolicyPortal.Core.Policies;

namespace PolicyPortal.Web.Policies;

/// <summary>How a submit ended, in the words the Review step shows.</summary>
public abstract record SubmitOutcome
{
    /// <summary>Graph created or replaced the policy.</summary>
    public sealed record Succeeded(string PolicyId, bool Created) : SubmitOutcome;

    /// <summary>Another tab or click already submits (or submitted) this draft: nothing was sent.</summary>
    public sealed record AlreadySubmitting(string? PolicyId) : SubmitOutcome;

    /// <summary>The request body differs from the one the Review showed: the new one is shown instead, nothing was sent.</summary>
    public sealed record PreviewChanged : SubmitOutcome;

    /// <summary>Graph refused or failed; the draft is intact and can be fixed and sent again.</summary>
    public sealed record Failed(string Message, string? Field) : SubmitOutcome;

    /// <summary>Graph's answer was lost and policies by this name appeared that may or may not be this submit's: the admin
    /// looks at them before sending again. The draft is intact.</summary>
    public sealed record Unknown(IReadOnlyList<PolicyDraft> Candidates) : SubmitOutcome;
}
