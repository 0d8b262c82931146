using System.Reflection;

namespace PolicyPortal.Graph.Export;

/// <summary>A value of the policy JSON, typed with the Graph SDK model it maps to (built by <see cref="PolicyCodeTree"/>).</summary>
internal abstract record CodeNode;

/// <summary>
/// A JSON object and its SDK class. <see cref="ODataType"/> is the JSON's <c>@odata.type</c>; <see cref="ODataTypeIsImplied"/>
/// says the SDK class's constructor already sets that value (C# can leave it out).
/// </summary>
internal sealed record ObjectNode(Type SdkType, string? ODataType, bool ODataTypeIsImplied, IReadOnlyList<MemberNode> Members) : CodeNode;

/// <summary>
/// A JSON member. <see cref="Property"/> is the SDK property it maps to; null for members the SDK model has no typed
/// property for (they go to <c>AdditionalData</c>).
/// </summary>
internal sealed record MemberNode(string JsonName, PropertyInfo? Property, CodeNode Value);

/// <summary>A JSON array and the SDK element type of the list it maps to.</summary>
internal sealed record ArrayNode(Type ElementType, IReadOnlyList<CodeNode> Items) : CodeNode;

/// <summary>The kinds of scalar a policy holds.</summary>
internal enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,

    /// <summary>An ISO 8601 duration string (<c>P14D</c>) typed <c>TimeSpan</c> in the SDK.</summary>
    Duration,

    /// <summary>A date-time string typed <c>DateTimeOffset</c> in the SDK.</summary>
    DateTime,

    /// <summary>An enum member; <see cref="ScalarNode.Text"/> is its JSON value, <see cref="ScalarNode.EnumMember"/> its SDK member name.</summary>
    Enum,
}

/// <summary>A scalar: <see cref="Text"/> is the decoded string, the JSON number text, or <c>true</c>/<c>false</c>.</summary>
internal sealed record ScalarNode(ScalarKind Kind, string Text, Type? EnumType = null, string? EnumMember = null) : CodeNode;
