using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Sandbox;

/// <summary>Settings of the sandbox tenant (section <c>Sandbox</c>).</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Fixed latency added to every Graph request, in milliseconds.</summary>
    [Range(0, 60_000)]
    public int LatencyMs { get; set; }

    /// <summary>Faults active from start (and again after <c>/_reset</c> or <c>DELETE /_faults</c>).</summary>
    public IList<SandboxFaultOptions> Faults { get; } = [];

    /// <summary>How many requests the journal keeps; older ones are dropped.</summary>
    [Range(1, 100_000)]
    public int JournalCapacity { get; set; } = 500;

    /// <summary>How big the seeded tenant is: <see cref="SandboxScale.Large"/> adds thousands of packages and users.</summary>
    public SandboxScale Scale { get; set; } = SandboxScale.Standard;

    /// <summary>When set, the same seed under other ids derived from this text: a second tenant with the same names, for
    /// moving policies between tenants (baselines match by name there).</summary>
    [MaxLength(100)]
    public string? IdSeed { get; set; }

    /// <summary>Page size of collections when the caller sends no <c>$top</c> (Graph: 100).</summary>
    [Range(1, 999)]
    public int DefaultPageSize { get; set; } = 100;
}

/// <summary>The seed's size (<c>Sandbox:Scale</c>).</summary>
public enum SandboxScale
{
    /// <summary>Northwind Traders: six packages, a few hundred people; what tests and demos name.</summary>
    Standard,

    /// <summary>The standard seed plus 5,000 packages in 200 catalogs, 100,000 users and 5,000 groups, for large-tenant
    /// benchmarks and paging.</summary>
    Large,
}

/// <summary>A fault rule: answer <see cref="Status"/> to requests to <see cref="Path"/> (and below).</summary>
public sealed class SandboxFaultOptions
{
    /// <summary>Path relative to the mount, e.g. <c>/v1.0/users</c>; empty matches every Graph request.</summary>
    public string? Path { get; set; }

    /// <summary>HTTP method to match; empty matches any.</summary>
    public string? Method { get; set; }

    [Range(400, 599)]
    public int Status { get; set; } = 503;

    public int? RetryAfterSeconds { get; set; }

    /// <summary>How many matching requests fail; empty means until cleared.</summary>
    public int? Count { get; set; }

    /// <summary>Carry the request out, then answer with the fault instead (a gateway time-out after the write).</summary>
    public bool AfterHandling { get; set; }
}
