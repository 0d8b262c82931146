using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Seed;

namespace PolicyPortal.Sandbox.Store;

/// <summary>The in-memory tenant. Reads take the current immutable snapshot without locking; writes are
/// serialized so that checks across policies (one auto-assignment policy per package) cannot race.</summary>
internal sealed class TenantStore(IOptions<SandboxOptions> options)
{
    private readonly Lock _gate = new();
    private readonly TenantSnapshot _seed = SeedData.For(options.Value.Scale, options.Value.IdSeed);
    private volatile TenantSnapshot? _current;

    public TenantSnapshot Current => _current ?? _seed;

    /// <summary>Runs <paramref name="change"/> on the latest snapshot under the write lock and publishes its result.</summary>
    public T Update<T>(Func<TenantSnapshot, (TenantSnapshot Next, T Result)> change)
    {
        lock (_gate)
        {
            var (next, result) = change(Current);
            _current = next;
            return result;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _current = _seed;
        }
    }
}
