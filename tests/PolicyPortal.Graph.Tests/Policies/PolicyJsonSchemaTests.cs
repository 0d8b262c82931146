using CsCheck;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;

using PolicyPortal.Testing;
namespace PolicyPortal.Graph.Tests.Policies;

public sealed class PolicyJsonSchemaTests
{
    public static TheoryData<string> TemplateKeys => [.. PolicyTemplates.All.Select(template => template.Key)];

    public static TheoryData<SubjectSlot, SubjectKind> SlotKinds =>
    [
        .. Enum.GetValues<SubjectSlot>().SelectMany(slot => SubjectSlots.AllowedKinds(slot).Select(kind => (slot, kind))),
    ];

    [Theory]
    [MemberData(nameof(TemplateKeys))]
    public void Serialize_Template_IsSchemaValidAndDocsShaped(string key)
    {
        var draft = PolicyTemplates.Find(key)!.Create(new AccessPackageReference { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b" });

        var json = PolicyJson.Serialize(draft);

        GraphSchema.ShouldBeValid(json, key);
        DocsShape.ShouldBeDocsShaped(json);
    }

    [Fact]
    public void Serialize_GeneratedDrafts_AreSchemaValidDocsShapedAndReadBackUnchanged()
    {
        DraftGenerator.Draft.Sample(draft =>
        {
            var json = PolicyJson.Serialize(draft);

            GraphSchema.ShouldBeValid(json);
            DocsShape.ShouldBeDocsShaped(json);
            var reread = PolicyJson.Parse(json);
            reread.Problems.ShouldBeEmpty();
            PolicyJson.Serialize(reread.Draft!).ShouldBe(json);
        }, iter: 150, threads: 1);
    }

    [Theory]
    [MemberData(nameof(SlotKinds))]
    public void Serialize_EveryAllowedKindInEverySlot_IsSchemaValid(SubjectSlot slot, SubjectKind kind)
    {
        var subject = DraftGenerator.SubjectOf(kind).Single();
        var draft = new PolicyDraft { AccessPackage = { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b" }, ReviewSettings = { IsEnabled = true } };
        var stage = draft.RequestApproval.Stages[0];
        var list = slot switch
        {
            SubjectSlot.SpecificAllowedTargets => draft.SpecificAllowedTargets,
            SubjectSlot.OnBehalfRequestors => draft.RequestorSettings.OnBehalfRequestors,
            SubjectSlot.PrimaryApprovers => stage.PrimaryApprovers,
            SubjectSlot.FallbackPrimaryApprovers => stage.FallbackPrimaryApprovers,
            SubjectSlot.EscalationApprovers => stage.EscalationApprovers,
            SubjectSlot.FallbackEscalationApprovers => stage.FallbackEscalationApprovers,
            SubjectSlot.PrimaryReviewers => draft.ReviewSettings.PrimaryReviewers,
            _ => draft.ReviewSettings.FallbackReviewers,
        };
        list.Add(subject);

        var json = PolicyJson.Serialize(draft);

        GraphSchema.ShouldBeValid(json);
        var reread = PolicyJson.Parse(json).Draft!;
        PolicyJson.Serialize(reread).ShouldBe(json);
    }

    [Fact]
    public void Evaluate_BodyWithBadDuration_FailsAtTheDeepestLocation()
    {
        // The schema check itself must be able to fail, and say where.
        var json = PolicyJson.Serialize(PolicyTemplates.EmployeesWithManagerApproval.Create()).Replace("\"P14D\"", "\"P2W\"", StringComparison.Ordinal);

        var failures = GraphSchema.Failures(json);

        string.Join("\n", failures).ShouldStartWith("/requestApprovalSettings/stages/0/durationBeforeAutomaticDenial");
    }
}
