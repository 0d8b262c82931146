using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyPortal.Sandbox.Batch;
using PolicyPortal.Sandbox.Directory;
using PolicyPortal.Sandbox.Entitlement;
using PolicyPortal.Sandbox.Faults;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Journal;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox;

/// <summary>Registers and mounts the sandbox tenant. The host decides where: the Web app maps it under
/// <c>/sandbox/graph</c> in demo mode only; standalone it answers at the root.</summary>
public static class SandboxServiceCollectionExtensions
{
    public static IServiceCollection AddSandboxTenant(this IServiceCollection services, IConfiguration? section = null)
    {
        var options = services.AddOptions<SandboxOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }
        options.ValidateDataAnnotations()
            // Data annotations do not reach into list items, so check the configured faults here.
            .Validate(o => o.Faults.All(f => f.Status is >= 400 and <= 599 && f.Count is null or >= 1 && f.RetryAfterSeconds is null or >= 0),
                $"{SandboxOptions.Section}:Faults: every Status must be 400–599, Count at least 1, RetryAfterSeconds not negative.")
            .ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TenantStore>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<DirectoryHandler>();
        services.AddSingleton<PolicyHandler>();
        services.AddSingleton<EntitlementHandler>();
        services.AddSingleton<GraphRouter>();
        services.AddSingleton<BatchHandler>();
        services.AddSingleton<SandboxDispatcher>();
        services.AddSingleton<SandboxHttpAdapter>();
        return services;
    }

    /// <summary>Serves Graph's <c>/v1.0/...</c> routes, <c>/_journal</c>, <c>/_reset</c> and <c>/_faults</c>
    /// relative to the current path base.</summary>
    public static IApplicationBuilder UseSandboxTenant(this IApplicationBuilder app)
    {
        var adapter = app.ApplicationServices.GetRequiredService<SandboxHttpAdapter>();
        app.Run(adapter.InvokeAsync);
        return app;
    }
}
