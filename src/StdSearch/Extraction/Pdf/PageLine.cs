namespace StdSearch.Extraction.Pdf;

/// <summary>A line (or a table row) of one page, with the geometry the later steps need.</summary>
/// <param name="Text">The joined text; for a table row, the cells joined by <c> | </c>.</param>
/// <param name="Left">The left edge of the first glyph.</param>
/// <param name="Right">The right edge of the last glyph.</param>
/// <param name="Baseline">The baseline's y (points from the bottom of the page); a table row uses its top text line.</param>
/// <param name="FontSize">The dominant point size.</param>
/// <param name="IsBold">True when most glyphs are bold.</param>
internal sealed record PageLine(string Text, double Left, double Right, double Baseline, double FontSize, bool IsBold)
{
    /// <summary>Table cells, left to right, or null for a text line.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>The line's width.</summary>
    public double Width => Right - Left;
}
