using System.Text.Json;

namespace PolicyPortal.Core.Policies;

/// <summary>
/// Everything an admin can set on a Graph v1.0 access package assignment policy, shaped for two-way binding in the
/// wizard: settable members, lists always present, defaults as the Entra portal proposes them. Property paths such as
/// <c>RequestApproval.Stages[0].PrimaryApprovers</c> are what the validator reports against.
/// </summary>
public sealed class PolicyDraft
{
    /// <summary>Graph id of the policy being edited; <c>null</c> for a new policy (create).</summary>
    public string? Id { get; set; }

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    public AccessPackageReference AccessPackage { get; set; } = new();

    public AllowedTargetScope AllowedTargetScope { get; set; } = AllowedTargetScope.AllMemberUsers;

    /// <summary>The principals that may be assigned when the scope is a <c>specific…</c> one.</summary>
    public List<Subject> SpecificAllowedTargets { get; set; } = [];

    public AutomaticRequestSettingsDraft AutomaticRequestSettings { get; set; } = new();

    public RequestorSettingsDraft RequestorSettings { get; set; } = new();

    public ApprovalSettingsDraft RequestApproval { get; set; } = new();

    public List<QuestionDraft> Questions { get; set; } = [];

    public ExpirationDraft Expiration { get; set; } = new();

    public ReviewSettingsDraft ReviewSettings { get; set; } = new();

    public List<CustomExtensionStageSettingDraft> CustomExtensionStageSettings { get; set; } = [];

    public NotificationSettingsDraft NotificationSettings { get; set; } = new();

    /// <summary>True when this draft creates a policy rather than replacing an existing one.</summary>
    public bool IsNew => string.IsNullOrEmpty(Id);

    /// <summary>True when the policy assigns automatically by rule instead of taking requests.</summary>
    public bool IsAutoAssignment => AutomaticRequestSettings.IsEnabled;

    /// <summary>A deep copy (nothing shared), e.g. to keep the last saved state beside the one being edited.</summary>
    public PolicyDraft Clone() => JsonSerializer.Deserialize<PolicyDraft>(JsonSerializer.SerializeToUtf8Bytes(this))!;

    /// <summary>
    /// A deep copy for creating a new policy from this one ("clone policy"): the Graph ids of the policy, its questions
    /// and its custom extension settings are cleared so the copy is POSTed, not PUT over the original.
    /// </summary>
    public PolicyDraft CloneAsNew()
    {
        var copy = Clone();
        copy.Id = null;
        copy.Questions.ForEach(question => question.Id = null);
        copy.CustomExtensionStageSettings.ForEach(setting => setting.Id = null);
        return copy;
    }

    /// <summary>Renumbers <see cref="QuestionDraft.Sequence"/> 1, 2, 3… in list order (after the admin reorders questions).</summary>
    public void RenumberQuestions()
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            Questions[i].Sequence = i + 1;
        }
    }
}

/// <summary>The access package the policy belongs to: the id Graph needs and the name the admin picked.</summary>
public sealed class AccessPackageReference
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }
}

/// <summary>Auto-assignment (Graph <c>automaticRequestSettings</c>): present only on an auto-assignment policy.</summary>
public sealed class AutomaticRequestSettingsDraft
{
    /// <summary>When true the policy is an auto-assignment policy and <c>automaticRequestSettings</c> is sent.</summary>
    public bool IsEnabled { get; set; }

    public bool RequestAccessForAllowedTargets { get; set; } = true;

    public bool RemoveAccessWhenTargetLeavesAllowedTargets { get; set; } = true;

    /// <summary>How long access is kept after a user stops matching the rule; <c>null</c> = not sent.</summary>
    public PolicyDuration? GracePeriodBeforeAccessRemoval { get; set; }
}

/// <summary>Who may request and what a request may include (Graph <c>requestorSettings</c>).</summary>
public sealed class RequestorSettingsDraft
{
    public bool EnableTargetsToSelfAddAccess { get; set; } = true;

    public bool EnableTargetsToSelfUpdateAccess { get; set; } = true;

    public bool EnableTargetsToSelfRemoveAccess { get; set; } = true;

    public bool AllowCustomAssignmentSchedule { get; set; }

    public bool EnableOnBehalfRequestorsToAddAccess { get; set; }

    public bool EnableOnBehalfRequestorsToUpdateAccess { get; set; }

    public bool EnableOnBehalfRequestorsToRemoveAccess { get; set; }

    public List<Subject> OnBehalfRequestors { get; set; } = [];
}

/// <summary>Notification switch (Graph <c>notificationSettings</c>).</summary>
public sealed class NotificationSettingsDraft
{
    public bool IsAssignmentNotificationDisabled { get; set; }
}
