namespace PolicyPortal.Graph.Tests.Export;

/// <summary>A preview JSON to export, the policy id for an update (null: create), and a name for failure messages.</summary>
public sealed record ExportSample(string Name, string Json, string? PolicyId)
{
    public override string ToString() => Name;
}
