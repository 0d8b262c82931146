namespace PolicyPortal.Testing;

/// <summary>How browser tests and benchmarks launch Debian's Chromium; Playwright's own browser download is not needed.</summary>
public static class Chromium
{
    /// <summary>Debian's, unless <c>POLICYPORTAL_CHROMIUM</c> names another Chromium (a developer's own machine).</summary>
    public static string ExecutablePath { get; } = Named ?? "/usr/bin/chromium";

    /// <summary>The benchmarks' browser: Debian's <c>chromium-headless-shell</c>, Chromium's headless-only build (the
    /// one Playwright runs for headless Chromium when it downloads its own), which creates and runs a page with less of
    /// the two cores than the full browser (docs/benchmarks.md, "Changed for runs 29–31").</summary>
    public static string HeadlessShellPath { get; } = Named ?? "/usr/lib/chromium/chromium-headless-shell";

    private static string? Named => Environment.GetEnvironmentVariable("POLICYPORTAL_CHROMIUM") is { Length: > 0 } path ? path : null;

    /// <summary>Without the background-networking flags Chromium floods the closed network with refused connections.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}
