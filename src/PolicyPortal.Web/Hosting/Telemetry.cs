using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PolicyPortal.Web.Hosting;

/// <summary>OpenTelemetry traces and metrics: requests (ASP.NET Core), outgoing HTTP (Graph, Entra ID) and database
/// commands (EF Core), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the
/// standard <c>OTEL_*</c> settings, from the environment or any configuration source). A Graph call's span carries
/// Graph's <c>request-id</c>, the id Microsoft support asks for. Off when nothing would receive it.</summary>
internal static class Telemetry
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Set to true to collect without OTLP, for an exporter added in code (tests use an in-memory one).</summary>
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>The span tag with Graph's request-id.</summary>
    public const string GraphRequestIdTag = "graph.request_id";

    public static void AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        if (!otlp && !builder.Configuration.GetValue<bool>(EnabledKey))
        {
            return;
        }
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("PolicyPortal"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation(http => http.EnrichWithHttpResponseMessage = TagGraphRequestId)
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
    }

    private static void TagGraphRequestId(System.Diagnostics.Activity activity, HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("request-id", out var ids))
        {
            activity.SetTag(GraphRequestIdTag, ids.FirstOrDefault());
        }
    }
}
