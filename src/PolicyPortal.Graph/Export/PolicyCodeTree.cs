using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace PolicyPortal.Graph.Export;

/// <summary>
/// The one JSON walker all exporters share: reads the previewed policy JSON and types every value with the Graph SDK
/// model it maps to (found by reflection over Microsoft.Graph, so class, property and enum member names are the real
/// ones). Exporters only render the tree; none of them reads JSON.
/// </summary>
internal static class PolicyCodeTree
{
    private const string ODataTypeMember = "@odata.type";
    private const string ModelNamespace = "Microsoft.Graph.Models";

    private static readonly ConcurrentDictionary<Type, string?> ImpliedODataTypes = new();

    public static ObjectNode Build(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? Object(document.RootElement, typeof(AccessPackageAssignmentPolicy))
            : throw new ArgumentException("The policy JSON must be an object.", nameof(json));
    }

    private static ObjectNode Object(JsonElement element, Type declared)
    {
        var odataType = element.TryGetProperty(ODataTypeMember, out var typeValue) && typeValue.ValueKind == JsonValueKind.String
            ? typeValue.GetString()
            : null;
        var type = Resolve(odataType, declared);
        var members = new List<MemberNode>();
        foreach (var member in element.EnumerateObject())
        {
            if (member.Name == ODataTypeMember && odataType is not null)
            {
                continue;
            }

            var property = Property(type, member.Name);
            members.Add(new MemberNode(member.Name, property, property is null ? Untyped(member.Value) : Value(member.Value, property.PropertyType)));
        }

        return new ObjectNode(type, odataType, odataType is not null && odataType == ImpliedODataType(type), members);
    }

    private static CodeNode Value(JsonElement element, Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return new ScalarNode(ScalarKind.Null, "null");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && element.ValueKind == JsonValueKind.Array)
        {
            var elementType = type.GetGenericArguments()[0];
            return new ArrayNode(elementType, [.. element.EnumerateArray().Select(item => Value(item, elementType))]);
        }

        if (typeof(IParsable).IsAssignableFrom(type) && element.ValueKind == JsonValueKind.Object)
        {
            return Object(element, type);
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString()!;
            if (type.IsEnum && EnumMember(type, text) is { } member)
            {
                return new ScalarNode(ScalarKind.Enum, text, type, member);
            }

            return type == typeof(TimeSpan) ? new ScalarNode(ScalarKind.Duration, text)
                : type == typeof(DateTimeOffset) ? new ScalarNode(ScalarKind.DateTime, text)
                : new ScalarNode(ScalarKind.String, text);
        }

        return Untyped(element);
    }

    /// <summary>A value with no SDK type to guide it (an AdditionalData member): plain JSON kinds only.</summary>
    private static CodeNode Untyped(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new ScalarNode(ScalarKind.String, element.GetString()!),
        JsonValueKind.Number => new ScalarNode(ScalarKind.Number, element.GetRawText()),
        JsonValueKind.True => new ScalarNode(ScalarKind.Boolean, "true"),
        JsonValueKind.False => new ScalarNode(ScalarKind.Boolean, "false"),
        JsonValueKind.Array => new ArrayNode(typeof(object), [.. element.EnumerateArray().Select(Untyped)]),
        JsonValueKind.Object => new ObjectNode(typeof(object), null, false,
            [.. element.EnumerateObject().Select(member => new MemberNode(member.Name, null, Untyped(member.Value)))]),
        _ => new ScalarNode(ScalarKind.Null, "null"),
    };

    /// <summary>The SDK class for an <c>@odata.type</c> such as <c>#microsoft.graph.singleUser</c>, if it fits the declared type.</summary>
    private static Type Resolve(string? odataType, Type declared)
    {
        if (odataType is null || !odataType.TrimStart('#').StartsWith("microsoft.graph.", StringComparison.Ordinal))
        {
            return declared;
        }

        var name = odataType.TrimStart('#')["microsoft.graph.".Length..];
        var type = typeof(AccessPackageAssignmentPolicy).Assembly.GetType($"{ModelNamespace}.{char.ToUpperInvariant(name[0])}{name[1..]}");
        return type is not null && declared.IsAssignableFrom(type) ? type : declared;
    }

    /// <summary>Kiota names a property after its JSON name in PascalCase.</summary>
    private static PropertyInfo? Property(Type type, string jsonName)
    {
        if (type == typeof(object) || jsonName.Length == 0 || !char.IsAsciiLetterLower(jsonName[0]))
        {
            return null;
        }

        var property = type.GetProperty(char.ToUpperInvariant(jsonName[0]) + jsonName[1..], BindingFlags.Public | BindingFlags.Instance);
        return property is { CanWrite: true } && property.Name != nameof(IAdditionalDataHolder.AdditionalData) ? property : null;
    }

    private static string? EnumMember(Type enumType, string jsonValue) => enumType
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .FirstOrDefault(field => (field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name) == jsonValue)?.Name;

    /// <summary>The <c>@odata.type</c> the SDK class's constructor sets (derived subject sets and questions set their own).</summary>
    private static string? ImpliedODataType(Type type) => ImpliedODataTypes.GetOrAdd(type, static t =>
        t.GetConstructor(Type.EmptyTypes) is not null && t.GetProperty("OdataType") is { } property
            ? property.GetValue(Activator.CreateInstance(t)) as string
            : null);
}
