namespace PolicyPortal.Testing;

/// <summary>How browser tests and benchmarks launch Debian's Chromium; Playwright's own browser download is not needed.</summary>
public static class Chromium
{
    /// <summary>Debian's, unless <c>POLICYPORTAL_CHROMIUM</c> names another Chromium (a developer's own machine).</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("POLICYPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Without the background-networking flags Chromium floods the closed network with refused connections.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}
