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
            // Light tones, with dark text on them: they are text (messages, "Checks" results, helper text) on the dark
            // surface and fills (buttons, alerts) behind their contrast text, both at 4.5:1 or more.
            Primary = "#7CB7F0",
            PrimaryContrastText = "#0B2540",
            Secondary = "#B9A2E8",
            SecondaryContrastText = "#22163A",
            // MudBlazor's 50 % white is under 4.5:1 on its dark surface.
            TextSecondary = "rgba(255,255,255,0.72)",
            Info = "#90CAF9",
            InfoContrastText = "#0A2A4A",
            Success = "#81C784",
            SuccessContrastText = "#0B2A0D",
            Warning = "#FFB74D",
            WarningContrastText = "#3A2300",
            Error = "#F28B82",
            ErrorContrastText = "#3B0A07",
            // An outlined error alert writes its text in the "darker" tone, which on a dark surface must stay this light.
            ErrorDarken = "#F28B82",
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
