using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>A tiny Graph on loopback that lists one access package and remembers the Authorization header of every
/// request, so a test can read exactly what the portal sent.</summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string PackageName = "Sales team access";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _authorizations = new();

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>What goes in <c>Graph:BaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyCollection<string> AuthorizationHeaders => _authorizations;

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var graph = new FakeGraph(builder.Build());
        graph._app.MapGet("/v1.0/identityGovernance/entitlementManagement/accessPackages", (HttpContext context) =>
        {
            graph._authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            return Results.Json(new Dictionary<string, object>
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#identityGovernance/entitlementManagement/accessPackages",
                ["value"] = new[] { new { id = "8f0b6f4c-0000-4000-8000-000000000001", displayName = PackageName, isHidden = false } },
            });
        });
        await graph._app.StartAsync();
        var address = graph._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        graph.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return graph;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
