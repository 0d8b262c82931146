namespace PolicyPortal.Web.Components.Shared;

/// <summary>The name of a downloaded JSON file: what it holds, with anything but letters and digits as dashes.</summary>
public static class DownloadName
{
    public static string Json(string? what, string fallback) =>
        string.Concat((string.IsNullOrWhiteSpace(what) ? fallback : what.Trim()).Select(c => char.IsLetterOrDigit(c) ? c : '-')) + ".json";
}
