using System.Diagnostics.CodeAnalysis;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Directory;

/// <summary>Remembers recent answers for a short window, so a repeated query (backspace, retyping, a second picker)
/// costs no Graph round trip. One instance per circuit: results are the signed-in admin's view of the directory.</summary>
public sealed class CachedDirectorySearch(IDirectorySearch inner, TimeProvider clock) : IDirectorySearch
{
    /// <summary>Long enough to absorb retyping, short enough that a renamed group shows its new name soon.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    private readonly Dictionary<(string Text, string Kinds), (DateTimeOffset At, IReadOnlyList<DirectoryEntry> Results)> _answers = [];
    private readonly Lock _gate = new();

    public async Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, IReadOnlyCollection<SubjectKind> kinds, CancellationToken cancellationToken)
    {
        if (TryGetFresh(text, kinds, out var cached))
        {
            return cached;
        }

        var results = await inner.SearchAsync(text, kinds, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _answers[Key(text, kinds)] = (clock.GetUtcNow(), results);
        }
        return results;
    }

    /// <summary>The answer to exactly this query, if it is still within the window: no Graph round trip needed.</summary>
    public bool TryGetFresh(string text, IReadOnlyCollection<SubjectKind> kinds, [NotNullWhen(true)] out IReadOnlyList<DirectoryEntry>? results)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_answers.TryGetValue(Key(text, kinds), out var cached) && now - cached.At < Window)
            {
                results = cached.Results;
                return true;
            }
        }
        results = null;
        return false;
    }

    /// <summary>What is already known for a shorter prefix of <paramref name="text"/>, narrowed to names that still match:
    /// shown at once while the refined query is on its way.</summary>
    public IReadOnlyList<DirectoryEntry> Provisional(string text, IReadOnlyCollection<SubjectKind> kinds)
    {
        var wanted = text.Trim();
        var wantedKinds = KindsKey(kinds);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var best = _answers
                .Where(a => a.Key.Kinds == wantedKinds && now - a.Value.At < Window && wanted.StartsWith(a.Key.Text, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(a => a.Key.Text.Length)
                .Select(a => a.Value.Results)
                .FirstOrDefault();
            return best?.Where(e => NameMatcher.Matches(e, wanted)).ToList() ?? [];
        }
    }

    private static (string Text, string Kinds) Key(string text, IReadOnlyCollection<SubjectKind> kinds) => (text.Trim().ToUpperInvariant(), KindsKey(kinds));

    // The same kinds in any order or repeated are the same query.
    private static string KindsKey(IReadOnlyCollection<SubjectKind> kinds) => string.Join(',', kinds.Distinct().Order());
}
