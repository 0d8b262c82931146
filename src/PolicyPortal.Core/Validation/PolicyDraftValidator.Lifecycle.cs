using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const int MaxExpirationDays = 3660;
    private const int MaxCustomExtensionStageSettings = 5;

    private void LifecycleRules()
    {
        Check((draft, context) =>
        {
            var expiration = draft.Expiration;
            if (expiration.Kind == ExpirationKind.AfterDuration)
            {
                var duration = expiration.Duration;
                if (duration.Unit == DurationUnit.Minutes)
                {
                    context.Fail("Expiration.Duration", "Assignments expire after a number of days or hours. Choose days or hours.");
                }
                else if (duration.Value < 0 || duration.TotalDays > MaxExpirationDays)
                {
                    context.Fail("Expiration.Duration", $"Access can last from 0 to {MaxExpirationDays} days ({MaxExpirationDays * 24} hours). Enter a number in that range.");
                }
            }
            else if (expiration.Kind == ExpirationKind.OnDate)
            {
                if (expiration.EndDateTime is not { } end)
                {
                    context.Fail("Expiration.EndDateTime", "Choose the date when access ends.");
                }
                else if (end <= _timeProvider.GetUtcNow())
                {
                    context.Fail("Expiration.EndDateTime", "The end date is in the past. Choose a date in the future.");
                }
            }

            CheckCustomExtensions(draft, context);
        });
    }

    private static void CheckCustomExtensions(PolicyDraft draft, FluentValidation.ValidationContext<PolicyDraft> context)
    {
        var settings = draft.CustomExtensionStageSettings;
        if (settings.Count > MaxCustomExtensionStageSettings)
        {
            context.Fail("CustomExtensionStageSettings", $"A policy can run custom extensions at most at {MaxCustomExtensionStageSettings} stages; this one has {settings.Count}. Remove some.");
        }

        var seen = new HashSet<CustomExtensionStage>();
        for (var i = 0; i < settings.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"CustomExtensionStageSettings[{i}]");
            if (string.IsNullOrWhiteSpace(settings[i].CustomExtensionId))
            {
                context.Fail($"{path}.CustomExtensionId", "Choose which custom extension runs at this stage.");
            }

            if (!seen.Add(settings[i].Stage))
            {
                context.Fail($"{path}.Stage", "Another custom extension already runs at this stage. Each stage can have one; pick another stage or remove this one.");
            }
        }
    }
}
