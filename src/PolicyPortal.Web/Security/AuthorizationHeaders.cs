namespace PolicyPortal.Web.Security;

internal static class AuthorizationHeaders
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The token of an Authorization header value ("Bearer eyJ…"), which is what Kiota asks a provider for.</summary>
    public static string Token(string header) => header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..] : header;
}
