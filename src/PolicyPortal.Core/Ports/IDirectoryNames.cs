using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Ports;

/// <summary>Looks directory objects up by id: the names of subjects that arrived with only an id (pasted JSON, a
/// policy written by another tool).</summary>
public interface IDirectoryNames
{
    /// <summary>The entries found among <paramref name="ids"/>; an id that no longer resolves is left out.</summary>
    Task<IReadOnlyList<DirectoryEntry>> FindAsync(IReadOnlyCollection<DirectoryObjectId> ids, CancellationToken cancellationToken);
}

/// <summary>A directory object by kind (one of <see cref="SubjectKinds.DirectoryObjectKinds"/>) and id.</summary>
public sealed record DirectoryObjectId(SubjectKind Kind, string Id);
