namespace StdSearch.Extraction;

/// <summary>
/// One line of text as a reader recovered it from the source, in reading order, before structure is parsed.
/// Readers fill what their format knows; the structure parser uses numbering first and layout hints second.
/// </summary>
/// <param name="Text">The line's text: Chinese joined without spurious spaces, Latin words keeping theirs; never empty.</param>
/// <param name="Page">The 1-based page (PDF), or 0 for formats without pages.</param>
public sealed record LayoutLine(string Text, int Page)
{
    /// <summary>Dominant font size in points, 0 when unknown.</summary>
    public double FontSize { get; init; }

    /// <summary>True when the line is set in a bold face.</summary>
    public bool IsBold { get; init; }

    /// <summary>Distance of the first glyph from the page's left edge in points (PDF), 0 when unknown.</summary>
    public double Left { get; init; }

    /// <summary>True when the line is centred on the page (cover lines, annex headers, table titles).</summary>
    public bool IsCentered { get; init; }

    /// <summary>Heading level from the source's own markup (DOCX heading style, HTML h1–h6, Markdown #), 0 when none.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>
    /// The label Word's automatic numbering shows before the paragraph (<c>4.1</c>, <c>a)</c>), which is not part of
    /// <see cref="Text"/>; empty when none.
    /// </summary>
    public string NumberingLabel { get; init; } = "";

    /// <summary>When the line is a table row: its cells, left to right; otherwise null.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>True when this line starts a new paragraph in the source (DOCX, HTML, blank line in text), as far as the format knows.</summary>
    public bool StartsParagraph { get; init; }
}
