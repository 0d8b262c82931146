using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>Test-only endpoints added around the real pipeline.</summary>
public sealed class TenantTestEndpoints : IStartupFilter
{
    /// <summary>Lists access packages for the signed-in admin as a circuit does: the user comes from the auth cookie
    /// and becomes the scope's authentication state (what Blazor does when a circuit starts), then the real
    /// <see cref="IAccessPackageCatalog"/> calls Graph through the real token provider and MSAL cache.</summary>
    public const string ListPackages = "/test-only/packages";

    /// <summary>Throws, inside the app's exception handler.</summary>
    public const string Throw = "/test-only/throw";

    public const string ExceptionText = "Boom: the internal detail 7f3a9c must not reach a user";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(ListPackages, branch => branch.Run(ListPackagesAsync));
        next(app);
        // After the app's pipeline: no endpoint matches, so the request falls through to here inside its exception handler.
        app.Map(Throw, branch => branch.Run(_ => throw new InvalidOperationException(ExceptionText)));
    };

    private static async Task ListPackagesAsync(HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!signedIn.Succeeded)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        context.User = signedIn.Principal;
        var state = (IHostEnvironmentAuthenticationStateProvider)context.RequestServices.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn.Principal)));

        var packages = (await context.RequestServices.GetRequiredService<IAccessPackageCatalog>().PageAsync(null, 100, null, context.RequestAborted)).Items;
        await context.Response.WriteAsJsonAsync(packages.Select(p => p.DisplayName), context.RequestAborted);
    }
}
