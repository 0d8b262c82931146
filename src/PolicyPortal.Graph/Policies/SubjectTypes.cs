using Microsoft.Graph.Models;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Graph.Policies;

/// <summary>
/// The one table that ties a <see cref="SubjectKind"/> to its SDK subclass and <c>@odata.type</c>, with how to build
/// and read it. Graph's subject <c>description</c> is read-only except on attribute rules, so only those send it.
/// </summary>
internal static class SubjectTypes
{
    // TextMembers: the JSON members holding text (id, rule, description); managerLevel follows from the kind.
    internal sealed record Entry(SubjectKind Kind, string ODataType, Type SdkType, Func<Subject, SubjectSet> ToGraph, Func<SubjectSet, Subject> FromGraph,
        IReadOnlyList<string> TextMembers);

    public static IReadOnlyList<Entry> All { get; } =
    [
        Make<SingleUser>(SubjectKind.User, "singleUser",
            s => new SingleUser().With(s.ObjectId, (g, id) => g.UserId = id),
            g => new Subject(SubjectKind.User) { ObjectId = g.UserId, DisplayName = g.Description }, "userId", "description"),
        Make<GroupMembers>(SubjectKind.Group, "groupMembers",
            s => new GroupMembers().With(s.ObjectId, (g, id) => g.GroupId = id),
            g => new Subject(SubjectKind.Group) { ObjectId = g.GroupId, DisplayName = g.Description }, "groupId", "description"),
        Make<SingleServicePrincipal>(SubjectKind.ServicePrincipal, "singleServicePrincipal",
            s => new SingleServicePrincipal().With(s.ObjectId, (g, id) => g.ServicePrincipalId = id),
            g => new Subject(SubjectKind.ServicePrincipal) { ObjectId = g.ServicePrincipalId, DisplayName = g.Description }, "servicePrincipalId", "description"),
        Make<ConnectedOrganizationMembers>(SubjectKind.ConnectedOrganization, "connectedOrganizationMembers",
            s => new ConnectedOrganizationMembers().With(s.ObjectId, (g, id) => g.ConnectedOrganizationId = id),
            g => new Subject(SubjectKind.ConnectedOrganization) { ObjectId = g.ConnectedOrganizationId, DisplayName = g.Description }, "connectedOrganizationId", "description"),
        Make<RequestorManager>(SubjectKind.RequestorManager, "requestorManager",
            s => new RequestorManager().With(s.ManagerLevel, (g, level) => g.ManagerLevel = level),
            g => new Subject(SubjectKind.RequestorManager) { ManagerLevel = g.ManagerLevel }),
        Make<InternalSponsors>(SubjectKind.InternalSponsors, "internalSponsors", _ => new InternalSponsors(), _ => new Subject(SubjectKind.InternalSponsors)),
        Make<ExternalSponsors>(SubjectKind.ExternalSponsors, "externalSponsors", _ => new ExternalSponsors(), _ => new Subject(SubjectKind.ExternalSponsors)),
        Make<TargetUserSponsors>(SubjectKind.TargetUserSponsors, "targetUserSponsors", _ => new TargetUserSponsors(), _ => new Subject(SubjectKind.TargetUserSponsors)),
        Make<TargetManager>(SubjectKind.TargetManager, "targetManager",
            s => new TargetManager().With(s.ManagerLevel, (g, level) => g.ManagerLevel = level),
            g => new Subject(SubjectKind.TargetManager) { ManagerLevel = g.ManagerLevel }),
        Make<TargetApplicationOwners>(SubjectKind.TargetApplicationOwners, "targetApplicationOwners",
            _ => new TargetApplicationOwners(), _ => new Subject(SubjectKind.TargetApplicationOwners)),
        Make<AttributeRuleMembers>(SubjectKind.AttributeRule, "attributeRuleMembers",
            s => new AttributeRuleMembers().With(s.MembershipRule, (g, rule) => g.MembershipRule = rule).With(s.DisplayName, (g, text) => g.Description = text),
            g => new Subject(SubjectKind.AttributeRule) { MembershipRule = g.MembershipRule, DisplayName = g.Description }, "membershipRule", "description"),
        Make<TargetAgentIdentitySponsorsOrOwners>(SubjectKind.TargetAgentIdentitySponsorsOrOwners, "targetAgentIdentitySponsorsOrOwners",
            _ => new TargetAgentIdentitySponsorsOrOwners(), _ => new Subject(SubjectKind.TargetAgentIdentitySponsorsOrOwners)),
    ];

    private static readonly Dictionary<SubjectKind, Entry> ByKind = All.ToDictionary(entry => entry.Kind);
    private static readonly Dictionary<Type, Entry> BySdkType = All.ToDictionary(entry => entry.SdkType);

    public static Entry For(SubjectKind kind) => ByKind[kind];

    /// <summary>The entry for an SDK object, or null for subject sets policies don't use (or unknown ones).</summary>
    public static Entry? For(SubjectSet subjectSet) => BySdkType.GetValueOrDefault(subjectSet.GetType());

    private static Entry Make<T>(SubjectKind kind, string name, Func<Subject, T> toGraph, Func<T, Subject> fromGraph, params string[] textMembers)
        where T : SubjectSet =>
        new(kind, "#microsoft.graph." + name, typeof(T), toGraph, set => fromGraph((T)set), textMembers);
}
