namespace StdSearch.Extraction;

/// <summary>
/// Which files of a folder are documents. A folder may hold scripts, notes and data beside the documents; the
/// extension only selects the candidates, the reader for each file is still chosen from its content.
/// </summary>
public static class DocumentFiles
{
    /// <summary>Extensions taken from a folder: PDF, DOCX, HTML, plain text and Markdown sources, and files without one.</summary>
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>([".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".markdown", ""], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="path"/> has one of <see cref="Extensions"/>.</summary>
    public static bool IsDocument(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// Expands files and folders into document files: a file is taken as given (whatever its extension), a folder
    /// recursively, skipping hidden and system entries and files whose extension is not in <see cref="Extensions"/>.
    /// Folder contents come in ordinal path order; paths that do not exist are passed through so that the caller
    /// reports them as unreadable.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> filesOrFolders)
    {
        ArgumentNullException.ThrowIfNull(filesOrFolders);
        var result = new List<string>();
        foreach (var target in filesOrFolders)
        {
            if (!Directory.Exists(target))
            {
                result.Add(target);
                continue;
            }
            result.AddRange(Directory.EnumerateFiles(target, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                })
                .Where(IsDocument)
                .Order(StringComparer.Ordinal));
        }
        return result;
    }
}
