namespace PolicyPortal.Core.Ports;

/// <summary>Sends many prepared policies (creates and full PUTs), or many deletions, in one Graph <c>$batch</c>.</summary>
public interface IPolicyBatchWriter
{
    /// <summary>How many writes one <c>$batch</c> holds (json-batching: "limited to 20 individual requests").</summary>
    const int MaxPerBatch = 20;

    /// <summary>Sends up to <see cref="MaxPerBatch"/> policies from <see cref="IPolicyGateway.Prepare"/> in one round
    /// trip; one result per policy, in order. Nothing is retried here: the caller decides, knowing what was sent.</summary>
    Task<IReadOnlyList<BatchWriteResult>> WriteAsync(IReadOnlyList<PreparedPolicy> policies, CancellationToken cancellationToken);

    /// <summary>Deletes up to <see cref="MaxPerBatch"/> policies by id in one round trip; one result per id, in order.</summary>
    Task<IReadOnlyList<BatchWriteResult>> DeleteAsync(IReadOnlyList<string> policyIds, CancellationToken cancellationToken);
}

/// <summary>What became of one write of a batch.</summary>
public abstract record BatchWriteResult
{
    /// <summary>Graph created or replaced the policy.</summary>
    public sealed record Written(PolicyWrite Write) : BatchWriteResult;

    /// <summary>Throttled or unavailable (429, 503): Graph did not carry it out; send it again after <see cref="RetryAfter"/>.</summary>
    public sealed record RetryLater(TimeSpan? RetryAfter, int HttpStatus) : BatchWriteResult;

    /// <summary>Graph refused it; <see cref="Error"/> says why in words an admin can act on.</summary>
    public sealed record Failed(GatewayException Error) : BatchWriteResult;

    /// <summary>No answer that tells (a gateway time-out, a lost connection): it may have been carried out.</summary>
    public sealed record Unknown(string Message) : BatchWriteResult;
}
