using System.Text.RegularExpressions;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Security;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The registration script asks Entra for what the code uses: the same delegated Graph permissions and role
/// values, and the guide lists the same permissions.</summary>
public sealed partial class AppRegistrationScriptTests
{
    private static readonly string Script = File.ReadAllText(Path.Combine(Repository.Root(), "deploy", "app-registration", "create-app-registration.sh"));

    [Fact]
    public void Script_AsksForExactlyTheGraphPermissionsTheCodeRequests()
    {
        var scopes = GraphScopes().Match(Script).Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        scopes.ShouldBe(new GraphOptions().Scopes, ignoreOrder: true);
        var guide = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "deploy", "app-registration.md"));
        new GraphOptions().Scopes.ShouldAllBe(scope => guide.Contains($"`{scope}`", StringComparison.Ordinal));
    }

    [Fact]
    public void Script_CreatesTheAppRolesTheCodeChecks()
    {
        Script.ShouldContain($"ADMIN_ROLE=\"{PortalRoles.Admin}\"");
        Script.ShouldContain($"READER_ROLE=\"{PortalRoles.Reader}\"");
    }

    [GeneratedRegex(@"GRAPH_SCOPES=\(([^)]*)\)")]
    private static partial Regex GraphScopes();
}
