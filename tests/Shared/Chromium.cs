namespace PolicyPortal.Testing;

/// <summary>How browser tests and benchmarks launch Debian's Chromium; Playwright's own browser download is not needed.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Without the background-networking flags Chromium floods the closed network with refused connections.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}
