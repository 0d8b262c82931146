using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Core.Tests.Validation;

/// <summary>One broken rule: how to break a valid draft, and where the message must appear.</summary>
public sealed record RuleCase(string Name, string Step, string Path, string Says, Action<PolicyDraft> Break, bool AutoAssignment = false, PackagePolicyContext? Context = null)
{
    public override string ToString() => Name;
}
