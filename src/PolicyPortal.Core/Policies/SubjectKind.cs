namespace PolicyPortal.Core.Policies;

/// <summary>
/// The kinds of Graph <c>subjectSet</c> an access package policy uses: who may be assigned, who may request on
/// behalf of others, who approves and who reviews.
/// </summary>
public enum SubjectKind
{
    /// <summary>One user (<c>singleUser</c>).</summary>
    User,

    /// <summary>The members of a group (<c>groupMembers</c>).</summary>
    Group,

    /// <summary>One service principal (<c>singleServicePrincipal</c>).</summary>
    ServicePrincipal,

    /// <summary>The users of a connected organization (<c>connectedOrganizationMembers</c>).</summary>
    ConnectedOrganization,

    /// <summary>The requestor's manager, level 1 (direct) or 2 (<c>requestorManager</c>).</summary>
    RequestorManager,

    /// <summary>The internal sponsors of the requestor's connected organization.</summary>
    InternalSponsors,

    /// <summary>The external sponsors of the requestor's connected organization.</summary>
    ExternalSponsors,

    /// <summary>The requesting user's own sponsors (<c>targetUserSponsors</c>).</summary>
    TargetUserSponsors,

    /// <summary>The manager (levels 1–4) of the user being assigned, as on-behalf-of requestor.</summary>
    TargetManager,

    /// <summary>The owners of the application being assigned, as on-behalf-of requestors.</summary>
    TargetApplicationOwners,

    /// <summary>Users matching a dynamic membership rule (<c>attributeRuleMembers</c>), for auto-assignment.</summary>
    AttributeRule,

    /// <summary>The sponsors or owners of the agent identity being assigned (<c>targetAgentIdentitySponsorsOrOwners</c>).</summary>
    TargetAgentIdentitySponsorsOrOwners,
}
