namespace PolicyPortal.Web.Hosting;

/// <summary>Decides the mode from configuration and refuses combinations that must never run.</summary>
public static class PortalModeResolver
{
    private static readonly string[] TenantKeys = ["AzureAd:Instance", "AzureAd:TenantId", "AzureAd:ClientId"];

    public static PortalMode Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var missing = TenantKeys.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList();
        var demo = string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);

        if (demo && environment.IsProduction())
        {
            // The demo signs everyone in as an admin: it must never be what a production deployment falls back to.
            throw new InvalidOperationException(
                "PolicyPortal cannot start in Production without Entra ID configuration. Missing: "
                + string.Join(", ", missing)
                + ". Set them (see appsettings.sample.json), or run outside Production to use the demo tenant.");
        }

        if (!demo && missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Entra ID configuration is incomplete. Missing: " + string.Join(", ", missing)
                + ". See appsettings.sample.json.");
        }

        return demo ? PortalMode.Demo : PortalMode.Tenant;
    }
}
