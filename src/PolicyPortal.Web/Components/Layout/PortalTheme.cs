using MudBlazor;

namespace PolicyPortal.Web.Components.Layout;

/// <summary>The one theme of the app, light and dark, with system fonts (nothing is fetched from a CDN).</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0F5FA8",
            AppbarBackground = "#0F3D68",
            Secondary = "#6B4FA0",
            // MudBlazor's 54 % black meets WCAG AA on white (4.5:1) but not on a hovered row or step (4.4:1).
            TextSecondary = "rgba(0,0,0,0.62)",
            // Darker than MudBlazor's defaults so white text on filled alerts meets WCAG AA contrast.
            Info = "#0D5AA7",
            Success = "#1B6E20",
            Warning = "#8A5300",
            Error = "#B3261E",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7CB7F0",
            Secondary = "#B9A2E8",
            // MudBlazor's 50 % white is under 4.5:1 on its dark surface.
            TextSecondary = "rgba(255,255,255,0.72)",
            Info = "#0D5AA7",
            Success = "#1B6E20",
            Warning = "#8A5300",
            Error = "#B3261E",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Segoe UI", "system-ui", "-apple-system", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
