
namespace PolicyPortal.Graph.Export;

/// <summary>
/// C# for the Microsoft.Graph v5+ SDK: object initializers with the SDK's own model classes. Date-times and members
/// the models have no property for go through <c>AdditionalData</c>, the way PolicyPortal itself sends them, so the
/// SDK writes the previewed JSON byte for byte.
/// </summary>
internal sealed class CSharpExporter : IPolicyCodeExporter
{
    public CodeTarget Target => CodeTarget.CSharp;

    public CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request)
    {
        var body = new CodeWriter();
        WriteValue(body, "var requestBody = ", tree, ";");
        var code = new CodeWriter()
            .Line("// Microsoft Graph .NET SDK v5 or later (checked against Microsoft.Graph 6.10).")
            .Line("// graphClient: an authenticated GraphServiceClient with EntitlementManagement.ReadWrite.All")
            .Line("// (https://learn.microsoft.com/graph/sdks/create-client?tabs=csharp).");
        if (HasAdditionalData(tree))
        {
            code.Line("// Date-times are set through AdditionalData as the UTC text Graph documents (\"...Z\"): the typed")
                .Line("// StartDateTime/EndDateTime properties would be sent with a \"+00:00\" offset instead. Same instant either way.");
        }

        code.Line("using System.Collections.Generic;")
            .Line("using Microsoft.Graph;")
            .Line("using Microsoft.Graph.Models;")
            .Line();
        var call = request.IsUpdate
            ? $"await graphClient.IdentityGovernance.EntitlementManagement.AssignmentPolicies[{Literal(request.PolicyId!)}].PutAsync(requestBody);"
            : "var result = await graphClient.IdentityGovernance.EntitlementManagement.AssignmentPolicies.PostAsync(requestBody);";
        var text = code + body.ToString() + "\n" + call + "\n";
        return new CodeSnippet(Target, "C#", "csharp", request.IsUpdate ? "UpdatePolicy.cs" : "CreatePolicy.cs", text);
    }

    private static void WriteValue(CodeWriter w, string prefix, CodeNode node, string suffix)
    {
        switch (node)
        {
            case ObjectNode { SdkType: var type } obj when type == typeof(object):
                WriteUntypedObject(w, prefix, obj, suffix);
                break;
            case ObjectNode obj:
                var assignments = obj.Members.Where(m => m.Property is not null && m.Value is not ScalarNode { Kind: ScalarKind.DateTime }).ToList();
                var additional = obj.Members.Except(assignments).ToList();
                if (assignments.Count == 0 && additional.Count == 0 && (obj.ODataTypeIsImplied || obj.ODataType is null))
                {
                    w.Line($"{prefix}new {TypeName(obj.SdkType)}(){suffix}");
                    break;
                }

                w.Line($"{prefix}new {TypeName(obj.SdkType)}").Line("{").Indent();
                if (obj.ODataType is not null && !obj.ODataTypeIsImplied)
                {
                    w.Line($"OdataType = {Literal(obj.ODataType)},");
                }

                foreach (var member in assignments)
                {
                    WriteValue(w, $"{member.Property!.Name} = ", member.Value, ",");
                }

                if (additional.Count > 0)
                {
                    w.Line("AdditionalData = new Dictionary<string, object>").Line("{").Indent();
                    foreach (var member in additional)
                    {
                        var value = member.Value is ScalarNode scalar ? Scalar(scalar with { Kind = scalar.Kind is ScalarKind.DateTime or ScalarKind.Duration or ScalarKind.Enum ? ScalarKind.String : scalar.Kind }) : null;
                        if (value is not null)
                        {
                            w.Line($"[{Literal(member.JsonName)}] = {value},");
                        }
                        else
                        {
                            WriteUntyped(w, $"[{Literal(member.JsonName)}] = ", member.Value, ",");
                        }
                    }

                    w.Outdent().Line("},");
                }

                w.Outdent().Line("}" + suffix);
                break;
            case ArrayNode { Items.Count: 0 } empty:
                w.Line($"{prefix}new List<{TypeName(empty.ElementType)}>(){suffix}");
                break;
            case ArrayNode array:
                w.Line($"{prefix}new List<{TypeName(array.ElementType)}>").Line("{").Indent();
                foreach (var item in array.Items)
                {
                    WriteValue(w, "", item, ",");
                }

                w.Outdent().Line("}" + suffix);
                break;
            case ScalarNode scalar:
                w.Line(prefix + Scalar(scalar) + suffix);
                break;
        }
    }

    private static string Scalar(ScalarNode node) => node.Kind switch
    {
        ScalarKind.Boolean => node.Text,
        ScalarKind.Number => node.Text,
        ScalarKind.Null => "null",
        ScalarKind.Duration => $"System.Xml.XmlConvert.ToTimeSpan({Literal(node.Text)})",
        ScalarKind.Enum => $"{TypeName(node.EnumType!)}.{node.EnumMember}",
        _ => Literal(node.Text),
    };

    // Members with no SDK property hold plain JSON: Kiota's untyped nodes write it as is.
    private static void WriteUntyped(CodeWriter w, string prefix, CodeNode node, string suffix)
    {
        switch (node)
        {
            case ObjectNode obj:
                WriteUntypedObject(w, prefix, obj, suffix);
                break;
            case ArrayNode array:
                w.Line($"{prefix}new Microsoft.Kiota.Abstractions.Serialization.UntypedArray(new List<Microsoft.Kiota.Abstractions.Serialization.UntypedNode>").Line("{").Indent();
                foreach (var item in array.Items)
                {
                    WriteUntyped(w, "", item, ",");
                }

                w.Outdent().Line("})" + suffix);
                break;
            case ScalarNode scalar:
                const string ns = "Microsoft.Kiota.Abstractions.Serialization.";
                w.Line(prefix + scalar.Kind switch
                {
                    ScalarKind.Boolean => $"new {ns}UntypedBoolean({scalar.Text})",
                    ScalarKind.Number => $"new {ns}UntypedDouble({scalar.Text}d)",
                    ScalarKind.Null => $"new {ns}UntypedNull()",
                    _ => $"new {ns}UntypedString({Literal(scalar.Text)})",
                } + suffix);
                break;
        }
    }

    private static void WriteUntypedObject(CodeWriter w, string prefix, ObjectNode obj, string suffix)
    {
        w.Line($"{prefix}new Microsoft.Kiota.Abstractions.Serialization.UntypedObject(new Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.UntypedNode>").Line("{").Indent();
        foreach (var member in obj.Members)
        {
            WriteUntyped(w, $"[{Literal(member.JsonName)}] = ", member.Value, ",");
        }

        w.Outdent().Line("})" + suffix);
    }

    private static bool HasAdditionalData(ObjectNode node) => node.Members.Any(member =>
        member.Property is null || member.Value is ScalarNode { Kind: ScalarKind.DateTime }
        || (member.Value is ObjectNode child && HasAdditionalData(child))
        || (member.Value is ArrayNode array && array.Items.OfType<ObjectNode>().Any(HasAdditionalData)));

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return $"List<{TypeName(type.GetGenericArguments()[0])}>";
        }

        return type == typeof(string) ? "string"
            : type == typeof(object) ? "object"
            : type == typeof(bool) ? "bool"
            : type == typeof(int) ? "int"
            : type.Namespace == "Microsoft.Graph.Models" ? type.Name
            : type.FullName ?? type.Name;
    }

    internal static string Literal(string text) => TextEscapes.BackslashQuoted(text);
}
