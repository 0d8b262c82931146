namespace PolicyPortal.Web.Data.Health;

/// <summary>
/// Health check tags. <c>/readyz</c> runs the checks tagged <see cref="Ready"/> (dependencies a load balancer
/// should wait for); <c>/healthz</c> runs the others (the process is alive). Add a dependency check with
/// <c>services.AddHealthChecks().AddCheck&lt;T&gt;("name", tags: [HealthTags.Ready])</c>.
/// </summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
