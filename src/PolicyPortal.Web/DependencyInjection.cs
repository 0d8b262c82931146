using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using MudBlazor.Services;
using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Core.Validation;
using PolicyPortal.Graph.Client;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Health;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web;

public static class DependencyInjection
{
    /// <summary>The path the sandbox tenant is mounted under in demo mode.</summary>
    public const string SandboxPath = "/sandbox/graph";

    /// <summary>The git-ignored settings file beside appsettings.json that the README tells a deploying admin to create.</summary>
    public const string LocalSettingsFile = "appsettings.Local.json";

    public static WebApplicationBuilder AddPolicyPortalWeb(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddLocalSettings(builder.Environment);
        builder.AddReverseProxySupport();
        builder.AddPortalTelemetry();
        var mode = PortalModeResolver.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(mode);

        builder.Services.AddSingleton<IPostConfigureOptions<LoggerFilterOptions>, SensitiveLogFloor>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddHealthChecks()
            .AddCheck<GraphHealthCheck>(GraphHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        builder.AddPolicyPortalData();
        builder.AddKeyProtection();
        builder.AddSharedCache();
        builder.AddAzureSignalRWhenConfigured();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<CachedDirectorySearch>();
        builder.Services.AddScoped<CachedRequestorDirectory>();
        builder.Services.AddSingleton<PolicyDraftValidator>();
        builder.Services.AddScoped<PolicySubmitter>();
        builder.Services.AddScoped<LostSubmitReconciler>();
        builder.Services.AddScoped<PolicyDeleter>();
        builder.Services.AddTransient<BulkPlanSession>();
        builder.Services.AddScoped<BulkRunner>();
        builder.Services.AddScoped<BaselineExporter>();
        builder.Services.AddScoped<BaselineMatcher>();
        builder.Services.AddScoped<BaselineComparer>();
        // One per wizard form, which closes it; not disposable, so the circuit's scope does not hold every one.
        builder.Services.AddTransient<PolicyWizardSession>();

        var roles = PortalAuthorizationOptions.From(builder.Configuration.GetSection(PortalAuthorizationOptions.Section));
        builder.Services.AddSingleton(roles);
        builder.Services.AddAuthorization(options => PortalPolicies.Add(options, roles));
        builder.Services.AddGraphCallGuard();

        if (mode.IsDemo)
        {
            builder.Services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
            builder.Services.AddSandboxTenant(builder.Configuration.GetSection(SandboxOptions.Section));
            builder.Services.AddSingleton<IGraphEndpoint, SandboxGraphEndpoint>();
            builder.Services.AddSingleton<IAccessTokenProvider, SandboxAccessTokenProvider>();
        }
        else
        {
            builder.AddTenantSignIn();
        }
        return builder;
    }

    public static WebApplication UsePolicyPortal(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<PortalMode>();

        // First: everything after it (HTTPS redirection, sign-in's redirect_uri, Secure cookies) sees the browser's scheme.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(PageRoutes.Error, createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        if (mode.IsDemo)
        {
            // Mounted before everything else: Graph clients get Graph's answers, never the app's pages.
            app.Map(SandboxPath, sandbox => sandbox.UseSandboxTenant());
        }
        else
        {
            // Not even a sign-in redirect: in tenant mode there is nothing under /sandbox, for anyone.
            app.Map("/sandbox", nothing => nothing.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        }

        app.UseStatusCodePagesWithReExecute(PageRoutes.NotFound, createScopeForStatusCodePages: true);
        if (!mode.IsDemo)
        {
            app.UseMiddleware<SignInUnreachableMiddleware>();
        }
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Liveness runs no dependency check; readiness runs only those (database, Graph).
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        if (!mode.IsDemo)
        {
            app.MapAuthenticationEndpoints();
        }
        app.MapAuditExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
