using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Journal;

namespace PolicyPortal.Sandbox.Batch;

/// <summary><c>POST /v1.0/$batch</c>: every inner request goes through the same dispatcher as a request sent
/// alone (so faults, auth and validation behave the same); independent requests run concurrently, a request
/// whose dependency failed gets 424.</summary>
internal sealed class BatchHandler(TimeProvider time)
{
    public async Task<SandboxResponse> HandleAsync(SandboxRequest outer,
        Func<SandboxRequest, CancellationToken, Task<SandboxResponse>> dispatch, CancellationToken cancellationToken)
    {
        var items = BatchParser.Parse(outer.Body);
#pragma warning disable VSTHRD003 // Every task awaited here is started by RunAsync in this method.
        var tasks = new Dictionary<string, Task<SandboxResponse>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var dependencies = item.DependsOn.Select(d => tasks[d]).ToList();
            tasks[item.Id] = RunAsync(item, dependencies);
        }
        var responses = await Task.WhenAll(items.Select(i => tasks[i.Id]));
#pragma warning restore VSTHRD003

        var body = new JsonArray();
        var journal = new List<BatchJournalItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, response) = (items[i], responses[i]);
            var headers = new JsonObject();
            foreach (var (name, value) in response.Headers)
            {
                headers[name] = value;
            }
            var entry = new JsonObject { ["id"] = item.Id, ["status"] = response.Status, ["headers"] = headers };
            if (response.Body is not null)
            {
                headers["Content-Type"] = SandboxResponse.JsonContentType;
                entry["body"] = response.Body;
            }
            else if (response.Text is not null)
            {
                headers["Content-Type"] = "text/plain";
                entry["body"] = response.Text;
            }
            body.Add(entry);
            journal.Add(new BatchJournalItem(item.Id, item.Method, item.Url,
                RequestJournal.SelectHeaders(name => item.Headers.GetValueOrDefault(name)), item.Body, response.Status));
        }
        return new SandboxResponse { Status = 200, Body = new JsonObject { ["responses"] = body }, BatchItems = journal };

        async Task<SandboxResponse> RunAsync(BatchItem item, List<Task<SandboxResponse>> dependencies)
        {
            foreach (var dependency in dependencies)
            {
#pragma warning disable VSTHRD003 // Dependencies are earlier RunAsync tasks of this same batch.
                if ((await dependency).Status >= 400)
#pragma warning restore VSTHRD003
                {
                    var requestId = Guid.NewGuid().ToString();
                    return GraphErrorBody.Create(new GraphException(424, GraphErrorCodes.FailedDependency,
                        "The request was not run because a request it depends on failed."), requestId, requestId, time.GetUtcNow());
                }
            }
            return await dispatch(ToRequest(outer, item), cancellationToken);
        }
    }

    private static SandboxRequest ToRequest(SandboxRequest outer, BatchItem item)
    {
        var headers = SandboxRequest.NewHeaders();
        foreach (var (name, value) in item.Headers)
        {
            headers[name] = value;
        }
        // Inner requests are authenticated by the batch's own token.
        if (outer.Header("Authorization") is { } authorization)
        {
            headers.TryAdd("Authorization", authorization);
        }
        var question = item.Url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? item.Url : item.Url[..question];
        // The Graph SDK makes batch urls relative by cutting len("/v1.0") characters off the absolute path, which
        // under a mount leaves "box/graph/v1.0/users". Real Graph never sees that; accept it so demo mode works.
        var version = path.IndexOf("/v1.0/", StringComparison.Ordinal);
        if (version >= 0)
        {
            path = path[(version + "/v1.0".Length)..];
        }
        var query = question < 0 ? "" : item.Url[(question + 1)..];
        return new SandboxRequest(item.Method, "/v1.0" + Uri.UnescapeDataString(path), query, headers, item.Body, outer.BaseUrl);
    }
}
