using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PolicyPortal.Web.Hosting;

/// <summary>Behind a TLS-terminating proxy (nginx, App Service, a container ingress) the app sees plain HTTP from the
/// proxy: <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> give back the browser's scheme and address, so the OIDC
/// <c>redirect_uri</c> is <c>https://…</c>, cookies are Secure and HTTPS redirection does not loop. Only proxies the
/// deployment names are believed (section <c>ForwardedHeaders</c>; loopback by default, as ASP.NET Core's own).
/// Source: https://learn.microsoft.com/aspnet/core/host-and-deploy/proxy-load-balancer</summary>
internal static class ReverseProxy
{
    public const string Section = "ForwardedHeaders";

    public static void AddReverseProxySupport(this WebApplicationBuilder builder)
    {
        // Read at start, so a mistyped address stops the start instead of the first request.
        var section = builder.Configuration.GetSection(Section);
        var proxies = Parsed<IPAddress>(section, "KnownProxies", IPAddress.TryParse, "an IP address");
        var networks = Parsed<System.Net.IPNetwork>(section, "KnownNetworks", System.Net.IPNetwork.TryParse, "a CIDR range such as 10.0.0.0/8");
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    private delegate bool TryParse<T>(string text, [NotNullWhen(true)] out T? value);

    private static List<T> Parsed<T>(IConfigurationSection section, string key, TryParse<T> parse, string what) =>
        [.. (section.GetSection(key).Get<string[]>() ?? []).Select(text => parse(text, out var value)
            ? value!
            : throw new InvalidOperationException($"{Section}:{key} has “{text}”, which is not {what}."))];
}
