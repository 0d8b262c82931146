using System.Globalization;
using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Graph.Policies.Import;

/// <summary>
/// Walks pasted JSON against <see cref="PolicyShapes"/> and returns a clean copy the SDK can parse without losing
/// anything silently: wrong types are coerced when the intent is plain (<c>"true"</c>, <c>"1"</c>) and reported,
/// everything else that can't be read is left out and reported with its JSON path.
/// </summary>
internal sealed class PolicyJsonReader
{
    private const string GraphPrefix = "#microsoft.graph.";
    private readonly List<PolicyJsonProblem> _problems = [];

    public IReadOnlyList<PolicyJsonProblem> Problems => _problems;

    public JsonObject? Read(JsonNode? root)
    {
        if (root is not JsonObject policy)
        {
            Error("$", $"The JSON is {Describe(root)}, not a policy object.", "Paste one policy: a JSON object that starts with { and has displayName, allowedTargetScope and so on.");
            return null;
        }

        var clean = ReadObject(policy, PolicyShapes.Policy, "$");
        CheckReviewSchedule(clean);
        CheckSelfReview(clean);
        CheckStageDurations(clean);
        CheckExpiration(clean["expiration"] as JsonObject, "$.expiration");
        CheckUnstatedValues(policy);
        return clean;
    }

    /// <summary>Access reviews use a recurrence's type, interval and day of the month (Graph entitlementManagementSchedule); say what else is ignored.</summary>
    private void CheckReviewSchedule(JsonObject policy)
    {
        const string path = "$.reviewSettings.schedule";
        if (policy["reviewSettings"] is not JsonObject review)
        {
            return;
        }

        if (review["schedule"] is not JsonObject schedule)
        {
            Warning(path, "The review settings give no schedule, so PolicyPortal uses the Access review step's defaults: a review every 3 months, each lasting 14 days, with no end.",
                "Choose how often reviews run on the Access review step.");
            return;
        }

        if (schedule["recurrence"] is not JsonObject recurrence)
        {
            Warning($"{path}.recurrence", "The schedule says not how often reviews run, so PolicyPortal uses every 3 months with no end.",
                "Choose how often reviews run on the Access review step.");
        }
        else
        {
            CheckReviewPattern(recurrence["pattern"] as JsonObject, $"{path}.recurrence.pattern");
            CheckReviewRange(recurrence["range"] as JsonObject, $"{path}.recurrence.range", schedule["startDateTime"] is not null);
        }

        CheckReviewLength(schedule["expiration"] as JsonObject, $"{path}.expiration");
    }

    private void CheckReviewPattern(JsonObject? pattern, string path)
    {
        if (pattern?["type"] is null)
        {
            Warning(path, "The recurrence gives no pattern type, so PolicyPortal uses every 3 months.",
                "Write \"type\": \"absoluteMonthly\" (or \"weekly\") with its interval, or choose the frequency on the Access review step.");
            return;
        }

        foreach (var (name, value) in pattern)
        {
            var meaningful = name switch
            {
                "type" or "interval" or "dayOfMonth" => false,
                "month" => value is JsonValue number && number.TryGetValue<int>(out var n) && n != 0,
                "daysOfWeek" => value is JsonArray { Count: > 0 },
                _ => value is not null,
            };
            if (meaningful)
            {
                Warning($"{path}.{name}", $"Access reviews use only the recurrence type, interval and day of the month, so \"{Excerpt.Of(name)}\" was ignored.",
                    "Remove it; choose the frequency on the Access review step.");
            }
        }
    }

    /// <summary>A range keeps only the members its type uses (Graph recurrenceRange); say which were ignored or filled in.</summary>
    private void CheckReviewRange(JsonObject? range, string path, bool hasFirstReview)
    {
        if (range is null)
        {
            Warning(path, "The recurrence has no range, so reviews are sent with no end (\"noEnd\").", "Choose when reviews end on the Access review step.");
            return;
        }

        var type = range["type"]?.GetValue<string>();
        if (type is null)
        {
            type = "noEnd";
            Warning($"{path}.type", "The range gives no type, so reviews are sent with no end (\"noEnd\").", "Write \"type\": \"noEnd\", \"endDate\" or \"numbered\", or choose when reviews end on the Access review step.");
        }

        if (type != "endDate" && range["endDate"] is not null)
        {
            Warning($"{path}.endDate", $"The range type is \"{Excerpt.Of(type)}\", so its end date was ignored.", "Remove endDate, or set the range type to \"endDate\".");
        }

        if (type != "numbered" && range["numberOfOccurrences"] is JsonValue count && count.TryGetValue<int>(out var n) && n != 0)
        {
            Warning($"{path}.numberOfOccurrences", $"The range type is \"{Excerpt.Of(type)}\", so its number of reviews was ignored (sent as 0).",
                "Set numberOfOccurrences to 0, or set the range type to \"numbered\".");
        }

        if (type != "noEnd" && range["startDate"] is null && hasFirstReview)
        {
            Warning($"{path}.startDate", "A range that ends needs a start date (Graph recurrenceRange), so the first review's day is used.",
                "Write \"startDate\" (yyyy-MM-dd) to choose another.");
        }
    }

    /// <summary>
    /// Each review lasts a duration (entitlementManagementSchedule: the expiration is "when the access review ends"; the
    /// admin center asks for a number of days), so PolicyPortal always sends <c>afterDuration</c>; say what that changes.
    /// </summary>
    private void CheckReviewLength(JsonObject? expiration, string path)
    {
        if (expiration?["duration"] is null)
        {
            Warning(path, "Each review's length must be a duration (e.g. \"P14D\"); without one, PolicyPortal uses 14 days.",
                "Write \"expiration\": {\"type\": \"afterDuration\", \"duration\": \"P14D\"}.");
        }

        if (expiration is null)
        {
            return;
        }

        if (expiration["type"]?.GetValue<string>() is { } type && type != "afterDuration")
        {
            Warning($"{path}.type", $"Each review lasts a set time, so the type \"{Excerpt.Of(type)}\" is sent as \"afterDuration\".",
                "Write \"type\": \"afterDuration\" with the review's length as \"duration\".");
        }
        else if (expiration["type"] is null && expiration["duration"] is not null)
        {
            Warning($"{path}.type", "Each review's expiration gives no type, so it is sent as \"afterDuration\".", "Write \"type\": \"afterDuration\" to say so.");
        }

        if (expiration["endDateTime"] is not null)
        {
            Warning($"{path}.endDateTime", "Each review lasts a set time, so its end date was ignored.", "Remove endDateTime; give the review's length as \"duration\".");
        }
    }

    /// <summary>Self-review has no reviewers (Graph: reviewers "aren't required when you create a self-review"); say that listed ones are left out.</summary>
    private void CheckSelfReview(JsonObject policy)
    {
        if (policy["reviewSettings"] is JsonObject review && review["isSelfReview"]?.GetValue<bool>() == true
            && review["primaryReviewers"] is JsonArray { Count: > 0 } reviewers)
        {
            Warning("$.reviewSettings.primaryReviewers",
                $"Self-review is on, so users review their own access and the {reviewers.Count} listed reviewer(s) were left out.",
                "Turn self-review off on the Access review step to keep specific reviewers.");
        }
    }

    /// <summary>A missing time-out or escalation delay is sent as <c>PT0S</c>, and so is a delay while escalation is off (as the docs send it); say when.</summary>
    private void CheckStageDurations(JsonObject policy)
    {
        foreach (var (stage, at) in Items(policy["requestApprovalSettings"]?["stages"], "$.requestApprovalSettings.stages"))
        {
            var escalates = stage["isEscalationEnabled"]?.GetValue<bool>() == true;
            var delay = stage["durationBeforeEscalation"]?.GetValue<string>();
            if (stage["durationBeforeAutomaticDenial"] is null)
            {
                Warning($"{at}.durationBeforeAutomaticDenial", "The stage does not say how long approvers have to decide, so it is sent as PT0S.",
                    "Set the days approvers have to decide for this stage on the Approval step (the admin center suggests 14).");
            }

            if (escalates && delay is null)
            {
                Warning($"{at}.durationBeforeEscalation", "Escalation is on in this stage but it does not say after how long, so the delay is sent as PT0S.",
                    "Set how long before requests go to the alternate approvers on the Approval step.");
            }
            else if (!escalates && delay is not null && PolicyDuration.TryParseIso8601(delay, out var duration, out _) && duration.Value != 0)
            {
                Warning($"{at}.durationBeforeEscalation", $"Escalation is off in this stage, so its delay \"{Excerpt.Of(delay)}\" is sent as PT0S, as Graph's examples do.",
                    "Turn escalation on in the stage on the Approval step to keep a delay.");
            }
        }
    }

    /// <summary>
    /// Values the JSON leaves unsaid that PolicyPortal must still send: a <c>null</c> name, question text or translation is
    /// sent as <c>""</c>, a question without a sequence as 0, a policy without a scope as <c>notSpecified</c>, a review without an
    /// expiration behavior as <c>keepAccess</c>; say where
    /// (read from the pasted JSON: the clean copy has no nulls).
    /// </summary>
    private void CheckUnstatedValues(JsonObject policy)
    {
        NullTexts(policy, "$", "displayName", "description");
        if (policy["allowedTargetScope"] is null)
        {
            Warning("$.allowedTargetScope", "The policy does not say who may request access, so it is sent as \"notSpecified\" (no one can request).",
                "Choose who may request on the Scope step, or write \"allowedTargetScope\".");
        }

        if (policy["reviewSettings"] is JsonObject review && review["expirationBehavior"] is null)
        {
            Warning("$.reviewSettings.expirationBehavior", "The review settings do not say what happens when reviewers don't respond, so it is sent as \"keepAccess\".",
                "Choose it on the Access review step, or write \"expirationBehavior\".");
        }

        foreach (var (question, at) in Items(policy["questions"], "$.questions"))
        {
            NullTexts(question, at, "text");
            if (question["sequence"] is null)
            {
                Warning($"{at}.sequence", "The question has no sequence number, so it is sent as 0.", "Write \"sequence\" with the question's place in the list (1, 2, …).");
            }

            Translations(question, at);
            foreach (var (choice, choiceAt) in Items(question["choices"], $"{at}.choices"))
            {
                NullTexts(choice, choiceAt, "actualValue", "text");
                Translations(choice, choiceAt);
            }
        }

        void Translations(JsonObject owner, string at)
        {
            foreach (var (translation, translationAt) in Items(owner["localizations"], $"{at}.localizations"))
            {
                NullTexts(translation, translationAt, "languageCode", "text");
            }
        }
    }

    private void NullTexts(JsonObject owner, string path, params string[] names)
    {
        foreach (var name in names)
        {
            if (owner.TryGetPropertyValue(name, out var value) && value is null)
            {
                Warning($"{path}.{name}", $"\"{name}\" is null, so it is sent as empty text (\"\").", "Write the text you mean, or leave it empty on its wizard step.");
            }
        }
    }

    private static IEnumerable<(JsonObject Item, string Path)> Items(JsonNode? array, string path) =>
        (array as JsonArray ?? []).Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")))
            .Where(entry => entry.item is JsonObject)
            .Select(entry => ((JsonObject)entry.item!, entry.Item2));

    /// <summary>An expiration keeps only the member its type uses (Graph expirationPattern); say which one was ignored.</summary>
    private void CheckExpiration(JsonObject? expiration, string path)
    {
        if (expiration is null)
        {
            return;
        }

        var type = expiration["type"]?.GetValue<string>();
        if (type is null)
        {
            // Mirrors PolicyMapper.FromGraph, which reads an untyped expiration from the member it has, a duration first.
            type = expiration["duration"] is not null ? "afterDuration" : expiration["endDateTime"] is not null ? "afterDateTime" : null;
            if (type is null)
            {
                return;
            }

            Warning($"{path}.type", $"Access gives no expiration type, so it is read as \"{type}\" from the value it has.",
                $"Write \"type\": \"{type}\" to say so.");
        }

        if (type != "afterDuration" && expiration["duration"] is not null)
        {
            Warning($"{path}.duration", $"Access has the type \"{type}\", so its duration was ignored.", "Remove the duration, or set the type to \"afterDuration\".");
        }

        if (type != "afterDateTime" && expiration["endDateTime"] is not null)
        {
            Warning($"{path}.endDateTime", $"Access has the type \"{type}\", so its end date was ignored.", "Remove endDateTime, or set the type to \"afterDateTime\".");
        }

        if (type == "afterDuration" && expiration["duration"] is null && !_problems.Any(problem => problem.Path == $"{path}.duration"))
        {
            Warning($"{path}.duration", "Access expires after a duration, but none is given; PolicyPortal uses 365 days.", "Write \"duration\": \"P365D\" (or the length you mean).");
        }
    }

    private JsonNode? Read(JsonNode? node, JsonShape shape, string path) => node is null ? null : shape switch
    {
        ScalarShape scalar => ReadScalar(node, scalar, path),
        ArrayShape array => ReadArray(node, array, path),
        ObjectShape obj => node is JsonObject o ? ReadObject(o, obj, path) : WrongType(node, $"an object ({obj.TypeName})", path),
        PolymorphicShape poly => node is JsonObject o ? ReadPolymorphic(o, poly, path) : WrongType(node, $"an object ({poly.BaseName})", path),
        _ => null,
    };

    private JsonArray? ReadArray(JsonNode node, ArrayShape shape, string path)
    {
        if (node is not JsonArray array)
        {
            WrongType(node, "a list in [ ]", path);
            return null;
        }

        var clean = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (Read(array[i], shape.Item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")) is { } item)
            {
                clean.Add(item);
            }
        }

        return clean;
    }

    private JsonObject? ReadPolymorphic(JsonObject node, PolymorphicShape shape, string path)
    {
        var declared = node["@odata.type"];
        ObjectShape? concrete;
        string? canonical = null;
        if (declared is null)
        {
            concrete = shape.Default;
            if (concrete is null)
            {
                Error(path, $"This {shape.BaseName} has no \"@odata.type\", so its kind is unknown and it was not imported.",
                    $"Add \"@odata.type\", one of: {string.Join(", ", shape.Types.Keys)}.");
                return null;
            }
        }
        else if (declared is JsonValue value && value.TryGetValue<string>(out var text)
            && shape.Types.TryGetValue(text.StartsWith('#') ? text : "#" + text, out concrete))
        {
            canonical = text.StartsWith('#') ? text : "#" + text;
        }
        else
        {
            Error($"{path}.@odata.type", $"\"{Excerpt.Of(declared.ToJsonString())}\" isn't a {shape.BaseName} type Graph v1.0 accepts here, so this entry was not imported.",
                $"Use one of: {string.Join(", ", shape.Types.Keys)}.");
            return null;
        }

        var clean = ReadObject(node, concrete, path);
        if (canonical is not null)
        {
            // Canonical "#microsoft.graph.x" so the SDK picks the right subclass.
            clean["@odata.type"] = canonical;
        }

        return clean;
    }

    private JsonObject ReadObject(JsonObject node, ObjectShape shape, string path)
    {
        var clean = new JsonObject();
        foreach (var (name, value) in node)
        {
            var memberPath = $"{path}.{name}";
            if (name.Contains('@', StringComparison.Ordinal))
            {
                CheckAnnotation(name, value, shape, memberPath);
                continue;
            }

            if (shape.Properties.TryGetValue(name, out var memberShape))
            {
                if (Read(value, memberShape, memberPath) is { } read)
                {
                    clean[name] = read;
                }

                continue;
            }

            if (shape.Ignored.Contains(name) || shape.AcceptAnything)
            {
                continue;
            }

            ReportUnknown(node, name, value, shape, path, clean);
        }

        return clean;
    }

    private void ReportUnknown(JsonObject node, string name, JsonNode? value, ObjectShape shape, string path, JsonObject clean)
    {
        var memberPath = $"{path}.{name}";
        var sameButCase = shape.Properties.Keys.FirstOrDefault(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));
        if (sameButCase is not null && !node.ContainsKey(sameButCase))
        {
            Warning(memberPath, $"\"{Excerpt.Of(name)}\" is spelled with different capitals from Graph's \"{sameButCase}\"; it was read as \"{sameButCase}\".",
                $"Write \"{sameButCase}\": Graph property names are case-sensitive.");
            if (Read(value, shape.Properties[sameButCase], $"{path}.{sameButCase}") is { } read)
            {
                clean[sameButCase] = read;
            }

            return;
        }

        if (shape == PolicyShapes.Policy && name == "accessPackageId" && value is JsonValue id && id.TryGetValue<string>(out var packageId))
        {
            // The commonest beta habit: keep the package rather than make the admin pick it again.
            Warning(memberPath, "\"accessPackageId\" is a beta-era name; PolicyPortal read it as accessPackage.id.", "Did you mean accessPackage: {\"id\": \"…\"} (v1.0)?");
            if (!node.ContainsKey("accessPackage"))
            {
                clean["accessPackage"] = new JsonObject { ["id"] = packageId };
            }

            return;
        }

        if (BetaNames.Hint(shape.TypeName, name) is { } hint)
        {
            if (name == "scopeType" && value is JsonValue scope && scope.TryGetValue<string>(out var betaScope) && BetaNames.ScopeValue(betaScope) is { } v1Scope)
            {
                hint = $"allowedTargetScope: \"{v1Scope}\" on the policy itself";
            }

            Error(memberPath, $"\"{Excerpt.Of(name)}\" is a beta-era name that Graph v1.0 doesn't know, so it was not imported.", $"Did you mean {hint} (v1.0)?");
            if (BetaNames.TwinOf(shape.TypeName, name) is { } twin && shape.Properties.TryGetValue(twin, out var twinShape))
            {
                // Read only to name the beta members inside; the container itself stays out.
                _ = Read(value, twinShape, memberPath);
            }

            return;
        }

        Error(memberPath, $"\"{Excerpt.Of(name)}\" isn't a property of {shape.TypeName} in Graph v1.0, so it was not imported.",
            $"Remove it, or check the spelling. Known here: {string.Join(", ", shape.Properties.Keys)}.");
    }

    private void CheckAnnotation(string name, JsonNode? value, ObjectShape shape, string path)
    {
        if (name == "@odata.type")
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var expected = GraphPrefix + shape.TypeName;
            if (text is not null && (text == expected || "#" + text == expected || shape.AcceptAnything))
            {
                return;
            }

            Warning(path, $"\"@odata.type\" here should be \"{expected}\", not {Excerpt.Of(value?.ToJsonString() ?? "null")}; it was ignored.", $"Remove it or write \"{expected}\".");
        }
        else if (name == "accessPackage@odata.bind")
        {
            Error(path, "\"accessPackage@odata.bind\" isn't how the Graph v1.0 docs bind the access package, so it was not imported.",
                "Write \"accessPackage\": {\"id\": \"<access package id>\"} instead, or pick the package on the Basics step.");
        }

        // Other annotations (@odata.context, @odata.etag, …) carry no policy data.
    }

    private JsonNode? ReadScalar(JsonNode node, ScalarShape shape, string path)
    {
        if (shape.Kind == ScalarKind.Text && node is JsonObject beta && beta.ContainsKey("defaultText"))
        {
            Error(path, "This is the beta shape of a text ({\"defaultText\", \"localizedTexts\"}); Graph v1.0 doesn't know it, so it was not imported.",
                "In v1.0 write the text as a string, e.g. \"text\": \"…\", and translations in \"localizations\": [{\"languageCode\": \"fr\", \"text\": \"…\"}].");
            return null;
        }

        if (node is not JsonValue value)
        {
            return WrongType(node, Expected(shape), path);
        }

        return shape.Kind switch
        {
            ScalarKind.Boolean => ReadBoolean(value, path),
            ScalarKind.Integer => ReadInteger(value, path),
            ScalarKind.Text => ReadText(value, path),
            ScalarKind.Duration => ReadDuration(value, path),
            ScalarKind.DateTime => ReadDateTime(value, path),
            _ => ReadEnum(value, shape, path),
        };
    }

    private JsonNode? ReadBoolean(JsonValue value, string path)
    {
        if (value.TryGetValue<bool>(out var flag))
        {
            return JsonValue.Create(flag);
        }

        if (value.TryGetValue<string>(out var text) && bool.TryParse(text.Trim(), out flag))
        {
            var literal = flag ? "true" : "false";
            Warning(path, $"{Excerpt.Of(value.ToJsonString())} is text, but {Member(path)} must be a JSON boolean. PolicyPortal read it as {literal}.",
                $"Write {literal} without quotes.");
            return JsonValue.Create(flag);
        }

        return WrongType(value, "true or false", path);
    }

    private JsonNode? ReadInteger(JsonValue value, string path)
    {
        if (value.TryGetValue<int>(out var number))
        {
            return JsonValue.Create(number);
        }

        if (value.TryGetValue<string>(out var text) && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            Warning(path, $"{Excerpt.Of(value.ToJsonString())} is text, but {Member(path)} must be a JSON number. PolicyPortal read it as {number.ToString(CultureInfo.InvariantCulture)}.",
                $"Write {number.ToString(CultureInfo.InvariantCulture)} without quotes.");
            return JsonValue.Create(number);
        }

        return WrongType(value, "a whole number", path);
    }

    private JsonValue ReadText(JsonValue value, string path)
    {
        if (value.TryGetValue<string>(out var text))
        {
            return JsonValue.Create(text);
        }

        var literal = value.ToJsonString();
        var quoted = Excerpt.Of(literal);
        Warning(path, $"{quoted} is not text, but {Member(path)} must be a JSON string. PolicyPortal read it as \"{quoted}\".", $"Write \"{quoted}\" in quotes.");
        return JsonValue.Create(literal);
    }

    private JsonNode? ReadDuration(JsonValue value, string path)
    {
        if (!value.TryGetValue<string>(out var text))
        {
            return WrongType(value, "an ISO 8601 duration in quotes, such as \"P14D\"", path);
        }

        if (PolicyDuration.TryParseIso8601(text, out _, out var error))
        {
            return JsonValue.Create(text);
        }

        Error(path, $"{error} It was not imported.", "Write the duration in days, hours or minutes, e.g. \"P365D\" instead of \"P1Y\", \"P14D\" instead of \"P2W\".");
        return null;
    }

    private JsonNode? ReadDateTime(JsonValue value, string path)
    {
        if (value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            if (time.Offset != TimeSpan.Zero)
            {
                var utc = UtcDateTimes.ToGraphString(time);
                Warning(path, $"\"{Excerpt.Of(text)}\" isn't in UTC; PolicyPortal converted it to {utc}.", "Graph stores UTC: write times with Z.");
                return JsonValue.Create(utc);
            }

            return JsonValue.Create(text);
        }

        return WrongType(value, "a UTC date and time in quotes, such as \"2026-07-02T06:59:59Z\"", path);
    }

    private JsonValue? ReadEnum(JsonValue value, ScalarShape shape, string path)
    {
        var members = shape.Members ?? [];
        if (value.TryGetValue<string>(out var text))
        {
            if (members.Contains(text, StringComparer.Ordinal))
            {
                return JsonValue.Create(text);
            }

            if (members.FirstOrDefault(member => string.Equals(member, text, StringComparison.OrdinalIgnoreCase)) is { } member)
            {
                Warning(path, $"\"{Excerpt.Of(text)}\" was read as \"{member}\".", $"Write \"{member}\" exactly.");
                return JsonValue.Create(member);
            }
        }

        var fix = text is not null && BetaNames.ScopeValue(text) is { } v1Scope && members.Contains(v1Scope)
            ? $"\"{Excerpt.Of(text)}\" is the beta scopeType value; in v1.0 write \"{v1Scope}\"."
            : $"Use one of: {string.Join(", ", members)}.";
        Error(path, $"{Excerpt.Of(value.ToJsonString())} isn't a value {Member(path)} accepts in Graph v1.0, so it was not imported.", fix);
        return null;
    }

    private JsonNode? WrongType(JsonNode node, string expected, string path)
    {
        Error(path, $"{Member(path)} must be {expected}, but it is {Describe(node)}, so it was not imported.", $"Write {expected} here.");
        return null;
    }

    private static string Expected(ScalarShape shape) => shape.Kind switch
    {
        ScalarKind.Boolean => "true or false",
        ScalarKind.Integer => "a whole number",
        ScalarKind.Duration => "an ISO 8601 duration such as \"P14D\"",
        ScalarKind.DateTime => "a UTC date and time such as \"2026-07-02T06:59:59Z\"",
        ScalarKind.Enumeration => $"one of {string.Join(", ", shape.Members ?? [])}",
        _ => "text in quotes",
    };

    private static string Member(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return name.EndsWith(']') ? "each entry" : Excerpt.Of(name);
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue value when value.TryGetValue<string>(out _) => $"the text {Excerpt.Of(value.ToJsonString())}",
        JsonValue value => Excerpt.Of(value.ToJsonString()),
        _ => "something else",
    };

    private void Warning(string path, string message, string fix) =>
        _problems.Add(new PolicyJsonProblem(path, message, fix, PolicyJsonProblemSeverity.Warning));

    private void Error(string path, string message, string fix) =>
        _problems.Add(new PolicyJsonProblem(path, message, fix, PolicyJsonProblemSeverity.Error));
}
