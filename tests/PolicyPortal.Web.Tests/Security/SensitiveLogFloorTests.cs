using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyPortal.Testing;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The app's logging, configured as an admin chasing a bug might (Trace everywhere, for one provider, for
/// SignalR's dispatcher by name, by wildcard): the categories that carry typed text and circuit secrets still log
/// nothing below Information, while the rest logs at Trace as asked.</summary>
public sealed class SensitiveLogFloorTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private DemoPortalServer _server = default!;

    public ValueTask InitializeAsync()
    {
        var capturing = typeof(CapturingLoggerProvider).FullName;
        _server = new DemoPortalServer(web => web
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Http.*", "Debug")
            .UseSetting($"Logging:{capturing}:LogLevel:Microsoft.AspNetCore.Components", "Trace")
            .UseSetting($"Logging:{capturing}:LogLevel:Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost", "Debug")
            .ConfigureLogging(logging => logging.AddProvider(_logs)));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher")]
    [InlineData("Microsoft.AspNetCore.Http.Connections.Internal.HttpConnectionDispatcher")]
    [InlineData("Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost")]
    [InlineData("Microsoft.AspNetCore.Components.RenderTree.Renderer")]
    public void SensitiveCategory_LogsNothingBelowInformation_WhateverTheConfigurationSays(string category)
    {
        var logger = _server.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);
        var marker = $"typed-{Guid.NewGuid():N}";

        foreach (var level in new[] { LogLevel.Trace, LogLevel.Debug, LogLevel.Information })
        {
#pragma warning disable CA1848, CA1873, CA2254 // a test writes one line per level, whatever the message
            logger.Log(level, $"{marker} at {level}");
#pragma warning restore CA1848, CA1873, CA2254
        }

        var written = _logs.Lines.Where(line => line.Contains(marker, StringComparison.Ordinal)).ToList();
        written.ShouldHaveSingleItem().ShouldStartWith($"Information {category}");
        SensitiveLogFloor.Categories.ShouldContain(sensitive => category.StartsWith(sensitive, StringComparison.Ordinal));
    }

    [Fact]
    public void OtherCategories_StillLogAtTheConfiguredTrace()
    {
        var logger = _server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyPortal.Web.Anything");
        var marker = $"trace-{Guid.NewGuid():N}";

#pragma warning disable CA1848, CA1873, CA2254
        logger.LogTrace(marker);
#pragma warning restore CA1848, CA1873, CA2254

        _logs.Lines.ShouldContain(line => line.Contains(marker, StringComparison.Ordinal));
    }
}
