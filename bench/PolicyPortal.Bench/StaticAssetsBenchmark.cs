using System.Text.RegularExpressions;

namespace PolicyPortal.Bench;

/// <summary>A first visit's stylesheets and scripts, as the home page links them: bytes on the wire when the browser
/// accepts brotli and gzip, against the same files uncompressed (no Accept-Encoding), from the same server.</summary>
public static partial class StaticAssetsBenchmark
{
    public static async Task<StaticAssetsResult> RunAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None, AllowAutoRedirect = true })
        {
            BaseAddress = baseAddress,
        };
        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);
        var urls = AssetLinks().Matches(html).Select(m => m.Groups["url"].Value)
            .Where(u => !u.StartsWith("http", StringComparison.OrdinalIgnoreCase) || u.StartsWith(baseAddress.ToString(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (urls.Count == 0)
        {
            throw new InvalidOperationException("The home page links no stylesheet or script.");
        }

        var assets = new List<AssetSize>();
        foreach (var url in urls)
        {
            var target = new Uri(new Uri(baseAddress, "/"), url);
            var (wire, encoding) = await FetchAsync(http, target, "br, gzip", cancellationToken);
            var (plain, _) = await FetchAsync(http, target, acceptEncoding: null, cancellationToken);
            assets.Add(new AssetSize(target.AbsolutePath, plain, wire, encoding));
        }
        return new StaticAssetsResult(assets);
    }

    private static async Task<(long Bytes, string Encoding)> FetchAsync(HttpClient http, Uri url, string? acceptEncoding, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (body.LongLength, string.Join(",", response.Content.Headers.ContentEncoding) is { Length: > 0 } e ? e : "identity");
    }

    [GeneratedRegex(@"<(?:link[^>]*\bhref|script[^>]*\bsrc)\s*=\s*""(?<url>[^""]+\.(?:css|js)(?:\?[^""]*)?)""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetLinks();
}

public sealed record AssetSize(string Path, long UncompressedBytes, long WireBytes, string Encoding);

public sealed record StaticAssetsResult(IReadOnlyList<AssetSize> Assets)
{
    public long UncompressedBytes => Assets.Sum(a => a.UncompressedBytes);

    public long WireBytes => Assets.Sum(a => a.WireBytes);

    public double Ratio => WireBytes / (double)UncompressedBytes;
}
