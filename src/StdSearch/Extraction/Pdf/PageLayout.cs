namespace StdSearch.Extraction.Pdf;

/// <summary>One page's lines in reading order: ruled table rows, text lines, and rejoined clause-number stubs.</summary>
internal static class PageLayout
{
    /// <summary>Builds the lines of one page, top to bottom.</summary>
    public static List<PageLine> Lines(PdfPageContent page)
    {
        var (rows, rest) = RuledTableBuilder.Build(page.Glyphs, page.Rules);
        var lines = GlyphLineBuilder.Build(rest);
        lines.AddRange(rows);

        // Top to bottom; pieces of one baseline left to right. Stable, so table rows keep their order.
        var ordered = lines.OrderByDescending(l => Math.Round(l.Baseline / 2)).ThenBy(l => l.Left).ToList();
        return ClauseNumberStitcher.Stitch(ordered);
    }
}
