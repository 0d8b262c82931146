using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Graph.Policies.Import;

namespace PolicyPortal.Graph.Errors;

/// <summary>The one place where Graph failures become typed exceptions with words an admin can act on.
/// Graph's own <c>message</c> is for developers: it is never shown raw.</summary>
internal static partial class GraphErrorTranslator
{
    public static bool CanTranslate(Exception error) =>
        Unwrap(error) is ApiException or ServiceException or HttpRequestException
        || (error is TaskCanceledException { InnerException: TimeoutException });

    /// <summary>The SDK's retry handler, out of retries, throws an AggregateException of every failed try's
    /// ApiException (with Graph's raw body in the message): the last try is the answer that counts.</summary>
    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions: [.., var last] } ? last : error;

    /// <param name="action">What the admin was doing, as a verb phrase: "create the policy".</param>
    /// <param name="writesPolicy">True when the request carried a policy body: a 400 then means Graph refused the policy.</param>
    public static GatewayException Translate(Exception error, string action, bool writesPolicy = false)
    {
        var answer = Unwrap(error);
        var status = StatusOf(answer);
        var code = (answer as ODataError)?.Error?.Code ?? string.Empty;
        var requestId = (answer as ODataError)?.Error?.InnerError?.RequestId;

        var httpStatus = (int?)status;
        return status switch
        {
            HttpStatusCode.NotFound => new GatewayNotFoundException(
                $"Could not {action}: it no longer exists in the directory. Refresh the list and try again.", requestId, error) { HttpStatus = httpStatus },
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new GatewayAccessDeniedException(
                $"You are not allowed to {action}. Ask for the Access package manager or Identity Governance Administrator role, then sign in again.",
                requestId, error) { HttpStatus = httpStatus },
            // A gateway's time-out after a write: Graph may have carried it out (GraphRetryRule), so nobody may claim
            // that nothing changed; the submitter looks before anything is sent again.
            HttpStatusCode.GatewayTimeout when writesPolicy => new GatewayUnavailableException(
                $"Microsoft Graph's gateway timed out, so PolicyPortal cannot tell yet whether it could {action}.",
                RetryAfterOf(answer), requestId, error, outcomeUnknown: true) { HttpStatus = httpStatus },
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => new GatewayUnavailableException(
                $"Microsoft Graph is busy, so PolicyPortal could not {action}. Nothing was lost; try again in a minute.",
                RetryAfterOf(answer), requestId, error) { HttpStatus = httpStatus },
            null => new GatewayUnavailableException(
                $"Microsoft Graph did not answer, so PolicyPortal could not {action}. Nothing was lost; try again in a minute.",
                null, requestId, error, outcomeUnknown: true),
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict when writesPolicy =>
                RefusedPolicy(action, code, (error as ODataError)?.Error?.Message, requestId, error, httpStatus),
            HttpStatusCode.BadRequest => new GatewayUnavailableException(
                $"Microsoft Graph did not understand PolicyPortal's request to {action} (code {code}). This is a PolicyPortal bug: please report it with the request id {requestId}.",
                null, requestId, error) { HttpStatus = httpStatus },
            _ => new GatewayUnavailableException(
                $"Microsoft Graph failed to {action} (HTTP {(int)status}). Nothing was lost; try again, and report the request id if it persists.",
                RetryAfterOf(answer), requestId, error) { HttpStatus = httpStatus },
        };
    }

    /// <summary>Where Graph names the JSON member at fault (the sandbox always does; Graph sometimes does), the admin is
    /// sent to the step that edits it. The message itself stays for the audit log, not for the screen.</summary>
    private static GatewayInvalidPolicyException RefusedPolicy(string action, string code, string? message, string? requestId, Exception error, int? httpStatus)
    {
        var path = message is null ? null : LeadingJsonPath().Match(message) is { Success: true } match ? match.Groups[1].Value : null;
        var field = path is null ? null : JsonPathSteps.DraftMemberFor(path);
        var where = field is not null && WizardStep.ForPath(field) is { } step ? $" on the “{step.Title}” step" : string.Empty;
        return new GatewayInvalidPolicyException(
            $"Microsoft Graph refused to {action} because of a setting{where} (code {code}). Check that step, fix it and submit again; your input is kept.",
            field, code, requestId, error) { HttpStatus = httpStatus };
    }

    [GeneratedRegex(@"^([A-Za-z@][A-Za-z0-9@.]*(?:\[\d+\][A-Za-z0-9@.]*)*)\s*:")]
    private static partial Regex LeadingJsonPath();

    private static HttpStatusCode? StatusOf(Exception error) => error switch
    {
        ApiException api when api.ResponseStatusCode != 0 => (HttpStatusCode)api.ResponseStatusCode,
        ServiceException service => (HttpStatusCode)service.ResponseStatusCode,
        _ => null,
    };

    private static TimeSpan? RetryAfterOf(Exception error)
    {
        var headers = (error as ApiException)?.ResponseHeaders;
        if (headers is not null && headers.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return null;
    }
}
