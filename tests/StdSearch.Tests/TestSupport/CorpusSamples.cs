namespace StdSearch.Tests.TestSupport;

/// <summary>The bundled sample corpus (<c>corpus-samples/</c> at the repository root) and its ground truth.</summary>
internal static class CorpusSamples
{
    /// <summary>The corpus-samples folder.</summary>
    public static string Folder { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Every truth file, by base name.</summary>
    public static IEnumerable<string> TruthNames() =>
        Directory.EnumerateFiles(PathOf("truth"), "*.truth").Select(Path.GetFileNameWithoutExtension).Order()!;

    /// <summary>The built document a truth file describes: the PDF, or the DOCX for a Word-only draft.</summary>
    public static string DocumentFor(string baseName)
    {
        var pdf = PathOf("pdf", baseName + ".pdf");
        return File.Exists(pdf) ? pdf : PathOf("docx", baseName + ".docx");
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StdSearch.sln")))
                return Path.Combine(dir.FullName, "corpus-samples");
        throw new InvalidOperationException("StdSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
