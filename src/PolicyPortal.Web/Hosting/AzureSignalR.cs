using Microsoft.Azure.SignalR;

namespace PolicyPortal.Web.Hosting;

/// <summary>With <c>Azure:SignalR:ConnectionString</c> set, Azure SignalR Service holds the browsers' connections and
/// hands each circuit's messages to the instance that owns it (sticky mode Required, as Blazor Server needs): the
/// instances then need no sticky load balancer in front, only the shared database and Redis.</summary>
internal static class AzureSignalR
{
    public const string ConnectionStringKey = "Azure:SignalR:ConnectionString";

    public static void AddAzureSignalRWhenConfigured(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[ConnectionStringKey]))
        {
            return;
        }
        // The SDK reads the same key itself.
        builder.Services.AddSignalR().AddAzureSignalR(options => options.ServerStickyMode = ServerStickyMode.Required);
    }
}
