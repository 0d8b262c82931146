namespace PolicyPortal.Web.Security;

/// <summary>What <see cref="GraphCallGuard"/> returns: the call's value, or <see cref="ChallengeStarted"/> when the admin
/// is being sent to Entra ID (the page is about to be left and comes back to the same URL afterwards).</summary>
public readonly record struct GraphCallResult<T>(T? Value, bool ChallengeStarted);
