using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>The sandbox under <c>/sandbox/graph</c>, as demo mode mounts it: links and batches keep the mount.</summary>
public sealed class MountedContractTests(MountedSandboxFixture fixture) : IClassFixture<MountedSandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Groups_PageIteratorUnderMount_FollowsAbsoluteNextLinks()
    {
        using var client = fixture.Host.CreateGraphClient();
        var first = await client.Groups.GetAsync(rc => rc.QueryParameters.Top = 7, Ct);
        var seen = new List<string>();

        await PageIterator<Group, GroupCollectionResponse>.CreatePageIterator(client, first!, g =>
        {
            seen.Add(g.Id!);
            return true;
        }).IterateAsync(Ct);

        first!.OdataNextLink.ShouldStartWith($"{fixture.Host.Root}/v1.0/groups?");
        fixture.Host.Root.ShouldEndWith(MountedSandboxFixture.Mount);
        seen.Distinct().Count().ShouldBe(SeedData.For(SandboxScale.Standard).Groups.Count);
    }

    [Fact]
    public async Task Batch_UnderMount_ResolvesRelativeUrls()
    {
        using var client = fixture.Host.CreateGraphClient();
        var batch = new BatchRequestContentCollection(client);
        var step = await batch.AddBatchRequestStepAsync(client.Users[SandboxSeedIds.Users.AlexWilber].ToGetRequestInformation());

        var response = await client.Batch.PostAsync(batch, Ct);

        (await response.GetResponseByIdAsync<User>(step)).DisplayName.ShouldBe("Alex Wilber");
        // The SDK cuts len("/v1.0") characters off the path, so under a mount it sends "box/graph/v1.0/users/...".
        var entry = (await fixture.Host.JournalAsync()).Last(e => e.Path == "/v1.0/$batch");
        entry.Requests!.ShouldHaveSingleItem().Status.ShouldBe(200);
    }

    [Fact]
    public async Task Journal_UnderMount_RecordsPathsRelativeToTheMount()
    {
        using var client = fixture.Host.CreateGraphClient();
        await client.Users[SandboxSeedIds.Users.MeghanLee].GetAsync(cancellationToken: Ct);

        var journal = await fixture.Host.JournalAsync();

        journal.ShouldContain(e => e.Path == $"/v1.0/users/{SandboxSeedIds.Users.MeghanLee}" && e.Status == 200);
    }
}
