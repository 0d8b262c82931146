using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Ports;

/// <summary>One directory search result: the id is what a policy stores, the name and detail are what people read.
/// The detail is the mail or user principal name for users, mail for groups, app id for service principals. The kind is
/// one of <see cref="SubjectKinds.DirectoryObjectKinds"/>.</summary>
public sealed record DirectoryEntry(SubjectKind Kind, string Id, string DisplayName, string? Detail);
