namespace PolicyPortal.Web.Security;

/// <summary>The origin of the Entra ID authority tenant mode signs in at (<c>AzureAd:Authority</c>, else
/// <c>AzureAd:Instance</c>, else the global cloud's, Identity.Web's default), for the CSP's <c>form-action</c>.</summary>
internal sealed record SignInAuthority(string Origin)
{
    private const string GlobalCloud = "https://login.microsoftonline.com/";

    public static SignInAuthority From(IConfiguration azureAd)
    {
        var configured = new[] { azureAd["Authority"], azureAd["Instance"] }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        return new(new Uri(configured ?? GlobalCloud).GetLeftPart(UriPartial.Authority));
    }
}
