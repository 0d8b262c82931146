using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PolicyPortal.Testing;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Tests.Hosting;

/// <summary>Traces for requests, Graph calls (with Graph's request-id) and database commands; exported over OTLP to
/// whatever <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names.</summary>
public sealed class TelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Spans_CoverTheRequestTheGraphCallWithItsRequestIdAndTheDatabase()
    {
        var spans = new List<Activity>();
        await using var server = new DemoPortalServer(builder => builder
            .UseSetting(Telemetry.EnabledKey, "true")
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // asks Graph and the database
        (await client.GetAsync(new Uri("/audit/export.csv", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // reads the audit log

        var graph = await SpanAsync(spans, span => span.Kind == ActivityKind.Client && span.GetTagItem("url.full") is string url && url.Contains("/sandbox/graph/v1.0/", StringComparison.Ordinal));
        graph.GetTagItem(Telemetry.GraphRequestIdTag).ShouldBeOfType<string>().ShouldNotBeEmpty();
        (await SpanAsync(spans, span => span.Kind == ActivityKind.Server && span.GetTagItem("url.path") as string == "/readyz")).ShouldNotBeNull();
        (await SpanAsync(spans, span => span.Kind == ActivityKind.Client && span.GetTagItem("db.system") is not null)).ShouldNotBeNull();
    }

    [Fact]
    public async Task OtlpEndpoint_Configured_ReceivesTheTraces()
    {
        var received = new ConcurrentQueue<string>();
        await using var collector = await CollectorAsync(received);
        var address = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var server = new DemoPortalServer(builder => builder
            .UseSetting(Telemetry.OtlpEndpointKey, address)
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var deadline = DateTime.UtcNow.AddSeconds(10); !received.Contains("/v1/traces") && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(50, Ct);
        }
        received.ShouldContain("/v1/traces");
    }

    /// <summary>Waits for a span to end (a request's own span ends after its answer was sent).</summary>
    private static async Task<Activity> SpanAsync(List<Activity> spans, Func<Activity, bool> match)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50, Ct))
        {
            lock (spans)
            {
                if (spans.FirstOrDefault(match) is { } span)
                {
                    return span;
                }
            }
        }
        throw new ShouldAssertException($"No such span among: {string.Join(", ", spans.Select(s => s.DisplayName))}");
    }

    /// <summary>An OTLP/HTTP collector that only notes where it was posted to.</summary>
    private static async Task<WebApplication> CollectorAsync(ConcurrentQueue<string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context =>
        {
            received.Enqueue(context.Request.Path.Value ?? "");
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        });
        await app.StartAsync(Ct);
        return app;
    }
}
