using System.Net;
using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Tests.Infrastructure;

internal static class ErrorAssertions
{
    /// <summary>Asserts Graph's error shape and returns the message.</summary>
    public static string ShouldBeGraphError(this (HttpStatusCode Status, JsonNode? Body) response, HttpStatusCode status, string code)
    {
        response.Status.ShouldBe(status, response.Body?.ToJsonString());
        var error = response.Body!["error"]!;
        error["code"]!.GetValue<string>().ShouldBe(code, response.Body.ToJsonString());
        error["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var inner = error["innerError"]!;
        inner["date"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        Guid.TryParse(inner["request-id"]!.GetValue<string>(), out _).ShouldBeTrue();
        inner["client-request-id"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return error["message"]!.GetValue<string>();
    }
}
