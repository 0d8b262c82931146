using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Requestors;

namespace PolicyPortal.Graph.Requestors;

/// <summary>Reads each deciding group once, over however many rounds it is asked for: its transitive member count and
/// first page in one request (<c>$count=true</c> with <c>ConsistencyLevel: eventual</c>, group-list-transitivemembers).</summary>
internal sealed class GroupReading(GraphServiceClient client)
{
    private const int FirstPage = 3;

    private readonly Dictionary<string, string> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, GroupFacts> Found { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Unreadable { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task AddAsync(BatchRound round, IEnumerable<string> groupIds)
    {
        foreach (var id in groupIds.Where(_asked.Add))
        {
            _pending[id] = await round.AddAsync(client.Groups[id].TransitiveMembers.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Count = true;
                c.QueryParameters.Top = FirstPage;
                c.QueryParameters.Select = ["id", "displayName"];
                c.Headers.Add("ConsistencyLevel", "eventual");
            }), "how many people a deciding group holds, and the first of them").ConfigureAwait(false);
        }
    }

    public async Task ReadAsync(BatchRound round)
    {
        foreach (var (id, step) in _pending)
        {
            if (await round.ReadAsync<DirectoryObjectCollectionResponse>(step).ConfigureAwait(false) is { } page)
            {
                var members = page.Value ?? [];
                Found[id] = new GroupFacts((int)(page.OdataCount ?? members.Count),
                    [.. members.OfType<User>().Select(u => u.DisplayName ?? u.Id!)]);
            }
            else
            {
                Unreadable[id] = Missing.Group(round.Status(step));
            }
        }
        _pending.Clear();
    }
}
