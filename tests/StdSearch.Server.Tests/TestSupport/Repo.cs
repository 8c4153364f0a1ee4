namespace StdSearch.Server.Tests.TestSupport;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The repository root: the folder above the test binaries that holds StdSearch.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled samples.</summary>
    public static string Samples => Path.Combine(Root, "corpus-samples");

    public static string Sample(string relative) => Path.Combine(Samples, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StdSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("StdSearch.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
