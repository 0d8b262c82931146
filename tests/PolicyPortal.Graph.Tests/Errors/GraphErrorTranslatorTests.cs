using Microsoft.Graph.Models.ODataErrors;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Tests.Errors;

public sealed class GraphErrorTranslatorTests
{
    [Fact]
    public void Translate_ARefusedPolicyNamingAJsonPath_PointsAtTheStepAndHidesGraphsText()
    {
        var error = Refusal("InvalidPolicy.FallbackApproverRequired",
            "requestApprovalSettings.stages[0].fallbackPrimaryApprovers: a stage using sponsors needs a fallback approver.");

        var translated = GraphErrorTranslator.Translate(error, "create the policy", writesPolicy: true).ShouldBeOfType<GatewayInvalidPolicyException>();

        translated.Field.ShouldBe("RequestApproval");
        translated.Code.ShouldBe("InvalidPolicy.FallbackApproverRequired");
        translated.Message.ShouldContain("“Approval” step");
        translated.Message.ShouldNotContain("fallbackPrimaryApprovers");
    }

    [Fact]
    public void Translate_ARefusalWithoutAPath_StillSaysWhatToDo()
    {
        var error = Refusal("InvalidModel", "The request body is invalid.");

        var translated = GraphErrorTranslator.Translate(error, "create the policy", writesPolicy: true).ShouldBeOfType<GatewayInvalidPolicyException>();

        translated.Field.ShouldBeNull();
        translated.Message.ShouldContain("your input is kept");
        translated.Message.ShouldNotContain("request body is invalid");
    }

    [Fact]
    public void Translate_A400OnARead_IsReportedAsOurBugNotTheAdminsPolicy()
    {
        var translated = GraphErrorTranslator.Translate(Refusal("BadRequest", "Invalid filter clause"), "list the access packages");

        translated.ShouldBeOfType<GatewayUnavailableException>().Message.ShouldContain("PolicyPortal bug");
    }

    [Theory]
    [InlineData(403, typeof(GatewayAccessDeniedException))]
    [InlineData(404, typeof(GatewayNotFoundException))]
    [InlineData(429, typeof(GatewayUnavailableException))]
    [InlineData(503, typeof(GatewayUnavailableException))]
    public void Translate_ByStatus_GivesTheTypedFailure(int status, Type expected)
    {
        var error = new ODataError { ResponseStatusCode = status, Error = new MainError { Code = "any", Message = "raw" } };

        GraphErrorTranslator.Translate(error, "open the policy").ShouldBeOfType(expected);
    }

    private static ODataError Refusal(string code, string message) =>
        new() { ResponseStatusCode = 400, Error = new MainError { Code = code, Message = message } };
}
