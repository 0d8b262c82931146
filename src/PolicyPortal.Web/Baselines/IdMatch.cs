using PolicyPortal.Core.Policies;

namespace PolicyPortal.Web.Baselines;

/// <summary>What an id of a baseline stands for in this tenant.</summary>
public enum IdMatchKind
{
    AccessPackage,

    /// <summary>A user, group, service principal or connected organization (<see cref="IdMatch.Subject"/> says which).</summary>
    DirectoryObject,

    CustomExtension,
}

/// <summary>How an id was matched.</summary>
public enum MatchedBy
{
    /// <summary>This tenant has it under the same id: the baseline came from here.</summary>
    SameId,

    /// <summary>Not under its id, but exactly one of its kind has the name the baseline keeps (another tenant).</summary>
    Name,

    /// <summary>The admin chose it.</summary>
    Admin,

    /// <summary>Neither its id nor its name is here: it no longer exists, or never did in this tenant.</summary>
    NotFound,

    /// <summary>Not under its id, and several have its name: the admin must choose.</summary>
    SeveralByName,
}

/// <summary>One id of a baseline and the object it is matched to here (null when none is).</summary>
/// <param name="CatalogId">For an access package, its catalog here, where its policies' custom extensions are looked up.</param>
public sealed record IdMatch(IdMatchKind Kind, SubjectKind? Subject, string BaselineId, string? BaselineName, string? LiveId, string? LiveName, MatchedBy By,
    string? CatalogId = null)
{
    public bool IsResolved => LiveId is not null;

    public string KindName => Kind switch
    {
        IdMatchKind.AccessPackage => "access package",
        IdMatchKind.CustomExtension => "custom extension",
        _ => SubjectKinds.ObjectName(Subject!.Value).ToLowerInvariant(),
    };

    /// <summary>The name to show for the baseline's side: its kept name, else its id.</summary>
    public string Name => BaselineName ?? BaselineId;

    public string How => By switch
    {
        MatchedBy.SameId => "same id",
        MatchedBy.Name => "matched by name",
        MatchedBy.Admin => "chosen by you",
        MatchedBy.SeveralByName => "several have this name: choose one",
        _ => "not in this tenant, by id or by name",
    };

    /// <summary>The same id matched to what the admin chose.</summary>
    public IdMatch ChosenAs(string liveId, string liveName, string? catalogId = null) =>
        this with { LiveId = liveId, LiveName = liveName, By = MatchedBy.Admin, CatalogId = catalogId ?? CatalogId };
}
