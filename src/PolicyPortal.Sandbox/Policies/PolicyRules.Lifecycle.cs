using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Store;
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
        // Source: D-RES expirationpattern — duration: "If specified in a request, endDateTime should not be present and
        // the type property should be set to afterDuration"; afterDuration: "Access will expire after a specified duration".
        if (duration is not null && type != "afterDuration")
        {
            throw Refuse(Codes.Expiration, "expiration.type", "must be 'afterDuration' when a duration is given");
        }
        if (type == "afterDuration" && (duration is null || hasEnd))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", "'afterDuration' needs a duration and no endDateTime");
        }
        // Source: ENTRA lifecycle — "For Number of days, specify a number from 0 to 3660 days."
        if (duration is { } d && d > TimeSpan.FromDays(MaxExpirationDays))
        {
            throw Refuse(Codes.Expiration, "expiration.duration", $"must be at most {MaxExpirationDays} days");
        }
        // Source: D-RES expirationpattern — afterDateTime: "Access will expire after a specified date and time";
        // ENTRA lifecycle — "For On date, select an expiration date in the future."
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
    }

    private static void CheckReview(JsonObject body)
    {
        var review = body.Obj("reviewSettings");
        if (review is null)
        {
            return;
        }
        // Source: D-RES accesspackageassignmentreviewsettings / entitlementmanagementschedule — access reviews recur
        // weekly or absoluteMonthly only (spec §8.9).
        if (review.Obj("schedule").Obj("recurrence").Obj("pattern").Str("type") is { } pattern && pattern is not ("weekly" or "absoluteMonthly"))
        {
            throw Refuse(Codes.ReviewRecurrence, "reviewSettings.schedule.recurrence.pattern.type", $"access reviews recur only 'weekly' or 'absoluteMonthly', not '{pattern}'");
        }
        // Source: ENTRA access-reviews-create — "Next to Reviewers, select Self-review … or select Specific reviewer(s)
        // … You can also select Manager".
        if (review.Bool("isEnabled") == true && review.Bool("isSelfReview") != true && review.Arr("primaryReviewers").Count == 0)
        {
            throw Refuse(Codes.ReviewersRequired, "reviewSettings.primaryReviewers", "reviews need reviewers unless isSelfReview is true");
        }
    }

    private static void CheckCustomExtensions(JsonObject body, string packageId, TenantSnapshot snapshot)
    {
        var catalogId = snapshot.AccessPackages.Find(packageId)?.Link(Links.CatalogId);
        var settings = body.Arr("customExtensionStageSettings");
        for (var i = 0; i < settings.Count; i++)
        {
            // A setting without an extension reference is accepted: customExtension is "Nullable" (D-RES
            // customextensionstagesetting) and no page says what Graph does with one.
            if (settings[i].Obj("customExtension").Str("id") is not { } id)
            {
                continue;
            }
            var path = $"customExtensionStageSettings[{i}].customExtension.id";
            // Source: D-RES customextensionstagesetting — customExtension: "Indicates the custom workflow extension that
            // will be executed at this stage", a navigation to an existing extension [META].
            var extension = snapshot.CustomWorkflowExtensions.Find(id)
                ?? throw Refuse(Codes.CustomExtensionNotFound, path, $"custom extension '{id}' does not exist");
            // Source: META — extensions live in the catalog (accessPackageCatalog.customWorkflowExtensions); ENTRA
            // auto-assignment — "If you have custom extensions in your catalog … you can add them to this policy".
            if (!string.Equals(extension.Link(Links.CatalogId), catalogId, StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(Codes.CustomExtensionNotFound, path,
                    $"custom extension '{id}' is not in the catalog of the policy's access package; a policy can run only the extensions of its own catalog");
            }
            // Not refused: an @odata.type that differs from the extension's own (request vs assignment workflow). No page
            // pairs types with stages or says what Graph does (spec §6); the stored reference takes the extension's type.
        }
    }
}
