namespace PolicyPortal.Sandbox;

/// <summary>Settings of the sandbox tenant (section <c>Sandbox</c>).</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";
}
