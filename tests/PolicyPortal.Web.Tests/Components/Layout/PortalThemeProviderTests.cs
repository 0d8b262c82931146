using Bunit;
using MudBlazor;
using PolicyPortal.Web.Components.Layout;

namespace PolicyPortal.Web.Tests.Components.Layout;

/// <summary>The portal's theme provider writes its CSS once per process; the page must still get exactly what
/// MudBlazor's own provider writes for the portal's theme, in either mode and after switching.</summary>
public sealed class PortalThemeProviderTests : PortalComponentTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_LightOrDark_IsMudBlazorsOwnMarkupForThePortalTheme(bool dark)
    {
        var mud = Render<MudThemeProvider>(p => p.Add(x => x.Theme, PortalTheme.Theme).Add(x => x.IsDarkMode, dark));
        var portal = Render<PortalThemeProvider>(p => p.Add(x => x.IsDarkMode, dark));

        portal.Markup.ShouldBe(mud.Markup);
        portal.Markup.ShouldContain($"--mud-native-html-color-scheme: {(dark ? "dark" : "light")};");
    }

    [Fact]
    public void Render_AfterSwitchingMode_IsTheOtherModesTheme()
    {
        var portal = Render<PortalThemeProvider>(p => p.Add(x => x.IsDarkMode, false));
        var light = portal.Markup;

        portal.Render(p => p.Add(x => x.IsDarkMode, true));

        portal.Markup.ShouldNotBe(light);
        portal.Markup.ShouldBe(Render<MudThemeProvider>(p => p.Add(x => x.Theme, PortalTheme.Theme).Add(x => x.IsDarkMode, true)).Markup);
    }
}
