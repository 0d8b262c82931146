using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private void RequestorOptionsRules()
    {
        Check((draft, context) =>
        {
            var settings = draft.RequestorSettings;
            const string path = PolicyPaths.OnBehalfRequestors;
            // Source: Graph accessPackageAssignmentRequestorSettings — onBehalfRequestors are "the principals who can
            // request on behalf of others"; the Entra admin center asks who may when on-behalf-of requests are allowed.
            var onBehalfEnabled = settings.EnableOnBehalfRequestorsToAddAccess || settings.EnableOnBehalfRequestorsToUpdateAccess
                || settings.EnableOnBehalfRequestorsToRemoveAccess;
            if (onBehalfEnabled && settings.OnBehalfRequestors.Count == 0)
            {
                context.Fail(path, "Requests on behalf of others are turned on, but nobody may make them. Add on-behalf-of requestors (e.g. the user's manager), or turn those options off.");
            }

            SubjectRules.CheckSlot(context, path, settings.OnBehalfRequestors, SubjectSlot.OnBehalfRequestors, draft.AllowedTargetScope);
        });
    }
}
