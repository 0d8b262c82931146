namespace PolicyPortal.Web.Hosting;

/// <summary>Demo runs against the built-in sandbox tenant with a demo admin; Tenant signs admins in with Entra ID.
/// A class, not an enum, so the resolved mode can be injected as a singleton.</summary>
public sealed class PortalMode
{
    public static readonly PortalMode Demo = new(nameof(Demo));
    public static readonly PortalMode Tenant = new(nameof(Tenant));

    private PortalMode(string name) => Name = name;

    public string Name { get; }

    public bool IsDemo => ReferenceEquals(this, Demo);

    public override string ToString() => Name;
}
