namespace PolicyPortal.Web.Security;

internal static class GraphCallGuardRegistration
{
    /// <summary>In both modes, so pages use one code path; in demo mode no call ever needs a challenge.</summary>
    public static IServiceCollection AddGraphCallGuard(this IServiceCollection services) => services.AddScoped<GraphCallGuard>();
}
