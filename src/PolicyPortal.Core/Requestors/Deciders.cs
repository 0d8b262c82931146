using System.Globalization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Requestors;

/// <summary>Turns approver and reviewer entries into the people they come to for one requestor. The rule for fallbacks
/// is Entra's: "Fallback approvers receive the request if entitlement management can't find the manager for the user
/// who's requesting access", and the same for sponsors (entra-docs, entitlement-management-access-package-approval-policy.md).
/// A group with no members, or one that no longer exists, comes to nobody as well (PolicyPortal's reading: nobody could decide).</summary>
internal sealed class Deciders(RequestorFacts facts)
{
    private string Name => facts.Profile.FirstName;

    public DeciderSet Resolve(IReadOnlyList<Subject> primary, IReadOnlyList<Subject> fallback)
    {
        List<Decider> people = [];
        List<string> notFound = [], unknown = [];
        foreach (var subject in primary)
        {
            Expand(subject, people, notFound, unknown);
        }

        List<Decider> fallbackPeople = [];
        foreach (var subject in fallback)
        {
            Expand(subject, fallbackPeople, [], []);
        }
        return new DeciderSet(people, notFound, unknown, fallbackPeople);
    }

    private void Expand(Subject subject, List<Decider> people, List<string> notFound, List<string> unknown)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Group:
                AddGroup(subject.ObjectId, subject.DisplayName, role: null, people, notFound);
                break;
            case SubjectKind.RequestorManager:
                Manager(subject.ManagerLevel ?? 1, people, notFound, unknown);
                break;
            case SubjectKind.TargetUserSponsors:
                if (facts.Unknown.TryGetValue(RequestorFact.Sponsors, out var why))
                {
                    unknown.Add(why);
                }
                else if (facts.Sponsors.Count == 0)
                {
                    notFound.Add($"{Name} has no sponsors");
                }
                else
                {
                    AddEntries(facts.Sponsors, $"{Name}'s sponsor", people, notFound);
                }
                break;
            case SubjectKind.InternalSponsors or SubjectKind.ExternalSponsors:
                OrganizationSponsors(subject.Kind == SubjectKind.InternalSponsors, people, notFound, unknown);
                break;
            default:
                people.Add(new Decider(SubjectNames.Phrase(subject), null, null));
                break;
        }
    }

    private void Manager(int level, List<Decider> people, List<string> notFound, List<string> unknown)
    {
        if (facts.Unknown.TryGetValue(RequestorFact.Managers, out var why))
        {
            unknown.Add(why);
        }
        else if (facts.Managers.Count >= level)
        {
            people.Add(new Decider(facts.Managers[level - 1].DisplayName, $"{Name}'s {ManagerWord(level)}", null));
        }
        else if (facts.Managers.Count == 0)
        {
            notFound.Add($"{Name} has no manager");
        }
        else
        {
            var last = facts.Managers[^1].DisplayName;
            notFound.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Name}'s manager chain stops at {last} (level {facts.Managers.Count}), who has no manager, so there is no {ManagerWord(level)}"));
        }
    }

    private void OrganizationSponsors(bool internalSponsors, List<Decider> people, List<string> notFound, List<string> unknown)
    {
        var which = internalSponsors ? "internal" : "external";
        if (facts.Unknown.TryGetValue(RequestorFact.Organization, out var why))
        {
            unknown.Add(why);
        }
        else if (facts.Organization is not { } organization)
        {
            notFound.Add($"{Name} is not from a connected organization, so there are no {which} sponsors");
        }
        else if ((internalSponsors ? organization.InternalSponsors : organization.ExternalSponsors) is { Count: > 0 } sponsors)
        {
            AddEntries(sponsors, $"an {which} sponsor of {organization.DisplayName}", people, notFound);
        }
        else
        {
            notFound.Add($"{organization.DisplayName} has no {which} sponsors");
        }
    }

    private void AddEntries(IEnumerable<DirectoryEntry> entries, string role, List<Decider> people, List<string> notFound)
    {
        foreach (var entry in entries)
        {
            if (entry.Kind == SubjectKind.Group)
            {
                AddGroup(entry.Id, entry.DisplayName, role, people, notFound);
            }
            else
            {
                people.Add(new Decider(entry.DisplayName, role, null));
            }
        }
    }

    private void AddGroup(string? id, string? name, string? role, List<Decider> people, List<string> notFound)
    {
        name ??= $"with id {id}";
        if (id is not null && facts.UnreadableGroups.TryGetValue(id, out var why))
        {
            notFound.Add($"the group {name} {why}");
        }
        else if (id is not null && facts.Groups.TryGetValue(id, out var group) && group.MemberCount == 0)
        {
            notFound.Add($"the group {name} has no members");
        }
        else
        {
            people.Add(new Decider(name, role, id is null ? null : facts.Groups.GetValueOrDefault(id)));
        }
    }

    private static string ManagerWord(int level) => level switch
    {
        1 => "manager",
        2 => "second-level manager",
        _ => string.Create(CultureInfo.InvariantCulture, $"level {level} manager"),
    };
}
