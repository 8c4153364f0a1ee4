using NUnit.Framework;

namespace StdSearch.Tests.Extraction;

/// <summary>
/// Files for extraction tests: the shared real-standards corpus (never copied into the repository) and scratch folders.
/// </summary>
internal static class ExtractionTestFiles
{
    public const string MissingCorpusMessage = "real-standards corpus not found at ../shared/real-standards/ - skipping";

    /// <summary>
    /// The real-standards folder: <c>../shared/real-standards</c> next to the directory holding <c>StdSearch.sln</c>, or,
    /// for a git worktree nested deeper (<c>/work/wt/name</c>), the same path next to one of its ancestors. Null when absent.
    /// </summary>
    public static string? RealStandardsDirectory()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StdSearch.sln"))) dir = dir.Parent;
        for (var candidate = dir?.Parent; candidate is not null; candidate = candidate.Parent)
        {
            var path = Path.Combine(candidate.FullName, "shared", "real-standards");
            if (Directory.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>The path of a real standard, or an ignored test when the corpus (or the file) is absent.</summary>
    public static string RealStandardOrIgnore(string fileName)
    {
        var dir = RealStandardsDirectory();
        if (dir is null) Assert.Ignore(MissingCorpusMessage);
        var path = Path.Combine(dir!, fileName);
        if (!File.Exists(path)) Assert.Ignore($"{fileName} not found in {dir} - skipping");
        return path;
    }

    /// <summary>A fresh scratch folder under the system temp folder; the caller deletes it.</summary>
    public static string NewScratchDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "stdsearch-extraction-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
