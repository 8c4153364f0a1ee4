using NUnit.Framework;

namespace StdSearch.Tests.TestSupport;

/// <summary>
/// Finds the real-standards corpus (published standards kept outside the repository, at
/// <c>../shared/real-standards/</c> relative to the repository root). Tests that need it skip when it is absent.
/// </summary>
internal static class RealStandards
{
    /// <summary>The corpus folder relative to the repository root.</summary>
    public const string RelativeFolder = "../shared/real-standards";

    /// <summary>The corpus folder, or null when it (or the repository root) cannot be found.</summary>
    public static string? Folder { get; } = Locate();

    /// <summary>The full path of a corpus file; marks the test ignored when the corpus or the file is missing.</summary>
    public static string PathOf(string fileName)
    {
        if (Folder is null)
        {
            Assert.Ignore("real-standards corpus not found at ../shared/real-standards/ - skipping");
        }

        var path = Path.Combine(Folder!, fileName);
        if (!File.Exists(path))
        {
            Assert.Ignore($"real-standards file {fileName} not found in {Folder} - skipping");
        }

        return path;
    }

    /// <summary>The bytes of a corpus file; marks the test ignored when it is missing.</summary>
    public static byte[] Read(string fileName) => File.ReadAllBytes(PathOf(fileName));

    private static string? Locate()
    {
        // The repository root is the directory holding StdSearch.sln, found by walking up from the test binaries.
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "StdSearch.sln")))
            {
                continue;
            }

            foreach (var root in new[] { dir.FullName, MainCheckoutOf(dir.FullName) })
            {
                if (root is null)
                {
                    continue;
                }

                var folder = Path.GetFullPath(Path.Combine(root, RelativeFolder));
                if (Directory.Exists(folder))
                {
                    return folder;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// For a git worktree (its <c>.git</c> is a file <c>gitdir: &lt;main&gt;/.git/worktrees/&lt;name&gt;</c>), the main
    /// checkout's root, next to which the corpus lives; null for an ordinary checkout.
    /// </summary>
    private static string? MainCheckoutOf(string repositoryRoot)
    {
        var gitFile = Path.Combine(repositoryRoot, ".git");
        if (!File.Exists(gitFile))
        {
            return null;
        }

        var line = File.ReadLines(gitFile).FirstOrDefault() ?? "";
        const string prefix = "gitdir:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var gitDir = new DirectoryInfo(Path.GetFullPath(line[prefix.Length..].Trim(), repositoryRoot));
        // <main>/.git/worktrees/<name> -> <main>
        return gitDir.Parent?.Parent?.Parent?.FullName;
    }
}
