namespace StdSearch.Extraction.Pdf;

/// <summary>A straight horizontal or vertical rule drawn on a page (a table border), in page coordinates.</summary>
/// <param name="X1">The smaller x.</param>
/// <param name="Y1">The smaller y.</param>
/// <param name="X2">The larger x.</param>
/// <param name="Y2">The larger y.</param>
internal readonly record struct RuleSegment(double X1, double Y1, double X2, double Y2)
{
    /// <summary>True for a horizontal rule.</summary>
    public bool IsHorizontal => Y2 - Y1 <= 2.5 && X2 - X1 > Y2 - Y1;

    /// <summary>True for a vertical rule.</summary>
    public bool IsVertical => X2 - X1 <= 2.5 && Y2 - Y1 > X2 - X1;

    /// <summary>The rule's position across its direction (y for horizontal, x for vertical).</summary>
    public double Position => IsHorizontal ? (Y1 + Y2) / 2 : (X1 + X2) / 2;
}

/// <summary>What the reader copies out of one PDF page.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Left">The crop box's left edge.</param>
/// <param name="Bottom">The crop box's bottom edge.</param>
/// <param name="Right">The crop box's right edge.</param>
/// <param name="Top">The crop box's top edge.</param>
/// <param name="Glyphs">The horizontal glyphs inside the crop box.</param>
/// <param name="Rules">Horizontal and vertical rules (table borders).</param>
/// <param name="HasGraphics">True when the page draws images or many vector paths.</param>
internal sealed record PdfPageContent(int Number, double Left, double Bottom, double Right, double Top,
    IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<RuleSegment> Rules, bool HasGraphics);
