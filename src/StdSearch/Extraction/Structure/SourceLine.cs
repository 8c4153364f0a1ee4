using StdSearch.Text;

namespace StdSearch.Extraction.Structure;

/// <summary>A reader's line after the structure parser's clean-up (numbering label in front, spaced numbers closed).</summary>
/// <param name="Text">The cleaned text, never empty.</param>
/// <param name="Page">The 1-based page, 0 when unknown.</param>
/// <param name="Source">The reader's line (layout hints, cells).</param>
internal sealed record SourceLine(string Text, int Page, LayoutLine Source)
{
    /// <summary>The text without whitespace.</summary>
    public string Compact { get; } = TextTools.Compact(Text);

    /// <summary>
    /// <see cref="Compact"/> folded for marker matching (<see cref="TextTools.Fold"/>): Traditional to Simplified, full
    /// width to half width, lower case, dashes to <c>-</c>. Structural markers (前言, 附录, 术语, 发布 …) are matched
    /// here so that Taiwan and mainland spellings need one pattern; headings and titles keep the original text.
    /// </summary>
    public string Key { get; } = TextTools.Fold(TextTools.Compact(Text));
}
