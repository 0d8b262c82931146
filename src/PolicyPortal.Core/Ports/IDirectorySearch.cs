namespace PolicyPortal.Core.Ports;

/// <summary>Finds users, groups, service principals and connected organizations by name.</summary>
public interface IDirectorySearch
{
    /// <summary>Searches the kinds asked for with one round trip; results are grouped by kind, best first.</summary>
    Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, DirectoryObjectKind kinds, CancellationToken cancellationToken);
}
