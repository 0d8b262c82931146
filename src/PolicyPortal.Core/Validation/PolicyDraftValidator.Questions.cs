using System.Text.RegularExpressions;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private static readonly TimeSpan RegexCheckTimeout = TimeSpan.FromMilliseconds(200);

    private void QuestionRules()
    {
        Check((draft, context) =>
        {
            for (var i = 0; i < draft.Questions.Count; i++)
            {
                var question = draft.Questions[i];
                var path = PolicyPaths.Question(i);
                // Source: Entra "Collect additional requestor information" — each question has its text; Graph's
                // accessPackageQuestion.text is "the text of the question to show to the requestor".
                if (string.IsNullOrWhiteSpace(question.Text))
                {
                    context.Fail(PolicyPaths.Member(path, nameof(QuestionDraft.Text)), "The question has no text. Type what the requestor should answer.");
                }

                CheckLocalizations(context, question.Localizations, PolicyPaths.Member(path, nameof(QuestionDraft.Localizations)));
                if (question.Kind == QuestionKind.MultipleChoice)
                {
                    CheckChoices(context, question, path);
                }
                // Source: Graph accessPackageTextInputQuestion — "regexPattern: the regular expression that the answer must follow".
                else if (!string.IsNullOrEmpty(question.RegexPattern) && RegexError(question.RegexPattern) is { } error)
                {
                    context.Fail(PolicyPaths.Member(path, nameof(QuestionDraft.RegexPattern)), $"The answer pattern isn't a valid regular expression ({error}). Fix the pattern or clear it.");
                }
            }
        });
    }

    private static void CheckChoices(FluentValidation.ValidationContext<PolicyDraft> context, QuestionDraft question, string path)
    {
        // Source: Entra "Collect additional requestor information" — a multiple choice question has answer choices; Graph's
        // accessPackageAnswerChoice.actualValue and text are required (Graph SDK model descriptions).
        if (question.Choices.Count == 0)
        {
            context.Fail(PolicyPaths.Member(path, nameof(QuestionDraft.Choices)), "A multiple choice question needs at least one choice. Add the answers the requestor can pick.");
        }

        for (var c = 0; c < question.Choices.Count; c++)
        {
            var choice = question.Choices[c];
            var choicePath = PolicyPaths.Item(PolicyPaths.Member(path, nameof(QuestionDraft.Choices)), c);
            if (string.IsNullOrWhiteSpace(choice.ActualValue))
            {
                context.Fail(PolicyPaths.Member(choicePath, nameof(AnswerChoiceDraft.ActualValue)), "Each choice needs a value (what is stored, e.g. \"US\"). Fill it in or remove the choice.");
            }

            if (string.IsNullOrWhiteSpace(choice.Text))
            {
                context.Fail(PolicyPaths.Member(choicePath, nameof(AnswerChoiceDraft.Text)), "Each choice needs the text the requestor sees (e.g. \"United States\"). Fill it in or remove the choice.");
            }

            CheckLocalizations(context, choice.Localizations, PolicyPaths.Member(choicePath, nameof(AnswerChoiceDraft.Localizations)));
        }
    }

    private static void CheckLocalizations(FluentValidation.ValidationContext<PolicyDraft> context, List<LocalizedTextDraft> localizations, string path)
    {
        for (var l = 0; l < localizations.Count; l++)
        {
            var localization = localizations[l];
            var itemPath = PolicyPaths.Item(path, l);
            // Source: Graph accessPackageLocalizedText — languageCode (required) "conforms to ISO 639-1… e.g. en-us".
            if (string.IsNullOrWhiteSpace(localization.LanguageCode))
            {
                context.Fail(PolicyPaths.Member(itemPath, nameof(LocalizedTextDraft.LanguageCode)), "Each translation needs a language code such as \"fr\" or \"fr-CA\".");
            }
            else if (!LanguageCodePattern().IsMatch(localization.LanguageCode))
            {
                context.Fail(PolicyPaths.Member(itemPath, nameof(LocalizedTextDraft.LanguageCode)), $"\"{Excerpt.Of(localization.LanguageCode)}\" isn't a language code. Use two letters, optionally with a country, e.g. \"fr\" or \"fr-CA\".");
            }

            if (string.IsNullOrWhiteSpace(localization.Text))
            {
                context.Fail(PolicyPaths.Member(itemPath, nameof(LocalizedTextDraft.Text)), "The translation is empty. Type the translated text or remove the translation.");
            }
        }
    }

    private static string? RegexError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, RegexCheckTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{2})?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LanguageCodePattern();
}
