namespace StdSearch.Tests.TestSupport;

/// <summary>Reads the tab-separated data files under TestData/ (comment lines start with #).</summary>
internal static class TestDataFile
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([TestContext.CurrentContext.TestDirectory, "TestData", .. parts]);

    public static IEnumerable<string[]> Rows(params string[] parts)
    {
        // TestCaseSource runs before TestContext has a test directory; fall back to the assembly's folder.
        var baseDir = AppContext.BaseDirectory;
        var path = Path.Combine([baseDir, "TestData", .. parts]);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Split('\t');
        }
    }
}
