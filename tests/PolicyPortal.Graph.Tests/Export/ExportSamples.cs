using CsCheck;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>
/// What every exporter test runs over: each template with its people slots filled (sandbox seed ids), as a create and
/// as an update, plus generated drafts whose every free text is hostile (quotes, <c>$(x)</c>, backslashes, newlines,
/// markup, emoji, bidi controls, here-document delimiters).
/// </summary>
internal static class ExportSamples
{
    public const string PolicyId = "87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187";
    public const string PackageId = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b";
    public const int GeneratedCount = 40;

    // Ids and names from the sandbox tenant (PolicyPortal.Sandbox SandboxSeedIds), so the policies are real there.
    private static readonly Subject[] People =
    [
        Subject.User("ed7df824-8ab7-58b6-8fe3-9c3b2c1bce8e", "Patti Fernandez"),
        Subject.Group("e8b6b8ff-7481-5c1c-8744-e920f82e02b9", "Finance Approvers"),
        Subject.Group("13b69c21-6f1c-55ef-81f9-224bcfc1e256", "Partner Reviewers"),
    ];

    private static readonly string[] Fragments =
    [
        "\"", "'", "\\", "$(x)", "${env:PATH}", "$HOME", "`", "\n", "\r\n", "\t", "<b>", "</b>", "😀", "é", "‘’“”", "{0}", "%s",
        "POLICY_JSON", "EOF", "\u2028", "\u202E", "\u200B", "#", "@'", "'@", "\"\"\"", "'''", "\u0001", "\0", "}", "{{", "}}", "Ops", " ",
    ];

    private static readonly Gen<string> Hostile = Gen.OneOf(Fragments).Array[1, 6].Select(parts => string.Concat(parts));

    public static IReadOnlyList<ExportSample> Templates { get; } = [.. PolicyTemplates.All.SelectMany(TemplateSamples)];

    public static IReadOnlyList<ExportSample> Generated { get; } = Generate();

    public static IReadOnlyList<ExportSample> All { get; } = [.. Templates, .. Generated];

    /// <summary>A template as the wizard would submit it once its people slots are filled.</summary>
    public static PolicyDraft Filled(PolicyTemplate template)
    {
        var draft = template.Create(new AccessPackageReference { Id = PackageId, DisplayName = "Sales tools" });
        foreach (var slot in template.PeopleToPick)
        {
            slot.Subjects(draft).AddRange(People.Where(person => slot.SuggestedKinds.Contains(person.Kind)).Select(person => person.Clone()));
        }

        if (draft.ReviewSettings.IsEnabled)
        {
            draft.ReviewSettings.StartDateTime = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));
        }

        return draft;
    }

    private static IEnumerable<ExportSample> TemplateSamples(PolicyTemplate template)
    {
        var draft = Filled(template);
        yield return new ExportSample($"template {template.Key} (create)", PolicyJson.Serialize(draft), null);
        draft.Id = PolicyId;
        yield return new ExportSample($"template {template.Key} (update)", PolicyJson.Serialize(draft), PolicyId);
    }

    private static List<ExportSample> Generate()
    {
        var samples = new List<ExportSample>();
        var gen = Gen.Select(DraftGenerator.Draft, Hostile.Array[8]);
        gen.Sample((draft, texts) =>
        {
            Hostilize(draft, texts);
            samples.Add(new ExportSample($"generated #{samples.Count}", PolicyJson.Serialize(draft), draft.Id));
        }, iter: GeneratedCount, threads: 1);
        return samples;
    }

    private static void Hostilize(PolicyDraft draft, string[] texts)
    {
        draft.DisplayName = texts[0];
        draft.Description = texts[1];
        foreach (var rule in draft.SpecificAllowedTargets.Where(s => s.Kind == SubjectKind.AttributeRule))
        {
            rule.DisplayName = texts[2];
            rule.MembershipRule = $"(user.department -eq \"{texts[3]}\")";
        }

        foreach (var question in draft.Questions)
        {
            question.Text = texts[4];
            question.RegexPattern = question.Kind == QuestionKind.Text ? @"^[\w\s""'$]+\\d{2}$" : null;
            question.Localizations.ForEach(l => l.Text = texts[5]);
            foreach (var choice in question.Choices)
            {
                choice.Text = texts[6];
                choice.ActualValue = texts[7];
            }
        }
    }
}
