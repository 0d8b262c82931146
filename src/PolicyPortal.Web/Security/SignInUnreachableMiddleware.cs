using System.Globalization;
using System.Text.Encodings.Web;

namespace PolicyPortal.Web.Security;

/// <summary>
/// When a page needs sign-in and Entra ID cannot be reached (its metadata does not come within
/// <see cref="SignInOptions.TimeoutSeconds"/>), answers 503 with a page that says so, in every environment, instead of a
/// 500 or a developer page showing the authority, the tenant and a stack trace. Pages that need no sign-in (health, static
/// files) never reach Entra ID and are unaffected.
/// </summary>
internal sealed partial class SignInUnreachableMiddleware(RequestDelegate next, ILogger<SignInUnreachableMiddleware> logger)
{
    /// <summary>How long a browser is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (IsAuthorityUnreachable(error) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnreachable(logger, error.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(context.Request.PathBase + context.Request.Path + context.Request.QueryString), context.RequestAborted);
        }
    }

    /// <summary>The OpenID Connect metadata could not be fetched (IDX20803, with the network failure or time-out inside)
    /// or did not come in time (<see cref="BoundedMetadataWait"/>): how a challenge fails for want of Entra ID.</summary>
    private static bool IsAuthorityUnreachable(Exception error) =>
        error is SignInUnreachableException
        || (error is InvalidOperationException && error.Message.StartsWith("IDX20803", StringComparison.Ordinal));

    private static string Page(string retryPath)
    {
        var retry = HtmlEncoder.Default.Encode(retryPath);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1.0" />
                <title>Sign-in is not reachable · PolicyPortal</title>
            </head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <main>
                    <h1>Sign-in is not reachable</h1>
                    <p role="alert">PolicyPortal could not reach Microsoft Entra ID, which signs you in, so it cannot open this page right now.
                    Nothing you typed is lost: drafts are kept on the server.</p>
                    <p>Try again in a minute. If this keeps happening, ask whoever runs PolicyPortal to check that the server can reach
                    the sign-in service (the <code>AzureAd:Instance</code> setting, usually login.microsoftonline.com).</p>
                    <p><a href="{retry}">Try again</a></p>
                </main>
            </body>
            </html>
            """;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in is not reachable: Entra ID's metadata could not be fetched ({Failure}); answered 503")]
    private static partial void LogUnreachable(ILogger logger, string failure);
}
