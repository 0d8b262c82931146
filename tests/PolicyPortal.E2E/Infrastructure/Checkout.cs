namespace PolicyPortal.E2E.Infrastructure;

/// <summary>Files of the checkout the tests run from (the folder holding PolicyPortal.sln), e.g. the deployment's own
/// nginx and container settings that the tests use as they are.</summary>
public static class Checkout
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyPortal.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PolicyPortal.sln not found above the tests.");
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
