using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Security;

/// <summary>How tenant mode talks to Entra ID beyond what Identity.Web's <c>AzureAd</c> section says (section
/// <c>SignIn</c>).</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>How long one call to Entra ID from the server (its metadata, a token redemption) may take before the
    /// admin is told sign-in is not reachable. The default is ASP.NET Core's 60 s cut to what a person waits for.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}
