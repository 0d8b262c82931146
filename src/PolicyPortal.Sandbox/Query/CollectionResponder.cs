using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>The shared collection pipeline: <c>$filter</c>, <c>$search</c>, <c>$orderby</c>, <c>$count</c>,
/// paging with an absolute <c>@odata.nextLink</c>, <c>$select</c> and <c>$expand</c>.</summary>
internal static class CollectionResponder
{
    /// <param name="kindOf">For a collection of several types (a group's members): each item's own kind, whose
    /// <c>@odata.type</c> it then carries.</param>
    /// <param name="indexed">The set <paramref name="source"/> is, whose indexes answer <c>$search</c>.</param>
    public static SandboxResponse List(SandboxRequest request, ODataQuery query, ResourceKind kind,
        IEnumerable<Entity> source, TenantSnapshot snapshot, int defaultPageSize, Func<Entity, ResourceKind>? kindOf = null, EntitySet? indexed = null)
    {
        EntityProjector.Validate(query, kind);
        var items = Apply(request, query, kind, source, indexed).ToList();
        var offset = DecodeSkipToken(query[ODataQuery.SkipToken], kind);
        var pageSize = query.TopValue ?? defaultPageSize;
        var body = new JsonObject { ["@odata.context"] = EntityProjector.ContextUrl(request, kind, query, single: false) };
        // Directory objects count only in advanced queries (ConsistencyLevel: eventual); the count is on page one only.
        if (query.CountRequested && (request.IsEventual || !kind.IsDirectory) && offset == 0)
        {
            body["@odata.count"] = items.Count;
        }
        if (offset + pageSize < items.Count)
        {
            body["@odata.nextLink"] = NextLink(request, offset + pageSize);
        }
        body["value"] = new JsonArray([.. items.Skip(offset).Take(pageSize).Select(e => (JsonNode)(kindOf is null
            ? EntityProjector.Project(e, kind, query, snapshot)
            : EntityProjector.Typed(e, kindOf(e), query, snapshot)))]);
        return SandboxResponse.Json(200, body);
    }

    /// <summary>Filters, searches and orders; also used by <c>/$count</c>.</summary>
    public static IEnumerable<Entity> Apply(SandboxRequest request, ODataQuery query, ResourceKind kind, IEnumerable<Entity> source,
        EntitySet? indexed = null)
    {
        if (query[ODataQuery.Filter] is { } filter)
        {
            var predicate = FilterExpression.Parse(filter, kind, out var advanced);
            if (advanced && kind.IsDirectory && !(request.IsEventual && query.CountRequested))
            {
                throw GraphException.BadRequest(GraphErrorCodes.UnsupportedQuery,
                    "Operators 'ne', 'not' and 'endsWith' are supported only in advanced queries: add $count=true and the header 'ConsistencyLevel: eventual'.");
            }
            source = source.Where(predicate);
        }
        if (query[ODataQuery.Search] is { } search)
        {
            if (!request.IsEventual)
            {
                throw GraphException.BadRequest(GraphErrorCodes.UnsupportedQuery,
                    "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
            }
            var predicate = SearchExpression.Parse(search, kind, indexed);
            source = source.Where(predicate);
        }
        if (query[ODataQuery.OrderBy] is { } orderBy)
        {
            var parts = orderBy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 1 or > 2 || !kind.Properties.Contains(parts[0])
                || (parts.Length == 2 && parts[1] is not ("asc" or "desc")))
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Invalid $orderby: '{orderBy}'.");
            }
            var property = parts[0];
            source = parts.Length == 2 && parts[1] == "desc"
                ? source.OrderByDescending(e => e.GetString(property), StringComparer.OrdinalIgnoreCase)
                : source.OrderBy(e => e.GetString(property), StringComparer.OrdinalIgnoreCase);
        }
        return source;
    }

    // The skip token is opaque to clients, as Graph's is; inside it is just the offset.
    private static string EncodeSkipToken(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"offset:{offset.ToString(CultureInfo.InvariantCulture)}"));

    private static int DecodeSkipToken(string? token, ResourceKind kind)
    {
        if (token is null)
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), CultureInfo.InvariantCulture, out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }
        throw GraphException.BadRequest(kind.BadRequestCode, "The specified $skiptoken is invalid.");
    }

    private static string NextLink(SandboxRequest request, int offset)
    {
        // Keep every option as the client sent it (still encoded) and replace only the skip token.
        var kept = request.QueryString.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !Uri.UnescapeDataString(part.Split('=')[0]).Equals(ODataQuery.SkipToken, StringComparison.OrdinalIgnoreCase))
            .Append($"$skiptoken={EncodeSkipToken(offset)}");
        return $"{request.BaseUrl}{EncodePath(request.Path)}?{string.Join('&', kept)}";
    }

    private static string EncodePath(string path) =>
        string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(segment).Replace("%24", "$", StringComparison.Ordinal)));
}
