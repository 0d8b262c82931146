using Microsoft.Extensions.Configuration;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Graph.Tests.Client;

public sealed class GraphOptionsTests
{
    [Fact]
    public void Scopes_ConfiguredOnes_AreAddedToTheFourDefaults()
    {
        // What docs/deploy/app-registration.md tells an admin who adds the permissions "Try as a requestor" can use.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Scopes:0"] = "User.Read.All",
            ["Graph:Scopes:1"] = "CrossTenantInformation.ReadBasic.All",
        }).Build();
        var options = new GraphOptions();

        configuration.GetSection(GraphOptions.Section).Bind(options);

        options.Scopes.ShouldBe(["EntitlementManagement.ReadWrite.All", "User.ReadBasic.All", "GroupMember.Read.All", "Application.Read.All",
            "User.Read.All", "CrossTenantInformation.ReadBasic.All"]);
    }
}
