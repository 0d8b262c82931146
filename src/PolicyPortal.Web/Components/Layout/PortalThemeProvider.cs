using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace PolicyPortal.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme provider for <see cref="PortalTheme.Theme"/>, with its CSS written once per process. MudBlazor's
/// own writes the theme's 200-odd CSS variables into a new string of about 12,000 characters (24 KB) each time the layout
/// renders, in every circuit, and each circuit's render trees keep one or two of them. The markup is MudBlazor 9.12's
/// own, from its own <see cref="MudThemeProvider.BuildTheme"/>, so the page does not change.
/// </summary>
public sealed class PortalThemeProvider : MudThemeProvider
{
    // MudBlazor's chart hover styles, which its provider renders between the scrollbar and the theme.
    private const string ChartStyles = "<style>\n    .mud-chart-serie:hover {\n        filter: url(#lighten);\n    }\n\n    .mud-chart-serie-hovered \n    {\n        filter: url(#lighten);\n    }\n</style>\n\n";

    private static readonly MarkupString Scrollbar = (MarkupString)BuildMudBlazorScrollbar();

    // Light and dark.
    private static readonly MarkupString?[] ThemeCss = new MarkupString?[2];

    public PortalThemeProvider() => Theme = PortalTheme.Theme;

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        if (!DefaultScrollbar)
        {
            __builder.AddContent(0, Scrollbar);
        }
        __builder.AddMarkupContent(1, ChartStyles);
#pragma warning disable MUD0010 // The layout binds IsDarkMode both ways, so at render the parameter is the mode BuildTheme writes.
        var dark = IsDarkMode;
#pragma warning restore MUD0010
        __builder.AddContent(2, ThemeCss[dark ? 1 : 0] ??= (MarkupString)BuildTheme());
    }
}
