namespace StdSearch.Extraction.Tables;

/// <summary>One row of a table file: where it starts (1-based line of a CSV file, row number of a worksheet) and its cells as text.</summary>
/// <param name="Line">The 1-based line (CSV: the physical line the record starts on; XLSX: the worksheet row number).</param>
/// <param name="Cells">The cell texts, trimmed of nothing; an empty cell is an empty string.</param>
/// <param name="Error">Why the row could not be read as cells (an unterminated quote …), or null.</param>
internal sealed record TableRow(int Line, IReadOnlyList<string> Cells, string? Error = null)
{
    /// <summary>True when every cell is empty or blank.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
