using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>Every routable page says who may open it; every page that acts on policies (today's and future ones
/// under Components/Pages/Policies, Bulk and Baselines) needs the admin policy.</summary>
public sealed class PageAuthorizationTests
{
    private static readonly Type[] Pages = typeof(Program).Assembly.GetTypes()
        .Where(type => type.GetCustomAttributes<RouteAttribute>().Any())
        .ToArray();

    public static TheoryData<string> PolicyPages() =>
        new(Pages.Where(p => p.Namespace?.EndsWith(".Pages.Policies", StringComparison.Ordinal) == true
            || p.Namespace?.EndsWith(".Pages.Bulk", StringComparison.Ordinal) == true
            || p.Namespace?.EndsWith(".Pages.Baselines", StringComparison.Ordinal) == true).Select(p => p.FullName!));

    [Theory]
    [MemberData(nameof(PolicyPages))]
    public void PolicyPage_RequiresThePortalAdminPolicy(string pageType)
    {
        var page = Pages.Single(p => p.FullName == pageType);

        page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ShouldContain(a => a.Policy == PortalPolicies.Admin);
        page.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).ShouldBeEmpty();
    }

    [Fact]
    public void EveryPage_IsEitherAuthorizedOrDeliberatelyAnonymous()
    {
        PolicyPages().Count.ShouldBeGreaterThan(0);
        var anonymous = Pages.Where(p => p.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any()).Select(p => p.Name);

        // Signed out is where Entra ID sends the admin back to: nobody is signed in there.
        anonymous.ShouldBe(["ErrorPage", "NotFoundPage", "SignedOutPage"], ignoreOrder: true);
        Pages.Where(p => !anonymous.Contains(p.Name)).ShouldAllBe(p => p.GetCustomAttributes<AuthorizeAttribute>(true).Any());
    }
}
