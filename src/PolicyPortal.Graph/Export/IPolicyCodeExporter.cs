namespace PolicyPortal.Graph.Export;

/// <summary>Renders one target from the previewed JSON (for targets that send it verbatim) or its typed tree.</summary>
internal interface IPolicyCodeExporter
{
    CodeTarget Target { get; }

    CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request);
}
