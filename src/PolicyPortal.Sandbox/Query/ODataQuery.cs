using Microsoft.AspNetCore.WebUtilities;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Query;

/// <summary>The system query options of one request, checked against what the endpoint supports.</summary>
internal sealed class ODataQuery
{
    public const string Search = "$search", Filter = "$filter", Select = "$select", Top = "$top", Count = "$count",
        SkipToken = "$skiptoken", OrderBy = "$orderby", Expand = "$expand", Skip = "$skip";

    public const int MaxTop = 999;

    private readonly Dictionary<string, string> _options;

    private ODataQuery(Dictionary<string, string> options) => _options = options;

    /// <summary>No options: used to project expanded entities.</summary>
    public static ODataQuery Empty { get; } = new(new Dictionary<string, string>());

    public string? this[string option] => _options.TryGetValue(option, out var value) ? value : null;

    public IReadOnlyList<string>? SelectList => List(Select);

    /// <summary>The parsed <c>$expand</c>, nested options included; empty without one.</summary>
    public IReadOnlyList<ExpandItem> ExpandItems { get; private init; } = [];

    public bool CountRequested => string.Equals(this[Count], "true", StringComparison.OrdinalIgnoreCase);

    public int? TopValue { get; private init; }

    /// <summary>Parses and checks the options. Graph answers 400 to <c>$skip</c> on directory objects, to
    /// options the endpoint does not support, and to a <c>$top</c> outside 1–999.</summary>
    public static ODataQuery Parse(SandboxRequest request, ResourceKind kind, params string[] allowed)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in QueryHelpers.ParseQuery(request.QueryString))
        {
            // Options without '$' are custom query options: OData passes them through, so do we.
            if (!key.StartsWith('$'))
            {
                continue;
            }
            var name = key.ToLowerInvariant();
            if (values.Count > 1)
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Query option '{key}' was specified more than once, but it must be specified at most once.");
            }
            if (name == Skip && kind.IsDirectory)
            {
                throw GraphException.BadRequest(kind.BadRequestCode, "'$skip' is not supported by the service.");
            }
            if (!allowed.Contains(name))
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Query option '{key}' is not allowed on this resource.");
            }
            options[name] = values.ToString();
        }
        int? top = null;
        if (options.TryGetValue(Top, out var topText))
        {
            if (!int.TryParse(topText, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > MaxTop)
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Invalid page size specified: '{topText}'. Must be between 1 and {MaxTop} inclusive.");
            }
            top = parsed;
        }
        var expand = options.TryGetValue(Expand, out var expandText) ? ExpandItem.ParseList(expandText, kind.BadRequestCode) : [];
        return new ODataQuery(options) { TopValue = top, ExpandItems = expand };
    }

    private string[]? List(string option) =>
        this[option] is { } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
}
