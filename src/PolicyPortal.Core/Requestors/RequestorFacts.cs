using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Requestors;

/// <summary>The person being tried: who they are and where they sign in from.</summary>
/// <param name="HomeDomain">For a guest, the domain of the organization they sign in with (their identity's issuer).</param>
/// <param name="PreferredLanguage">Graph's <c>preferredLanguage</c>, e.g. <c>es-ES</c>.</param>
public sealed record RequestorProfile(string Id, string DisplayName, string? Mail, bool IsGuest, string? HomeDomain, string? PreferredLanguage)
{
    /// <summary>How sentences name the person: the first word of the display name ("Ana" for "Ana Rossi").</summary>
    public string FirstName => FirstWord(DisplayName);

    /// <summary>The first word of a display name: how a sentence names a person the second time.</summary>
    public static string FirstWord(string displayName) =>
        displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : displayName;
}

/// <summary>A group as the deciders' list shows it: how many transitive members and the first few names.</summary>
public sealed record GroupFacts(int MemberCount, IReadOnlyList<string> FirstMembers);

/// <summary>The connected organization the requestor belongs to, and how that was decided.</summary>
/// <param name="MatchedBy">In words, e.g. "signs in with fabrikam.example, a domain of Fabrikam".</param>
public sealed record OrganizationFacts(
    string Id, string DisplayName, bool IsConfigured, string MatchedBy,
    IReadOnlyList<DirectoryEntry> InternalSponsors, IReadOnlyList<DirectoryEntry> ExternalSponsors);

/// <summary>The kinds of fact a resolution reads, to say which could not be read.</summary>
public enum RequestorFact
{
    Managers,
    Sponsors,
    Membership,
    Organization,
}

/// <summary>What the directory says about one requestor, read for the questions a set of policies asks
/// (<see cref="RequestorNeeds"/>). A fact that could not be read is in <see cref="Unknown"/> with the reason.</summary>
public sealed class RequestorFacts
{
    public required RequestorProfile Profile { get; init; }

    /// <summary>The manager chain, direct manager first; shorter than asked when the chain stops.</summary>
    public IReadOnlyList<DirectoryEntry> Managers { get; init; } = [];

    /// <summary>The user's own sponsors: users and groups.</summary>
    public IReadOnlyList<DirectoryEntry> Sponsors { get; init; } = [];

    /// <summary>The groups, among those asked about, the user is a member of (transitively).</summary>
    public IReadOnlySet<string> MemberOf { get; init; } = new HashSet<string>();

    public OrganizationFacts? Organization { get; init; }

    /// <summary>The groups that decide or review, by id.</summary>
    public IReadOnlyDictionary<string, GroupFacts> Groups { get; init; } = new Dictionary<string, GroupFacts>();

    /// <summary>Groups that could not be read, by id, with why as the end of a sentence about the group: "no longer
    /// exists in the directory".</summary>
    public IReadOnlyDictionary<string, string> UnreadableGroups { get; init; } = new Dictionary<string, string>();

    /// <summary>Facts that could not be read, with a sentence saying why and what would fix it.</summary>
    public IReadOnlyDictionary<RequestorFact, string> Unknown { get; init; } = new Dictionary<RequestorFact, string>();
}
