using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Tests.Support;

/// <summary>One generated policy body: the mapper's own JSON with JSON-level variations applied (named, for the failure message).</summary>
internal sealed record VariedPolicyJson(string Json, IReadOnlyList<string> Variations)
{
    public override string ToString() => $"variations: {string.Join("; ", Variations)}\nJSON: {Json}";
}

/// <summary>
/// CsCheck generators of schema-valid policy JSON that go beyond what <see cref="PolicyMapper"/> writes: a generated draft's
/// body, then spellings and combinations that Graph v1.0 accepts and that admins and the docs write (hour durations,
/// bounded recurrence ranges, self-review with reviewers left in, leftover members of another expiration type, nulls, …).
/// Each variation is a no-op when the body has nothing it applies to.
/// </summary>
internal static class PolicyJsonGenerator
{
    private const string AssignmentWorkflow = "#microsoft.graph.accessPackageAssignmentWorkflowExtension";
    private const string RequestWorkflow = "#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";

    private static readonly string[] SubjectArrays =
    [
        "specificAllowedTargets", "onBehalfRequestors", "primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers",
        "fallbackEscalationApprovers", "primaryReviewers", "fallbackReviewers",
    ];

    // Subject types whose description Graph documents as read-only (the name it looks up).
    private static readonly string[] ReadOnlyDescriptionSubjects =
        ["#microsoft.graph.singleUser", "#microsoft.graph.groupMembers", "#microsoft.graph.singleServicePrincipal", "#microsoft.graph.connectedOrganizationMembers"];

    // Booleans whose Graph default is true (accessPackageAssignmentReviewSettings); every other one defaults to false.
    private static readonly string[] TrueByDefault = ["isRecommendationEnabled", "isReviewerJustificationRequired"];

    // Members the v1.0 schema declares nullable wherever the mapper writes them (type [..., "null"] or anyOf null).
    private static readonly HashSet<string> Nullable = new(StringComparer.Ordinal)
    {
        "allowedTargetScope", "description", "displayName", "expiration", "notificationSettings", "requestApprovalSettings", "requestorSettings",
        "reviewSettings", "automaticRequestSettings",
        "durationBeforeAutomaticDenial", "durationBeforeEscalation", "isApproverJustificationRequired", "isEscalationEnabled",
        "isApprovalRequiredForAdd", "isApprovalRequiredForUpdate", "isRequestorJustificationRequired",
        "allowCustomAssignmentSchedule", "enableOnBehalfRequestorsToAddAccess", "enableOnBehalfRequestorsToRemoveAccess",
        "enableOnBehalfRequestorsToUpdateAccess", "enableTargetsToSelfAddAccess", "enableTargetsToSelfRemoveAccess", "enableTargetsToSelfUpdateAccess",
        "expirationBehavior", "isEnabled", "isRecommendationEnabled", "isReviewerJustificationRequired", "isSelfReview", "schedule",
        "gracePeriodBeforeAccessRemoval", "removeAccessWhenTargetLeavesAllowedTargets", "requestAccessForAllowedTargets",
        "isAnswerEditable", "isRequired", "sequence", "text", "actualValue", "isMultipleSelectionAllowed", "isSingleLineQuestion", "regexPattern",
        "userId", "groupId", "servicePrincipalId", "connectedOrganizationId", "membershipRule", "managerLevel",
        "startDateTime", "recurrence", "duration", "endDateTime", "type", "pattern", "range", "startDate", "endDate", "recurrenceTimeZone",
    };

    /// <summary>Plain mapper output for a generated draft.</summary>
    public static Gen<string> Plain { get; } = DraftGenerator.Draft.Select(PolicyJson.Serialize);

    /// <summary>Mapper output with 1–6 variations applied in turn (built on use: the variations are initialised below).</summary>
    public static Gen<VariedPolicyJson> Varied =>
        Gen.Select(Plain, Variation.List[1, 6], (json, variations) =>
        {
            var root = (JsonObject)JsonNode.Parse(json)!;
            var applied = variations.Select(variation => variation(root)).OfType<string>().ToList();
            return new VariedPolicyJson(root.ToJsonString(), applied);
        });

    /// <summary>A change to a policy body; returns what it did, or null when the body has nothing it applies to.</summary>
    private delegate string? JsonVariation(JsonObject policy);

    private static Gen<JsonVariation> Variation => Gen.OneOf(
        ReviewDurationInHours, DurationRespelled, RecurrenceRange, DayOfMonth, ReviewDisabled, SelfReviewWithReviewers, EscalationOffWithDelay,
        OtherExtensionKind, ODataTypeWithoutHash, OptionalBooleanRemoved, SubjectDescriptionAdded, ExpirationWithLeftover, MemberSetToNull,
        ReadOnlyMembersAdded);

    private static Gen<JsonVariation> ReviewDurationInHours { get; } =
        Gen.OneOf("PT36H", "PT8H", "P1DT12H", "PT90M", "PT1H30M", "P2DT0H").Select<string, JsonVariation>(duration => policy =>
            policy["reviewSettings"]?["schedule"]?["expiration"] is JsonObject expiration && expiration["duration"] is not null
                ? Set(expiration, "duration", duration, $"review duration {duration}")
                : null);

    /// <summary>The same length in another unit: P2D as PT48H or P1DT24H, PT36H as P1DT12H.</summary>
    private static Gen<JsonVariation> DurationRespelled { get; } =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 2]).Select<(int, int), JsonVariation>(t => policy =>
        {
            var durations = Members(policy)
                .Where(m => m.Name is "duration" or "durationBeforeAutomaticDenial" or "durationBeforeEscalation" or "gracePeriodBeforeAccessRemoval"
                    && m.Value is JsonValue v && v.TryGetValue<string>(out var text) && text != "PT0S")
                .ToList();
            if (durations.Count == 0)
            {
                return null;
            }

            var (parent, name, path, value) = durations[t.Item1 % durations.Count];
            var span = System.Xml.XmlConvert.ToTimeSpan(value!.GetValue<string>());
            var hours = (long)span.TotalHours;
            var minutes = span.Minutes;
            var spelled = t.Item2 switch
            {
                0 when minutes == 0 => Invariant($"PT{hours}H"),
                1 when span.Days > 0 => Invariant($"P{span.Days - 1}DT{span.Hours + 24}H{(minutes == 0 ? "" : Invariant($"{minutes}M"))}"),
                _ => Invariant($"PT{(long)span.TotalMinutes}M"),
            };
            return Set(parent, name, spelled, $"{path} respelled {spelled}");
        });

    private static Gen<JsonVariation> RecurrenceRange { get; } =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 700], Gen.Int[1, 900], Gen.Int[1, 24],
                Gen.OneOf<string?>(null, "UTC", "Pacific Standard Time", "W. Europe Standard Time"), Gen.Int[0, 3])
            .Select<(int, int, int, int, string?, int), JsonVariation>(t => policy =>
            {
                if (policy["reviewSettings"]?["schedule"]?["recurrence"] is not JsonObject recurrence)
                {
                    return null;
                }

                var start = new DateOnly(2027, 1, 1).AddDays(t.Item2);
                var range = t.Item1 switch
                {
                    0 => new JsonObject { ["type"] = "endDate", ["startDate"] = Date(start), ["endDate"] = Date(start.AddDays(t.Item3)), ["numberOfOccurrences"] = 0 },
                    1 => new JsonObject { ["type"] = "numbered", ["startDate"] = Date(start), ["numberOfOccurrences"] = t.Item4 },
                    _ => t.Item6 == 0
                        ? new JsonObject { ["type"] = "noEnd", ["numberOfOccurrences"] = 0 }
                        : new JsonObject { ["type"] = "noEnd", ["startDate"] = Date(start), ["numberOfOccurrences"] = 0 },
                };
                if (t.Item5 is { } zone)
                {
                    range["recurrenceTimeZone"] = zone;
                }

                // What admins leave behind when they change the type of a range they copied.
                if (t.Item6 == 3)
                {
                    if (t.Item1 == 1)
                    {
                        range["endDate"] = Date(start.AddDays(t.Item3));
                    }
                    else
                    {
                        range["numberOfOccurrences"] = t.Item4;
                    }
                }

                recurrence["range"] = range;
                return $"range {range.ToJsonString()}";
            });

    private static Gen<JsonVariation> DayOfMonth { get; } =
        Gen.Int[1, 31].Select<int, JsonVariation>(day => policy =>
            policy["reviewSettings"]?["schedule"]?["recurrence"]?["pattern"] is JsonObject pattern && pattern["type"]?.GetValue<string>() == "absoluteMonthly"
                ? Set(pattern, "dayOfMonth", day, Invariant($"dayOfMonth {day}"))
                : null);

    private static Gen<JsonVariation> ReviewDisabled { get; } = Gen.Const<JsonVariation>(policy =>
        policy["reviewSettings"] is JsonObject review ? Set(review, "isEnabled", false, "reviews off, settings kept") : null);

    private static Gen<JsonVariation> SelfReviewWithReviewers { get; } = Gen.Guid.Select<Guid, JsonVariation>(id => policy =>
    {
        if (policy["reviewSettings"] is not JsonObject review)
        {
            return null;
        }

        if (review["primaryReviewers"] is not JsonArray { Count: > 0 })
        {
            review["primaryReviewers"] = new JsonArray(new JsonObject { ["@odata.type"] = "#microsoft.graph.singleUser", ["userId"] = id.ToString() });
        }

        review["isSelfReview"] = true;
        return "self-review with primary reviewers listed";
    });

    private static Gen<JsonVariation> EscalationOffWithDelay { get; } =
        Gen.Select(Gen.Int[0, 10], Gen.OneOf("P2D", "PT12H", "P1DT6H")).Select<(int, string), JsonVariation>(t => policy =>
        {
            if (policy["requestApprovalSettings"]?["stages"] is not JsonArray { Count: > 0 } stages)
            {
                return null;
            }

            var index = t.Item1 % stages.Count;
            var stage = (JsonObject)stages[index]!;
            stage["isEscalationEnabled"] = false;
            stage["durationBeforeEscalation"] = t.Item2;
            return Invariant($"stages[{index}] escalation off with delay {t.Item2}");
        });

    private static Gen<JsonVariation> OtherExtensionKind { get; } = Gen.Int[0, 10].Select<int, JsonVariation>(pick => policy =>
    {
        if (policy["customExtensionStageSettings"] is not JsonArray { Count: > 0 } settings)
        {
            return null;
        }

        var index = pick % settings.Count;
        var extension = (JsonObject)settings[index]!["customExtension"]!;
        var other = extension["@odata.type"]!.GetValue<string>().TrimStart('#') == AssignmentWorkflow[1..] ? RequestWorkflow : AssignmentWorkflow;
        extension["@odata.type"] = other;
        return Invariant($"customExtensionStageSettings[{index}] is {other}");
    });

    private static Gen<JsonVariation> ODataTypeWithoutHash { get; } = Gen.Int[0, 1000].Select<int, JsonVariation>(pick => policy =>
    {
        var typed = Members(policy).Where(m => m.Name == "@odata.type" && m.Value is JsonValue v && v.GetValue<string>().StartsWith('#')).ToList();
        if (typed.Count == 0)
        {
            return null;
        }

        var (parent, name, path, value) = typed[pick % typed.Count];
        return Set(parent, name, value!.GetValue<string>()[1..], $"{path} without #");
    });

    /// <summary>A boolean left out where it says only what Graph assumes anyway (false; true for the two review defaults).</summary>
    private static Gen<JsonVariation> OptionalBooleanRemoved { get; } = Gen.Int[0, 1000].Select<int, JsonVariation>(pick => policy =>
    {
        var removable = Members(policy)
            .Where(m => m.Value is JsonValue v && v.TryGetValue<bool>(out var flag) && flag == TrueByDefault.Contains(m.Name))
            .ToList();
        if (removable.Count == 0)
        {
            return null;
        }

        var (parent, name, path, _) = removable[pick % removable.Count];
        parent.Remove(name);
        return $"{path} removed";
    });

    private static Gen<JsonVariation> SubjectDescriptionAdded { get; } =
        Gen.Select(Gen.Int[0, 1000], Gen.OneOf("Ann Lee", "Sales team", "Contoso partners")).Select<(int, string), JsonVariation>(t => policy =>
        {
            var subjects = Subjects(policy).Where(s => ReadOnlyDescriptionSubjects.Contains(s.Subject["@odata.type"]?.GetValue<string>())).ToList();
            if (subjects.Count == 0)
            {
                return null;
            }

            var (subject, path) = subjects[t.Item1 % subjects.Count];
            return Set(subject, "description", t.Item2, $"{path} with description");
        });

    /// <summary>An expiration that also carries the member of another type (noExpiration with a duration, …).</summary>
    private static Gen<JsonVariation> ExpirationWithLeftover { get; } =
        Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Int[1, 400]).Select<(bool, int, int), JsonVariation>(t => policy =>
        {
            var (path, expiration) = t.Item1
                ? ("$.expiration", policy["expiration"] as JsonObject)
                : ("$.reviewSettings.schedule.expiration", policy["reviewSettings"]?["schedule"]?["expiration"] as JsonObject);
            if (expiration is null)
            {
                return null;
            }

            var replacement = t.Item2 switch
            {
                0 => new JsonObject { ["type"] = "noExpiration", ["duration"] = Invariant($"P{t.Item3}D") },
                1 => new JsonObject { ["type"] = "afterDateTime", ["endDateTime"] = "2028-06-30T23:59:59Z", ["duration"] = Invariant($"P{t.Item3}D") },
                _ => new JsonObject { ["type"] = "afterDuration", ["duration"] = Invariant($"P{t.Item3}D"), ["endDateTime"] = "2028-06-30T23:59:59Z" },
            };
            var parent = expiration.Parent!.AsObject();
            parent["expiration"] = replacement;
            return $"{path} {replacement.ToJsonString()}";
        });

    private static Gen<JsonVariation> MemberSetToNull { get; } = Gen.Int[0, 10_000].Select<int, JsonVariation>(pick => policy =>
    {
        var nullable = Members(policy).Where(m => Nullable.Contains(m.Name) && m.Value is not null && !m.Path.Contains(".customExtension.", StringComparison.Ordinal)).ToList();
        if (nullable.Count == 0)
        {
            return null;
        }

        var (parent, name, path, _) = nullable[pick % nullable.Count];
        parent[name] = null;
        return $"{path} null";
    });

    private static Gen<JsonVariation> ReadOnlyMembersAdded { get; } = Gen.Const<JsonVariation>(policy =>
    {
        policy["@odata.type"] = "#microsoft.graph.accessPackageAssignmentPolicy";
        policy["createdDateTime"] = "2026-03-01T08:00:00Z";
        policy["modifiedDateTime"] = "2026-03-02T08:00:00.123Z";
        return "policy @odata.type and timestamps";
    });

    /// <summary>Every object member below <paramref name="node"/>, with its JSON path in the importer's notation.</summary>
    internal static IEnumerable<(JsonObject Parent, string Name, string Path, JsonNode? Value)> Members(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var at = $"{path}.{name}";
                    yield return (obj, name, at, value);
                    foreach (var inner in Members(value, at))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in Members(array[i], Invariant($"{path}[{i}]")))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static IEnumerable<(JsonObject Subject, string Path)> Subjects(JsonObject policy) =>
        Members(policy)
            .Where(m => SubjectArrays.Contains(m.Name) && m.Value is JsonArray)
            .SelectMany(m => ((JsonArray)m.Value!).Select((item, i) => (Subject: (JsonObject)item!, Path: Invariant($"{m.Path}[{i}]"))));

    private static string Set(JsonObject parent, string name, JsonNode? value, string description)
    {
        parent[name] = value;
        return description;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
