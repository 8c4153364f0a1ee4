namespace StdSearch.Extraction.Tables;

/// <summary>
/// Reads a table file (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c> as delimited text; <c>.xlsx</c> as a workbook) into rows.
/// The content decides when it disagrees with the extension: a ZIP is read as a workbook.
/// </summary>
internal static class TableFileReader
{
    /// <summary>The extensions read (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt", ".xlsx"];

    /// <summary>Reads the file's rows.</summary>
    /// <exception cref="InvalidDataException">The file is not a table this reader understands; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<IReadOnlyList<TableRow>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new InvalidDataException($"'{extension}' is not a table format that can be read (.csv, .tsv, .txt or .xlsx)");
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0) throw new InvalidDataException("the file is empty");
        if (extension == ".xlsx" || FormatSniffer.IsZip(bytes)) return XlsxTableReader.Read(bytes, cancellationToken);
        if (FormatSniffer.IsOleCompoundFile(bytes)) throw new InvalidDataException("a legacy .xls workbook, not CSV or .xlsx");
        if (TextDecoding.FromBom(bytes, out _) is null && TextDecoding.ControlShare(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))) > 0.05)
            throw new InvalidDataException("binary content, not delimited text");
        return DelimitedTextReader.Read(bytes);
    }
}
