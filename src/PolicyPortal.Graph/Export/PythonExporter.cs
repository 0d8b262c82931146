using System.Text;

namespace PolicyPortal.Graph.Export;

/// <summary>
/// Python with msgraph-sdk (async): keyword arguments on the SDK's model classes from <c>msgraph.generated.models</c>.
/// Durations and date-times are passed as the previewed ISO 8601 strings, which the SDK's JSON writer sends unchanged;
/// a <c>datetime.timedelta</c> would be written as <c>"14 days, 0:00:00"</c>, which Graph rejects.
/// </summary>
internal sealed class PythonExporter : IPolicyCodeExporter
{
    public CodeTarget Target => CodeTarget.Python;

    public CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request)
    {
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        var body = new CodeWriter().Indent();
        WriteValue(body, "request_body = ", tree, "", imports);
        var function = request.IsUpdate ? "update_policy" : "create_policy";
        var call = request.IsUpdate
            ? $"return await graph_client.identity_governance.entitlement_management.assignment_policies.by_access_package_assignment_policy_id({Literal(request.PolicyId!)}).put(request_body)"
            : "return await graph_client.identity_governance.entitlement_management.assignment_policies.post(request_body)";
        var code = new CodeWriter()
            .Line("# Microsoft Graph Python SDK: pip install msgraph-sdk (async).")
            .Line("# Durations and date-times are ISO 8601 strings (\"P14D\"), which the SDK's JSON writer sends as they are;")
            .Line("# a datetime.timedelta would be written as \"14 days, 0:00:00\", which Graph rejects.")
            .Line("from msgraph import GraphServiceClient");
        foreach (var import in imports)
        {
            code.Line(import);
        }

        code.Line().Line()
            .Line($"async def {function}(graph_client: GraphServiceClient):")
            .Indent().Line("\"\"\"graph_client: see https://learn.microsoft.com/graph/sdks/create-client?tabs=python\"\"\"").Outdent();
        var text = code + body.ToString() + new CodeWriter().Indent().Line(call).Outdent().Line().Line()
            .Line($"# asyncio.run({function}(graph_client))");
        return new CodeSnippet(Target, "Python", "python", $"{function}.py", text);
    }

    private static void WriteValue(CodeWriter w, string prefix, CodeNode node, string suffix, ISet<string> imports)
    {
        switch (node)
        {
            case ObjectNode { SdkType: var type } obj when type == typeof(object):
                w.Line(prefix + "{").Indent();
                foreach (var member in obj.Members)
                {
                    WriteValue(w, $"{Literal(member.JsonName)}: ", member.Value, ",", imports);
                }

                w.Outdent().Line("}" + suffix);
                break;
            case ObjectNode obj:
                var className = Import(obj.SdkType, imports);
                var typed = obj.Members.Where(m => m.Property is not null).ToList();
                var additional = obj.Members.Where(m => m.Property is null).ToList();
                w.Line($"{prefix}{className}(").Indent();
                if (obj.ODataType is not null)
                {
                    w.Line($"odata_type={Literal(obj.ODataType)},");
                }

                foreach (var member in typed)
                {
                    WriteValue(w, $"{Snake(member.JsonName)}=", member.Value, ",", imports);
                }

                if (additional.Count > 0)
                {
                    w.Line("additional_data={").Indent();
                    foreach (var member in additional)
                    {
                        WriteValue(w, $"{Literal(member.JsonName)}: ", member.Value, ",", imports);
                    }

                    w.Outdent().Line("},");
                }

                w.Outdent().Line(")" + suffix);
                break;
            case ArrayNode { Items.Count: 0 }:
                w.Line(prefix + "[]" + suffix);
                break;
            case ArrayNode array:
                w.Line(prefix + "[").Indent();
                foreach (var item in array.Items)
                {
                    WriteValue(w, "", item, ",", imports);
                }

                w.Outdent().Line("]" + suffix);
                break;
            case ScalarNode scalar:
                w.Line(prefix + scalar.Kind switch
                {
                    ScalarKind.Boolean => scalar.Text == "true" ? "True" : "False",
                    ScalarKind.Null => "None",
                    ScalarKind.Number => scalar.Text,
                    ScalarKind.Enum => $"{Import(scalar.EnumType!, imports)}.{scalar.EnumMember}",
                    _ => Literal(scalar.Text),
                } + suffix);
                break;
        }
    }

    /// <summary>msgraph-sdk keeps each model in <c>msgraph.generated.models.&lt;snake_case_name&gt;</c>.</summary>
    private static string Import(Type type, ISet<string> imports)
    {
        imports.Add($"from msgraph.generated.models.{Snake(type.Name)} import {type.Name}");
        return type.Name;
    }

    /// <summary>Kiota's Python names: camelCase and PascalCase become snake_case.</summary>
    internal static string Snake(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    internal static string Literal(string text) => TextEscapes.BackslashQuoted(text);
}
