using PolicyPortal.Web.Tests.Infrastructure;
using System.Diagnostics;

namespace PolicyPortal.Web.Tests.Security;

public sealed class RepositorySecretScanTests
{
    // The whole allow-list, finding by finding: made-up credentials of test fixtures.
    private static readonly string[] AllowedFindings =
    [
        "tests/PolicyPortal.Web.Tests/Data/DatabaseTargetTests.cs: password in a connection string (s3c...)",
    ];

    [Fact]
    public void TrackedFiles_ContainNoLikelySecrets()
    {
        var root = Repository.Root();
        var files = TrackedFiles(root).ToList();

        var findings = files
            .Select(file => (file, path: Path.Combine(root, file)))
            .Where(f => File.Exists(f.path) && new FileInfo(f.path).Length < 2_000_000 && !IsBinary(f.path))
            .SelectMany(f => SecretScanner.Scan(File.ReadAllText(f.path)).Select(finding => $"{f.file}: {finding}"))
            .Where(finding => !AllowedFindings.Contains(finding))
            .ToList();

        files.ShouldContain("appsettings.sample.json"); // the walk really covered the repository
        findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE" + " KEY-----\nMIIE...")]
    // Samples are split so this file does not itself look like it holds secrets.
    [InlineData("{ \"Client" + "Secret\": \"Xy7~real-looking-value\" }")]
    [InlineData("<Pass" + "word>correct horse</Password>")]
    [InlineData("Host=db;Username=app;Pass" + "word=s3cr3t;")]
    [InlineData("aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLE")]
    [InlineData("token: eyJhbGciOiJSUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl")]
    [InlineData("secret abc8Q~" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456")]
    public void Scan_OnALikelySecret_ReportsIt(string text) => SecretScanner.Scan(text).ShouldNotBeEmpty();

    [Theory]
    [InlineData("{ \"ClientSecret\": \"<from user-secrets or the environment>\" }")]
    [InlineData("{ \"ClientSecret\": \"\" }")]
    [InlineData("{ \"ClientSecret\": \"test-only-secret\" }")]
    [InlineData("Host=<host>;Username=<user>;Password=<password>")]
    [InlineData("Host=postgres;Password=${POSTGRES_PASSWORD:?set it}")]
    public void Scan_OnAPlaceholder_ReportsNothing(string text) => SecretScanner.Scan(text).ShouldBeEmpty();

    private static IEnumerable<string> TrackedFiles(string root)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"]) { RedirectStandardOutput = true })!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0)
            {
                return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine: fall back to the file tree.
        }
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or ".git" or "node_modules"));
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }
}
