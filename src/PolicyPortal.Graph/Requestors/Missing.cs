using System.Globalization;
using System.Net;

namespace PolicyPortal.Graph.Requestors;

/// <summary>Why a fact could not be read, in words that name the fix: a permission to consent to, a group gone.</summary>
internal static class Missing
{
    /// <param name="what">"the manager chain"</param>
    /// <param name="permission">The least delegated permission Graph's docs name for the request.</param>
    public static string Fact(HttpStatusCode status, string what, string permission) => status switch
    {
        HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized =>
            $"PolicyPortal is not allowed to read {what}. It needs the delegated Microsoft Graph permission {permission}: ask a Global or Privileged Role Administrator to grant admin consent for it to PolicyPortal (Entra ID > App registrations > API permissions), then sign in again.",
        _ => string.Create(CultureInfo.InvariantCulture, $"Microsoft Graph could not give {what} (HTTP {(int)status}). Try again in a minute."),
    };

    /// <summary>The end of a sentence about a group that could not be read.</summary>
    public static string Group(HttpStatusCode status) => status switch
    {
        HttpStatusCode.NotFound => "no longer exists in the directory (it was deleted); pick another approver",
        _ => "could not be read: " + Fact(status, "its members", "GroupMember.Read.All"),
    };
}
