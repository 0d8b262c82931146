using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Security;

/// <summary>
/// Keeps what admins type and the circuit's secrets out of the logs, whatever level the configuration asks for. Below
/// Information, SignalR logs each hub invocation with its arguments (every input's value, the circuit secret when a
/// circuit connects), its transports log what they carry, and Blazor's circuit and renderer log event data. So these
/// categories never log below Information, for any provider, however the rules are written: after configuration is
/// read, more specific or wildcard rules below the floor are raised to it, and each category gets a floor rule for
/// every provider the rules name (a provider's own rules win over general ones).
/// </summary>
internal sealed class SensitiveLogFloor : IPostConfigureOptions<LoggerFilterOptions>
{
    public const LogLevel Floor = LogLevel.Information;

    public static readonly IReadOnlyList<string> Categories =
        ["Microsoft.AspNetCore.SignalR", "Microsoft.AspNetCore.Http.Connections", "Microsoft.AspNetCore.Components"];

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        var rules = options.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is { CategoryName: { } category } rule && (rule.LogLevel ?? LogLevel.Trace) < Floor
                && Categories.Any(sensitive => CouldMatch(category, sensitive)))
            {
                rules[i] = new LoggerFilterRule(rule.ProviderName, category, Floor, rule.Filter);
            }
        }

        foreach (var provider in rules.Select(rule => rule.ProviderName).Append(null).Distinct().ToList())
        {
            foreach (var category in Categories)
            {
                if (LevelFor(options, provider, category) < Floor)
                {
                    rules.Add(new LoggerFilterRule(provider, category, Floor, filter: null));
                }
            }
        }
    }

    /// <summary>A rule for <paramref name="ruleCategory"/> that may pick the level of <paramref name="sensitive"/> or a
    /// category below it: the same or a deeper name, or a wildcard that reaches into it.</summary>
    private static bool CouldMatch(string ruleCategory, string sensitive)
    {
        var star = ruleCategory.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return ruleCategory.StartsWith(sensitive, StringComparison.OrdinalIgnoreCase);
        }
        var prefix = ruleCategory[..star];
        return prefix.StartsWith(sensitive, StringComparison.OrdinalIgnoreCase) || sensitive.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The level the rules give the category under the provider, the way the logger factory chooses: the
    /// provider's own rules before general ones, then the longest category prefix, then the last (wildcards were raised
    /// above). A rule without a level lets everything through.</summary>
    private static LogLevel LevelFor(LoggerFilterOptions options, string? provider, string category)
    {
        var best = options.Rules
            .Where(rule => rule.ProviderName is null || rule.ProviderName == provider)
            .Where(rule => rule.CategoryName is null || (!rule.CategoryName.Contains('*', StringComparison.Ordinal)
                && category.StartsWith(rule.CategoryName, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(rule => rule.ProviderName is not null)
            .ThenBy(rule => rule.CategoryName?.Length ?? 0)
            .LastOrDefault();
        return best is null ? options.MinLevel : best.LogLevel ?? LogLevel.Trace;
    }
}
