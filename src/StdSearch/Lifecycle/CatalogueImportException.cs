namespace StdSearch.Lifecycle;

/// <summary>A catalogue file that cannot be read at all (not a table, no id column, a broken workbook); names the file and the reason.</summary>
public sealed class CatalogueImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The catalogue file.</param>
    /// <param name="reason">Why it cannot be read.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public CatalogueImportException(string fileName, string reason, Exception? inner = null)
        : base($"{fileName}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
    }

    /// <summary>The catalogue file.</summary>
    public string FileName { get; }

    /// <summary>Why it cannot be read.</summary>
    public string Reason { get; }
}
