namespace PolicyPortal.Graph.Policies.Import;

/// <summary>What the importer expects at a place in the JSON (the v1.0 shape, written down once for the importer).</summary>
internal abstract record JsonShape;

internal enum ScalarKind
{
    Boolean,
    Integer,
    Text,
    Duration,
    DateTime,
    Enumeration,
}

internal sealed record ScalarShape(ScalarKind Kind, IReadOnlyList<string>? Members = null) : JsonShape;

internal sealed record ArrayShape(JsonShape Item) : JsonShape;

/// <summary>
/// A Graph object type. <see cref="Ignored"/> members are accepted and dropped silently (read-only members Graph
/// returns); with <see cref="AcceptAnything"/> unknown members are dropped silently too (expanded navigation entities).
/// </summary>
internal sealed record ObjectShape(string TypeName, IReadOnlyDictionary<string, JsonShape> Properties) : JsonShape
{
    public IReadOnlySet<string> Ignored { get; init; } = new HashSet<string>();

    public bool AcceptAnything { get; init; }
}

/// <summary>A slot whose concrete type is chosen by <c>@odata.type</c>; without one, <see cref="Default"/> applies (or it is an error).</summary>
internal sealed record PolymorphicShape(string BaseName, IReadOnlyDictionary<string, ObjectShape> Types, ObjectShape? Default) : JsonShape;
