namespace PolicyPortal.Sandbox.Http;

/// <summary>The generic codes Graph answers with (policy rule codes live in <c>PolicyErrorCodes</c>).</summary>
internal static class GraphErrorCodes
{
    public const string InvalidAuthenticationToken = "InvalidAuthenticationToken";
    public const string DirectoryBadRequest = "Request_BadRequest";
    public const string UnsupportedQuery = "Request_UnsupportedQuery";
    public const string DirectoryNotFound = "Request_ResourceNotFound";
    public const string BadRequest = "BadRequest";
    public const string RequestDenied = "Authorization_RequestDenied";
    public const string NotFound = "ResourceNotFound";
    public const string MethodNotAllowed = "MethodNotAllowed";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string Throttled = "activityLimitReached";
    public const string ServiceNotAvailable = "serviceNotAvailable";
    public const string GeneralException = "generalException";
    public const string FailedDependency = "FailedDependency";
}
