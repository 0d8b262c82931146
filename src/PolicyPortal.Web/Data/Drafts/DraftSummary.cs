namespace PolicyPortal.Web.Data.Drafts;

/// <summary>A draft as the home page lists it: no payload.</summary>
public sealed record DraftSummary(
    Guid Id,
    string? AccessPackageId,
    string? AccessPackageName,
    string? PolicyDisplayName,
    string? CurrentStep,
    DraftMode Mode,
    DraftState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
