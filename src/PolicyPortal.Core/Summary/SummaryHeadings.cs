namespace PolicyPortal.Core.Summary;

/// <summary>The section headings of a <see cref="PolicyDescription"/>, in the order they appear.</summary>
public static class SummaryHeadings
{
    public const string WhoCanRequest = "Who can request";
    public const string RequestorOptions = "Requestor options";
    public const string Approval = "Approval";
    public const string Questions = "Questions";
    public const string Expiration = "Expiration";
    public const string AccessReview = "Access reviews";
    public const string CustomExtensions = "Custom extensions";
    public const string Notifications = "Notifications";
}
