using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const int MaxExpirationDays = 3660;

    private void LifecycleRules()
    {
        Check((draft, context) =>
        {
            // Source: Entra "Change lifecycle settings" — expiration "Number of days" 0–3660 (or hours), "On date" in the
            // future; Graph expirationPattern — a duration needs type afterDuration.
            var expiration = draft.Expiration;
            if (expiration.Kind == ExpirationKind.AfterDuration)
            {
                var duration = expiration.Duration;
                if (duration.Unit == DurationUnit.Minutes)
                {
                    context.Fail(PolicyPaths.ExpirationDuration, "Assignments expire after a number of days or hours. Choose days or hours.");
                }
                else if (duration.Value < 0 || duration.TotalDays > MaxExpirationDays)
                {
                    context.Fail(PolicyPaths.ExpirationDuration, $"Access can last from 0 to {MaxExpirationDays} days ({MaxExpirationDays * 24} hours). Enter a number in that range.");
                }
            }
            else if (expiration.Kind == ExpirationKind.OnDate)
            {
                if (expiration.EndDateTime is not { } end)
                {
                    context.Fail(PolicyPaths.ExpirationEndDateTime, "Choose the date when access ends.");
                }
                else if (end <= _timeProvider.GetUtcNow())
                {
                    context.Fail(PolicyPaths.ExpirationEndDateTime, "The end date is in the past. Choose a date in the future.");
                }
            }

            CheckCustomExtensions(draft, context);
        });
    }

    /// <summary>
    /// Source: Graph customExtensionStageSetting — "customExtension: the custom extension to run" at the stage. Graph
    /// documents no cap on settings and no one-per-stage rule, so a repeated stage is lint advice (PolicyLint).
    /// </summary>
    private static void CheckCustomExtensions(PolicyDraft draft, FluentValidation.ValidationContext<PolicyDraft> context)
    {
        var settings = draft.CustomExtensionStageSettings;
        for (var i = 0; i < settings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(settings[i].CustomExtensionId))
            {
                context.Fail(PolicyPaths.Member(PolicyPaths.CustomExtensionStageSetting(i), nameof(CustomExtensionStageSettingDraft.CustomExtensionId)),
                    "Choose which custom extension runs at this stage.");
            }
        }
    }
}
