using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Templates;

/// <summary>
/// A people slot a template leaves for the admin to fill, e.g. "Stage 1 fallback approvers: a user and a group".
/// <see cref="Subjects"/> returns the draft's list to add the picked subjects to; until it is filled the validator
/// reports the same path with what is missing.
/// </summary>
public sealed record TemplateSlot(string PropertyPath, string Prompt, IReadOnlyList<SubjectKind> SuggestedKinds, Func<PolicyDraft, List<Subject>> Subjects);

/// <summary>
/// A named starting point. Templates never invent users or groups: slots that need specific people are left empty and
/// listed in <see cref="PeopleToPick"/>, so the wizard can prompt for them and the validator says what is missing.
/// </summary>
public sealed class PolicyTemplate
{
    private readonly Func<PolicyDraft> _create;

    internal PolicyTemplate(string key, string name, string summary, Func<PolicyDraft> create, params TemplateSlot[] peopleToPick)
    {
        Key = key;
        Name = name;
        Summary = summary;
        _create = create;
        PeopleToPick = peopleToPick;
    }

    /// <summary>Stable identifier (kebab-case), for URLs and tests.</summary>
    public string Key { get; }

    public string Name { get; }

    /// <summary>One or two sentences an admin reads when choosing.</summary>
    public string Summary { get; }

    public IReadOnlyList<TemplateSlot> PeopleToPick { get; }

    /// <summary>A fresh draft (nothing shared between calls), optionally already bound to an access package.</summary>
    public PolicyDraft Create(AccessPackageReference? accessPackage = null)
    {
        var draft = _create();
        if (accessPackage is not null)
        {
            draft.AccessPackage = new AccessPackageReference { Id = accessPackage.Id, DisplayName = accessPackage.DisplayName };
        }

        return draft;
    }

    public override string ToString() => Name;
}
