using PolicyPortal.Testing;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>A browser stand-in: keeps the app's cookies, follows redirects by hand across the app and the authority,
/// and submits the authority's form_post response as a browser's onload script would.</summary>
public sealed partial class PortalBrowser : IDisposable
{
    private readonly HttpClient _app;
    private readonly HttpClient _authority;
    private readonly string _authorityOrigin;
    private readonly List<Uri> _visited = [];
    private readonly List<string> _setCookies = [];

    public PortalBrowser(TenantModeFactory factory, FakeEntraAuthority authority)
    {
        // https like a deployment: the correlation, nonce and auth cookies are Secure, and a browser does not send
        // them back over http.
        _app = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        var toAuthority = authority.CreateTrustingHandler();
        toAuthority.AllowAutoRedirect = false;
        _authority = new HttpClient(toAuthority, disposeHandler: true);
        _authorityOrigin = new Uri(authority.Instance).GetLeftPart(UriPartial.Authority);
    }

    /// <summary>Every address requested, in order.</summary>
    public IReadOnlyList<Uri> Visited => _visited;

    /// <summary>Every Set-Cookie header seen, in order.</summary>
    public IReadOnlyList<string> SetCookies => _setCookies;

    /// <summary>The app's client, for single requests whose redirect the test wants to see.</summary>
    public HttpClient App => _app;

    public async Task<HttpResponseMessage> GoToAsync(string path) => await FollowAsync(await SendAsync(HttpMethod.Get, new Uri(_app.BaseAddress!, path), null));

    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields) =>
        await FollowAsync(await SendAsync(HttpMethod.Post, new Uri(_app.BaseAddress!, path), new FormUrlEncodedContent(fields)));

    /// <summary>Follows redirects and form posts until a page that is neither.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hop = 0; hop < 12; hop++)
        {
            var current = response.RequestMessage!.RequestUri!;
            TestContext.Current.TestOutputHelper?.WriteLine($"{response.RequestMessage.Method} {current.GetLeftPart(UriPartial.Path)} -> {(int)response.StatusCode} {response.Headers.Location}");
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                _setCookies.AddRange(cookies);
            }
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect)
            {
                var target = new Uri(current, response.Headers.Location!);
                response.Dispose();
                response = await SendAsync(HttpMethod.Get, target, null);
                continue;
            }
            if (IsAuthority(current) && response.Content.Headers.ContentType?.MediaType == "text/html"
                && FormPost().Match(await response.Content.ReadAsStringAsync()) is { Success: true } form)
            {
                var fields = HiddenInput().Matches(form.Groups["inputs"].Value)
                    .ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
                var action = new Uri(WebUtility.HtmlDecode(form.Groups["action"].Value));
                response.Dispose();
                response = await SendAsync(HttpMethod.Post, action, new FormUrlEncodedContent(fields));
                continue;
            }
            return response;
        }
        throw new InvalidOperationException("Too many redirects: " + string.Join(" -> ", _visited));
    }

    /// <summary>The antiforgery token of the page's sign-out form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpResponseMessage page)
    {
        var match = AntiforgeryInput().Match(await page.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    private bool IsAuthority(Uri uri) => uri.GetLeftPart(UriPartial.Authority) == _authorityOrigin;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content)
    {
        _visited.Add(uri);
        var request = new HttpRequestMessage(method, uri) { Content = content };
        return (IsAuthority(uri) ? _authority : _app).SendAsync(request, TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        _app.Dispose();
        _authority.Dispose();
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\">(?<inputs>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPost();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
