namespace StdSearch.Lifecycle;

/// <summary>A catalogue row that was not imported, with its line (CSV) or row number (XLSX) and the reason.</summary>
/// <param name="Line">The 1-based line or worksheet row.</param>
/// <param name="Reason">Why the row was rejected.</param>
public sealed record RejectedRow(int Line, string Reason);

/// <summary>What importing one catalogue file read and kept. Immutable.</summary>
public sealed record CatalogueImportResult
{
    /// <summary>The file imported.</summary>
    public required string FileName { get; init; }

    /// <summary>The entries kept, in file order (a later row for the same edition replaces an earlier one).</summary>
    public required Catalogue Catalogue { get; init; }

    /// <summary>Data rows read (blank rows and the header not counted).</summary>
    public int RowsRead { get; init; }

    /// <summary>Rows whose id was written in another spelling than its normal display form (<c>GBT7714-2015</c>, full width, spaces).</summary>
    public int IdsNormalised { get; init; }

    /// <summary>Rows that repeat an edition already read; the later row wins.</summary>
    public int Duplicates { get; init; }

    /// <summary>Rows that could not be read, by line.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; init; } = [];

    /// <summary>The header that was recognised for each column (<c>id ← 标准号</c>).</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();
}
