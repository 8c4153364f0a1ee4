namespace StdSearch.Extraction.Structure;

/// <summary>A reader's line after the structure parser's clean-up (numbering label in front, spaced numbers closed).</summary>
/// <param name="Text">The cleaned text, never empty.</param>
/// <param name="Page">The 1-based page, 0 when unknown.</param>
/// <param name="Source">The reader's line (layout hints, cells).</param>
internal sealed record SourceLine(string Text, int Page, LayoutLine Source)
{
    /// <summary>The text without whitespace.</summary>
    public string Compact { get; } = TextTools.Compact(Text);
}
