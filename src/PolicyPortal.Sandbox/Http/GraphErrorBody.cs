using System.Globalization;
using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Http;

/// <summary>Graph's one error shape: <c>{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}</c>.</summary>
internal static class GraphErrorBody
{
    public static SandboxResponse Create(GraphException error, string requestId, string clientRequestId, DateTimeOffset now)
    {
        var response = SandboxResponse.Json(error.Status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = error.Code,
                ["message"] = error.Message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId,
                },
            },
        });
        if (error.RetryAfterSeconds is { } seconds)
        {
            response.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return response;
    }
}
