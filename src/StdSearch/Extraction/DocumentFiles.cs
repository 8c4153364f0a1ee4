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

    /// <summary>
    /// Extensions an index takes from a folder: PDF, DOCX, HTML and plain text. Markdown is left out because a folder's
    /// Markdown files are usually notes or the sources of documents that are also there as PDF (a named .md file is
    /// still taken).
    /// </summary>
    public static IReadOnlySet<string> IndexedExtensions { get; } =
        new HashSet<string>([".pdf", ".docx", ".html", ".htm", ".txt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="path"/> has one of <see cref="Extensions"/>.</summary>
    public static bool IsDocument(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// Expands files and folders into document files: a file is taken as given (whatever its extension), a folder
    /// recursively, skipping hidden and system entries and files whose extension is not in <see cref="Extensions"/>.
    /// Folder contents come in ordinal path order; paths that do not exist are passed through so that the caller
    /// reports them as unreadable.
    /// </summary>
    /// <param name="filesOrFolders">Files and folders.</param>
    /// <param name="extensions">Extensions taken from folders; <see cref="Extensions"/> when null.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> filesOrFolders, IReadOnlySet<string>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(filesOrFolders);
        extensions ??= Extensions;
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
                .Where(f => extensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal));
        }
        return result;
    }
}
