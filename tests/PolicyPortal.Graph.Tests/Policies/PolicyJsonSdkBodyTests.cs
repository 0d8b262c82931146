using System.Net;
using System.Text;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Core.Templates;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Tests.Policies;

/// <summary>"What you preview is what is sent": the preview bytes equal the body the SDK's request adapter writes.</summary>
public sealed class PolicyJsonSdkBodyTests
{
    [Theory]
    [InlineData("external-partners")]
    [InlineData("contractors-questions-90-days")]
    [InlineData("auto-assign-department")]
    public async Task SerializeToUtf8Bytes_PreviewThenPostSameObject_SdkSendsTheSameBytes(string key)
    {
        var draft = PolicyTemplates.Find(key)!.Create(new Core.Policies.AccessPackageReference { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b" });
        draft.ReviewSettings.StartDateTime = new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.FromHours(1));
        var policy = PolicyMapper.ToGraph(draft);
        var preview = PolicyJson.SerializeToUtf8Bytes(policy);
        using var handler = new CapturingHandler();
        using var http = new HttpClient(handler);
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.example/v1.0");

        await client.IdentityGovernance.EntitlementManagement.AssignmentPolicies.PostAsync(policy, cancellationToken: TestContext.Current.CancellationToken);

        Encoding.UTF8.GetString(handler.Body.ShouldNotBeNull()).ShouldBe(Encoding.UTF8.GetString(preview));
        handler.Body.ShouldBe(preview);
    }

    [Fact]
    public async Task SerializeToUtf8Bytes_DraftWithUnsetOptionalValues_SdkSendsNoNulls()
    {
        var draft = new Core.Policies.PolicyDraft { AllowedTargetScope = Core.Policies.AllowedTargetScope.SpecificDirectoryUsers };
        draft.SpecificAllowedTargets.AddRange([new Core.Policies.Subject(Core.Policies.SubjectKind.AttributeRule) { MembershipRule = "(user.country -eq \"FR\")" }, new Core.Policies.Subject(Core.Policies.SubjectKind.User)]);
        draft.RequestApproval.Stages[0].PrimaryApprovers.Add(new Core.Policies.Subject(Core.Policies.SubjectKind.RequestorManager));
        draft.Questions.Add(new Core.Policies.QuestionDraft { Text = "Why?" });
        draft.AutomaticRequestSettings.IsEnabled = true;
        draft.ReviewSettings.IsEnabled = true;
        var policy = PolicyMapper.ToGraph(draft);
        var preview = PolicyJson.SerializeToUtf8Bytes(policy);
        using var handler = new CapturingHandler();
        using var http = new HttpClient(handler);
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.example/v1.0");

        await client.IdentityGovernance.EntitlementManagement.AssignmentPolicies.PostAsync(policy, cancellationToken: TestContext.Current.CancellationToken);

        Encoding.UTF8.GetString(handler.Body!).ShouldNotContain("null");
        handler.Body.ShouldBe(preview);
    }

    [Fact]
    public async Task SerializeToUtf8Bytes_PutOfAnEdit_SdkSendsTheSameBytesWithTheId()
    {
        var draft = PolicyJson.Parse(Support.Fixture.DocsExample(Support.Fixture.UpdateExample)).Draft!;
        var policy = PolicyMapper.ToGraph(draft);
        var preview = PolicyJson.SerializeToUtf8Bytes(policy);
        using var handler = new CapturingHandler();
        using var http = new HttpClient(handler);
        using var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.example/v1.0");

        await client.IdentityGovernance.EntitlementManagement.AssignmentPolicies[draft.Id].PutAsync(policy, cancellationToken: TestContext.Current.CancellationToken);

        handler.Body.ShouldBe(preview);
        Encoding.UTF8.GetString(preview).ShouldContain("\"id\":\"87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187\"");
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public byte[]? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created)
            {
                Content = new StringContent("""{"id":"new-policy"}""", Encoding.UTF8, "application/json"),
            };
        }
    }
}
