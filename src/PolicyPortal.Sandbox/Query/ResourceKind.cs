using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Query;

/// <summary>What the query pipeline needs to know about one entity set. EntitySet is the path below
/// <c>/v1.0</c> used in <c>@odata.context</c>; Properties are selectable and filterable, in Graph's order;
/// DefaultSelect is what comes back without <c>$select</c> (null: everything).</summary>
internal sealed record ResourceKind(
    string EntitySet,
    string TypeName,
    bool IsDirectory,
    IReadOnlyList<string> Properties,
    IReadOnlyList<string>? DefaultSelect = null,
    IReadOnlyList<string>? TokenizedSearch = null,
    IReadOnlyList<string>? StartsWithSearch = null,
    IReadOnlyList<string>? FilterOnly = null,
    IReadOnlyDictionary<string, Navigation>? Expansions = null)
{
    public IReadOnlyList<string> TokenizedSearch { get; } = TokenizedSearch ?? [];

    public IReadOnlyList<string> StartsWithSearch { get; } = StartsWithSearch ?? [];

    /// <summary>Navigation properties by name. They come back only with <c>$expand</c>, also when the entity
    /// stores them (contained navigations such as a policy's <c>customExtensionStageSettings</c>).</summary>
    public IReadOnlyDictionary<string, Navigation> Expansions { get; } = Expansions ?? new Dictionary<string, Navigation>();

    public IEnumerable<string> FilterProperties => Properties.Concat(FilterOnly ?? []);

    /// <summary>The same kind reached through another path, e.g. <c>assignmentPolicies('id')/questions</c>, for <c>@odata.context</c>.</summary>
    public ResourceKind At(string entitySet) => this with { EntitySet = entitySet };

    public string BadRequestCode => IsDirectory ? GraphErrorCodes.DirectoryBadRequest : GraphErrorCodes.BadRequest;

    public GraphException NotFound(string id) => IsDirectory
        ? new(404, GraphErrorCodes.DirectoryNotFound,
            $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.")
        : new(404, GraphErrorCodes.NotFound, $"No {TypeName.Replace("microsoft.graph.", "", StringComparison.Ordinal)} with id '{id}' was found.");
}
