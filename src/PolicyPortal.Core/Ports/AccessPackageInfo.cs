namespace PolicyPortal.Core.Ports;

/// <summary>An access package the admin can manage, as the home page lists it.</summary>
public sealed record AccessPackageInfo(string Id, string DisplayName, string? Description, string? CatalogName, bool IsHidden, string? CatalogId = null);

/// <summary>A custom workflow extension of a catalog, which a policy's stages can call.</summary>
public sealed record CustomExtensionInfo(string Id, string DisplayName);
