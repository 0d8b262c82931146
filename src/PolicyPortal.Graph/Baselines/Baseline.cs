using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Baselines;

/// <summary>A baseline file as read: its policies and every problem found, each located by its JSON path in the file.
/// <see cref="Policies"/> holds only the policies that could be read; a policy with an error is left out and says why.</summary>
public sealed record BaselineReading(string? Scope, IReadOnlyList<BaselinePolicy> Policies, IReadOnlyList<PolicyJsonProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == PolicyJsonProblemSeverity.Error);
}

/// <summary>One policy of a baseline: where it came from (its id and package in the exporting tenant), what it says
/// (<see cref="Body"/>: only what the file states, in v1.0 names; <see cref="Draft"/>: the same read as a whole policy) and
/// the names of the ids it holds.</summary>
public sealed record BaselinePolicy(string? Id, BaselinePackage Package, JsonObject Body, PolicyDraft Draft,
    IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name the file keeps for <paramref name="id"/>, if any.</summary>
    public string? NameOf(string id) => Names.GetValueOrDefault(id.Trim().ToLowerInvariant());
}

/// <summary>The access package a baseline policy belongs to, as the exporting tenant named it.</summary>
public sealed record BaselinePackage(string? Id, string DisplayName, string? Catalog);
