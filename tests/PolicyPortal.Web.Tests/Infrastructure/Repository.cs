namespace PolicyPortal.Web.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for tests about its files.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // A worktree's .git is a file, a clone's a folder.
            if (Path.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, "PolicyPortal.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }
}
