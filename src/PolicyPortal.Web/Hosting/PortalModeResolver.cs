namespace PolicyPortal.Web.Hosting;

/// <summary>Decides the mode from configuration and refuses combinations that must never run.</summary>
public static class PortalModeResolver
{
    /// <summary>Turns the demo on outside Development, where it is otherwise refused (a Staging slot with no ClientId).</summary>
    public const string DemoModeKey = "Portal:DemoMode";

    private const string ClientIdKey = "AzureAd:ClientId";
    private const string AuthorityKey = "AzureAd:Authority";
    private static readonly string[] InstanceAndTenantKeys = ["AzureAd:Instance", "AzureAd:TenantId"];

    public static PortalMode Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        // Where to sign in is either Instance + TenantId, or one Authority URL (which Identity.Web hands MSAL as is).
        var missing = string.IsNullOrWhiteSpace(configuration[AuthorityKey])
            ? InstanceAndTenantKeys.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList()
            : [];
        var demo = string.IsNullOrWhiteSpace(configuration[ClientIdKey]);
        if (demo)
        {
            missing.Add(ClientIdKey);
        }

        if (demo && environment.IsProduction())
        {
            // The demo signs everyone in as an admin: it must never be what a production deployment falls back to.
            throw new InvalidOperationException(
                "PolicyPortal cannot start in Production without Entra ID configuration. Missing: "
                + Describe(missing)
                + ". Set them (see appsettings.sample.json), or run outside Production to use the demo tenant.");
        }

        if (demo && !environment.IsDevelopment() && !configuration.GetValue<bool>(DemoModeKey))
        {
            // Without a ClientId the app would sign everyone in as the demo admin: outside Development only on purpose.
            throw new InvalidOperationException(
                $"PolicyPortal has no Entra ID configuration ({Describe(missing)}) and would start in demo mode, which signs everyone in "
                + $"as an administrator of a sandbox tenant. Outside Development that needs {DemoModeKey}=true; otherwise set the "
                + "Entra ID keys (see appsettings.sample.json and docs/deploy).");
        }

        if (!demo && missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Entra ID configuration is incomplete. Missing: " + Describe(missing) + ". See appsettings.sample.json.");
        }

        return demo ? PortalMode.Demo : PortalMode.Tenant;
    }

    private static string Describe(List<string> missing) =>
        string.Join(", ", missing)
        + (missing.Intersect(InstanceAndTenantKeys).Any() ? $" (or {AuthorityKey} instead of AzureAd:Instance and AzureAd:TenantId)" : "");
}
