using StdSearch.Documents;

namespace StdSearch.Extraction;

/// <summary>What a reader hands the structure parser: the lines of one document in reading order, page furniture removed.</summary>
/// <param name="SourceName">The file name (no directory), for messages.</param>
/// <param name="Format">The format the reader read.</param>
/// <param name="Lines">The text lines in reading order.</param>
public sealed record LayoutDocument(string SourceName, SourceFormat Format, IReadOnlyList<LayoutLine> Lines)
{
    /// <summary>Number of pages (PDF), 0 for formats without pages.</summary>
    public int PageCount { get; init; }

    /// <summary>What the reader doubted: pages without text, garbled pages, dropped noise.</summary>
    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];

    /// <summary>
    /// The running page header the reader removed as furniture (the top-of-page text that recurs on the most pages,
    /// such as <c>JT/T 1078—2016</c> or <c>ISO 29875:2019(E)</c>), as printed; empty when there was none or the format
    /// has no pages. The structure parser takes the standard's number from it when the cover gives none.
    /// </summary>
    public string RunningHeader { get; init; } = "";
}
