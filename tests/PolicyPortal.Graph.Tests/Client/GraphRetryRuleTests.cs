using System.Net;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Graph.Tests.Client;

public sealed class GraphRetryRuleTests
{
    private const string Policies = "https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    [Theory]
    [InlineData("GET", Policies, HttpStatusCode.GatewayTimeout, true)]
    [InlineData("PUT", Policies + "/p1", HttpStatusCode.GatewayTimeout, true)]
    [InlineData("POST", "https://graph.microsoft.com/v1.0/$batch", HttpStatusCode.GatewayTimeout, false)]
    [InlineData("POST", "https://graph.microsoft.com/v1.0/$batch", HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", Policies, HttpStatusCode.GatewayTimeout, false)]
    [InlineData("POST", Policies, HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", Policies, HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("GET", Policies, HttpStatusCode.InternalServerError, false)]
    [InlineData("GET", Policies, HttpStatusCode.BadRequest, false)]
    public void MayRetry_ResendsOnlyWhatCannotHaveBeenCarriedOutOrIsSafeToRepeat(string method, string url, HttpStatusCode status, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = new HttpResponseMessage(status) { RequestMessage = request };

        GraphRetryRule.MayRetry(3, 0, response).ShouldBe(expected);
    }
}
