namespace PolicyPortal.Sandbox.Http;

/// <summary>Thrown by handlers; the dispatcher turns it into Graph's error body.</summary>
internal sealed class GraphException(int status, string code, string message, int? retryAfterSeconds = null)
    : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public static GraphException BadRequest(string code, string message) => new(400, code, message);

    public static GraphException UnknownSegment(string segment) =>
        BadRequest(GraphErrorCodes.BadRequest, $"Resource not found for the segment '{segment}'.");

    public static GraphException MethodNotAllowed(string method) =>
        new(405, GraphErrorCodes.MethodNotAllowed, $"The HTTP method '{method}' is not allowed on this resource in the sandbox.");
}
