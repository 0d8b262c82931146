using Microsoft.Extensions.Configuration;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

public sealed class PortalAuthorizationOptionsTests
{
    [Fact]
    public void From_NothingConfigured_TakesEachDefault()
    {
        var options = PortalAuthorizationOptions.From(Section([]));

        options.AdminRoles.ShouldBe([PortalRoles.Admin]);
        options.AdminDirectoryRoles.ShouldBe([PortalRoles.IdentityGovernanceAdministrator]);
        options.ReaderRoles.ShouldBe([PortalRoles.Reader]);
    }

    [Fact]
    public void From_AConfiguredList_ReplacesItsDefault_AndLeavesTheOthers()
    {
        var options = PortalAuthorizationOptions.From(Section(new()
        {
            ["Authorization:AdminDirectoryRoles:0"] = "11111111-0000-0000-0000-000000000001",
            ["Authorization:ReaderRoles:0"] = "Auditors",
            ["Authorization:ReaderRoles:1"] = "Helpdesk",
        }));

        options.AdminDirectoryRoles.ShouldBe(["11111111-0000-0000-0000-000000000001"], "the default is not kept beside it");
        options.ReaderRoles.ShouldBe(["Auditors", "Helpdesk"]);
        options.AdminRoles.ShouldBe([PortalRoles.Admin]);
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(PortalAuthorizationOptions.Section);
}
