using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Ports;

/// <summary>Finds users, groups, service principals and connected organizations by name.</summary>
public interface IDirectorySearch
{
    /// <summary>Searches the directory-object kinds among <paramref name="kinds"/> (others are ignored) with one round
    /// trip; results are grouped by kind, best first.</summary>
    Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, IReadOnlyCollection<SubjectKind> kinds, CancellationToken cancellationToken);
}
