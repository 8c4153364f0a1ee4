namespace StdSearch.Extraction.Pdf;

/// <summary>
/// One glyph as the PDF reader sees it, in page coordinates (points, origin bottom-left), copied out of PdfPig so
/// that the layout rules below work on StdSearch's own type and can be tested without a PDF.
/// </summary>
/// <param name="Value">The glyph's Unicode text (usually one character; ligatures give more).</param>
/// <param name="X">The glyph origin on the baseline.</param>
/// <param name="Right">
/// Where the glyph ends: origin plus advance when the font's advance is plausible, the ink's right edge when the
/// advance is obviously broken (some iTextSharp files give every glyph a full em).
/// </param>
/// <param name="Baseline">The baseline's y.</param>
/// <param name="Size">The rendered point size.</param>
/// <param name="IsBold">True when the font is a bold or heavy (黑体) face.</param>
internal readonly record struct PdfGlyph(string Value, double X, double Right, double Baseline, double Size, bool IsBold)
{
    /// <summary>True for a space glyph: it carries no ink, only the information that the producer meant a space.</summary>
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);

    /// <summary>The first character, or a space.</summary>
    public char First => Value.Length > 0 ? Value[0] : ' ';

    /// <summary>The last character, or a space.</summary>
    public char Last => Value.Length > 0 ? Value[^1] : ' ';
}
