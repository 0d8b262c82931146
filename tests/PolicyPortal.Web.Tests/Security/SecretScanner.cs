using System.Text.RegularExpressions;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>Finds text that looks like a committed credential. Placeholders (<c>&lt;...&gt;</c>, empty, <c>test-only-...</c>)
/// are fine; everything else that matches is a finding.</summary>
public static partial class SecretScanner
{
    public static IEnumerable<string> Scan(string text)
    {
        foreach (Match match in PrivateKey().Matches(text))
        {
            yield return "private key block: " + match.Value;
        }
        foreach (Match match in SecretSetting().Matches(text))
        {
            if (!IsPlaceholder(match.Groups["value"].Value))
            {
                yield return $"{match.Groups["key"].Value} with a real-looking value ({Hint(match.Groups["value"].Value)})";
            }
        }
        foreach (Match match in ConnectionStringPassword().Matches(text))
        {
            if (!IsPlaceholder(match.Groups["value"].Value))
            {
                yield return $"password in a connection string ({Hint(match.Groups["value"].Value)})";
            }
        }
        foreach (var pattern in new[] { AwsAccessKey(), AzureStorageKey(), EntraClientSecret(), Jwt() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return "key or token: " + match.Value[..Math.Min(12, match.Value.Length)] + "...";
            }
        }
    }

    /// <summary>Enough of a value to recognise it in a report, not enough to use it.</summary>
    private static string Hint(string value) => value[..Math.Min(3, value.Length)] + "...";

    // "<password>", a test's own "test-only-…", or "${VARIABLE}" (compose's reference to the environment) hold no secret.
    private static bool IsPlaceholder(string value) =>
        value.Length == 0 || value.StartsWith('<') || value.StartsWith("test-only-", StringComparison.Ordinal)
        || value.StartsWith("${", StringComparison.Ordinal);

    [GeneratedRegex("-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    // JSON properties and XML elements named like ClientSecret, Password, ApiKey or AccessKey.
    [GeneratedRegex("""(?:"(?<key>\w*(?:Secret|Password|ApiKey|AccessKey))"\s*:\s*"(?<value>[^"]*)"|<(?<key>\w*(?:Secret|Password|ApiKey|AccessKey))>(?<value>[^<]*)</)""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSetting();

    [GeneratedRegex("""(?:Password|Pwd)=(?<value>[^;"\s]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex("(?:AKIA|ASIA)[0-9A-Z]{16}")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex("AccountKey=[A-Za-z0-9+/]{80,}={0,2}")]
    private static partial Regex AzureStorageKey();

    [GeneratedRegex(@"\b[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}\b")]
    private static partial Regex EntraClientSecret();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}")]
    private static partial Regex Jwt();
}
