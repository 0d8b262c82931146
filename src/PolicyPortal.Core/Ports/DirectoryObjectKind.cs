namespace PolicyPortal.Core.Ports;

/// <summary>The kinds of directory object a picker can find by name.</summary>
[Flags]
public enum DirectoryObjectKind
{
    None = 0,
    User = 1,
    Group = 2,
    ServicePrincipal = 4,
    ConnectedOrganization = 8,
}
