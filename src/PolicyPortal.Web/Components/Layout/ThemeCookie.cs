namespace PolicyPortal.Web.Components.Layout;

/// <summary>The theme the admin last chose, kept in a cookie by portal.js <c>rememberTheme</c>: read with the page
/// request, so every page opens in it, the static ones (error, not found) too, which have no circuit to ask.</summary>
public static class ThemeCookie
{
    public const string Name = "pp-theme";

    public static bool IsDark(HttpRequest request) => request.Cookies[Name] == "dark";
}
