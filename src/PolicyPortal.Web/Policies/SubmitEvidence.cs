using System.Text.Json;

namespace PolicyPortal.Web.Policies;

/// <summary>What a submit knew before it sent, kept with the draft until the submit ends: the exact body sent and, for a
/// new policy, the ids of the package's policies before it. A lost answer is settled only with this
/// (<see cref="LostSubmitReconciler"/>), never by a name, which Graph does not make unique.</summary>
public sealed record SubmitEvidence(string SentJson, IReadOnlyList<string> PriorPolicyIds)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>Null for a submit begun before evidence was kept, or a value that does not read back.</summary>
    public static SubmitEvidence? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<SubmitEvidence>(json) is { SentJson: not null, PriorPolicyIds: not null } evidence ? evidence : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
