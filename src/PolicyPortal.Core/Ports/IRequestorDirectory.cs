using PolicyPortal.Core.Requestors;

namespace PolicyPortal.Core.Ports;

/// <summary>Reads what the directory says about one user, for "Try as a requestor".</summary>
public interface IRequestorDirectory
{
    /// <summary>Reads the facts <paramref name="needs"/> asks for, in as few round trips as the answers allow. A fact
    /// that cannot be read (a permission the app lacks, a deleted group) is reported in the facts, not thrown; only a user
    /// that cannot be read at all throws a <see cref="GatewayException"/>.</summary>
    Task<RequestorReading> ReadAsync(string userId, RequestorNeeds needs, CancellationToken cancellationToken);
}

/// <summary>The facts and every Graph request that produced them ("how this was worked out").</summary>
public sealed record RequestorReading(RequestorFacts Facts, IReadOnlyList<DirectoryRequest> Requests);

/// <summary>One Graph request of a reading.</summary>
/// <param name="RoundTrip">Which round of the reading it went in, from 1: a round is one <c>$batch</c> per 20 requests.</param>
/// <param name="Url">Relative to the Graph version root, unescaped for reading: <c>/users/…/sponsors?$select=id,displayName</c>.</param>
/// <param name="Purpose">What it was for: "Ana's managers, up to 2 levels".</param>
public sealed record DirectoryRequest(int RoundTrip, string Method, string Url, int Status, string Purpose);
