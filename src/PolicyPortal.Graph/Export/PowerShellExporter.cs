using System.Globalization;
using System.Text;

namespace PolicyPortal.Graph.Export;

/// <summary>
/// PowerShell with the Microsoft.Graph module: the body as a hashtable (<c>$params = @{ ... }</c>) passed to
/// <c>New-MgEntitlementManagementAssignmentPolicy -BodyParameter</c>, or <c>Set-...</c> with the policy id.
/// </summary>
internal sealed class PowerShellExporter : IPolicyCodeExporter
{
    public CodeTarget Target => CodeTarget.PowerShell;

    public CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request)
    {
        var w = new CodeWriter()
            .Line("# Microsoft Graph PowerShell SDK (v1.0 cmdlets): Install-Module Microsoft.Graph.Identity.Governance")
            .Line("# A hashtable keeps no member order; Graph does not need one. Values are exactly those of the preview.")
            .Line("Import-Module Microsoft.Graph.Identity.Governance")
            .Line("Connect-MgGraph -Scopes 'EntitlementManagement.ReadWrite.All'")
            .Line();
        WriteValue(w, "$params = ", tree);
        w.Line();
        if (request.IsUpdate)
        {
            w.Line($"$accessPackageAssignmentPolicyId = {Literal(request.PolicyId!)}")
                .Line("Set-MgEntitlementManagementAssignmentPolicy -AccessPackageAssignmentPolicyId $accessPackageAssignmentPolicyId -BodyParameter $params");
        }
        else
        {
            w.Line("New-MgEntitlementManagementAssignmentPolicy -BodyParameter $params");
        }

        return new CodeSnippet(Target, "PowerShell", "powershell", $"{request.Verb}-policy.ps1", w.ToString());
    }

    private static void WriteValue(CodeWriter w, string prefix, CodeNode node)
    {
        switch (node)
        {
            case ObjectNode { Members.Count: 0, ODataType: null }:
                w.Line(prefix + "@{}");
                break;
            case ObjectNode obj:
                w.Line(prefix + "@{").Indent();
                if (obj.ODataType is not null)
                {
                    w.Line($"'@odata.type' = {Literal(obj.ODataType)}");
                }

                foreach (var member in obj.Members)
                {
                    WriteValue(w, $"{Key(member.JsonName)} = ", member.Value);
                }

                w.Outdent().Line("}");
                break;
            case ArrayNode { Items.Count: 0 }:
                w.Line(prefix + "@()");
                break;
            case ArrayNode array:
                // @( ) keeps even a one-item list an array.
                w.Line(prefix + "@(").Indent();
                foreach (var item in array.Items)
                {
                    WriteValue(w, "", item);
                }

                w.Outdent().Line(")");
                break;
            case ScalarNode scalar:
                w.Line(prefix + scalar.Kind switch
                {
                    ScalarKind.Boolean => scalar.Text == "true" ? "$true" : "$false",
                    ScalarKind.Null => "$null",
                    ScalarKind.Number => scalar.Text,
                    _ => Literal(scalar.Text),
                });
                break;
        }
    }

    private static string Key(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : Literal(name);

    /// <summary>
    /// Single quotes when nothing needs escaping (no expansion at all, only quotes doubled, including the typographic
    /// quotes PowerShell also accepts); otherwise double quotes with backtick escapes, where <c>$</c> and backtick are escaped too.
    /// </summary>
    internal static string Literal(string text)
    {
        if (!Enumerable.Range(0, text.Length).Any(i => TextEscapes.MustEscape(text, i)))
        {
            var single = new StringBuilder("'");
            foreach (var c in text)
            {
                single.Append(c);
                if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
                {
                    single.Append(c);
                }
            }

            return single.Append('\'').ToString();
        }

        var result = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '`': result.Append("``"); break;
                case '$': result.Append("`$"); break;
                case '"' or '\u201C' or '\u201D' or '\u201E': result.Append('`').Append(c); break;
                case '\n': result.Append("`n"); break;
                case '\r': result.Append("`r"); break;
                case '\t': result.Append("`t"); break;
                case '\0': result.Append("`0"); break;
                default:
                    if (TextEscapes.MustEscape(text, i))
                    {
                        result.Append(CultureInfo.InvariantCulture, $"`u{{{(int)c:X}}}");
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }
}
