using System.Text.Json.Nodes;
using Codes = PolicyPortal.Sandbox.Policies.PolicyErrorCodes;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Rules about expiration, access reviews and custom extensions.</summary>
internal static partial class PolicyRules
{
    private static void CheckExpiration(JsonObject body, DateTimeOffset now)
    {
        var expiration = body.Obj("expiration");
        if (expiration is null)
        {
            return;
        }
        var type = expiration.Str("type");
        var duration = expiration.Duration("duration");
        var hasEnd = expiration.Has("endDateTime");
        if (duration is not null && type != "afterDuration")
        {
            throw Refuse(Codes.Expiration, "expiration.type", "must be 'afterDuration' when a duration is given");
        }
        if (type == "afterDuration" && (duration is null || hasEnd))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", "'afterDuration' needs a duration and no endDateTime");
        }
        if (duration is { } d && (d <= TimeSpan.Zero || d > TimeSpan.FromDays(MaxExpirationDays)))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", $"must be more than zero and at most {MaxExpirationDays} days");
        }
        if (type == "afterDateTime")
        {
            if (!DateTimeOffset.TryParse(expiration.Str("endDateTime"), System.Globalization.CultureInfo.InvariantCulture, out var end))
            {
                throw Refuse(Codes.Expiration, "expiration.endDateTime", "'afterDateTime' needs an endDateTime");
            }
            if (end <= now)
            {
                throw Refuse(Codes.Expiration, "expiration.endDateTime", "must be in the future");
            }
        }
        if (type is "noExpiration" or "notSpecified" && (duration is not null || hasEnd))
        {
            throw Refuse(Codes.Expiration, "expiration", $"'{type}' takes neither a duration nor an endDateTime");
        }
    }

    private static void CheckReview(JsonObject body)
    {
        var review = body.Obj("reviewSettings");
        if (review is null)
        {
            return;
        }
        if (review.Obj("schedule").Obj("recurrence").Obj("pattern").Str("type") is { } pattern && pattern is not ("weekly" or "absoluteMonthly"))
        {
            throw Refuse(Codes.ReviewRecurrence, "reviewSettings.schedule.recurrence.pattern.type", $"access reviews recur only 'weekly' or 'absoluteMonthly', not '{pattern}'");
        }
        if (review.Bool("isEnabled") == true && review.Bool("isSelfReview") != true && review.Arr("primaryReviewers").Count == 0)
        {
            throw Refuse(Codes.ReviewersRequired, "reviewSettings.primaryReviewers", "reviews need reviewers unless isSelfReview is true");
        }
    }

    private static void CheckCustomExtensions(JsonObject body)
    {
        if (body.Arr("customExtensionStageSettings").Count > MaxCustomExtensionStages)
        {
            throw Refuse(Codes.CustomExtensionLimit, "customExtensionStageSettings", $"at most {MaxCustomExtensionStages} custom extension stage settings are allowed per policy");
        }
    }
}
