using StdSearch.Text;
using System.Text;

namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Turns the glyphs of one visual line (left to right) into text, deciding from the gaps where a space belongs.
/// Chinese is set without spaces, so a gap between two CJK characters is letter-spacing, never a word break;
/// Latin words get one space when the gap is a real word gap; the gaps inside justified numbers (<c>3. 1. 7</c>,
/// <c>2011- 05- 23</c>) and around slashes and brackets (<c>JT / T</c>, <c>( access</c>) are typesetting, not text.
/// </summary>
internal static class GlyphTextJoiner
{
    /// <summary>A gap (in ems) from which two Latin or digit runs are separate words.</summary>
    internal const double WordGapEm = 0.15;

    /// <summary>
    /// A gap (in ems) between two CJK characters from which they are separate pieces of one baseline (a cover's
    /// <c>中华人民共和国交通运输部      发 布</c>), not letter-spaced text; they get one space.
    /// </summary>
    internal const double CjkPieceGapEm = 4.0;

    /// <summary>Joins glyphs already sorted left to right.</summary>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = new StringBuilder(glyphs.Count + 8);
        PdfGlyph? previous = null;
        var spaceSeen = false;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                spaceSeen |= previous is not null;
                continue;
            }

            if (previous is { } p)
            {
                if (IsOverprint(p, glyph))
                {
                    continue;
                }

                var before = text.Length >= 2 ? text[^2] : ' ';
                if (NeedsSpace(p, glyph, spaceSeen, before))
                {
                    text.Append(' ');
                }
            }

            text.Append(glyph.Value);
            previous = glyph;
            spaceSeen = false;
        }

        return text.ToString();
    }

    /// <summary>
    /// True when <paramref name="next"/> repeats <paramref name="previous"/> at (almost) the same spot: producers fake
    /// bold by painting a glyph twice with a small offset (a few hundredths of an em, far less than the glyph's
    /// advance, so a doubled letter such as the <c>ll</c> in <c>following</c> is never taken for one).
    /// </summary>
    internal static bool IsOverprint(PdfGlyph previous, PdfGlyph next) =>
        previous.Value == next.Value
        && Math.Abs(next.X - previous.X) < Math.Min(0.1 * Math.Max(previous.Size, 1), 0.5 * Math.Max(previous.Right - previous.X, 0))
        && Math.Abs(next.Baseline - previous.Baseline) < 0.1 * Math.Max(previous.Size, 1);

    /// <summary>Decides the separator between two adjacent glyphs.</summary>
    /// <param name="previous">The glyph on the left.</param>
    /// <param name="next">The glyph on the right.</param>
    /// <param name="spaceGlyphBetween">True when the producer put a space glyph between them.</param>
    /// <param name="beforePrevious">The character written before <paramref name="previous"/>'s last character.</param>
    internal static bool NeedsSpace(PdfGlyph previous, PdfGlyph next, bool spaceGlyphBetween, char beforePrevious)
    {
        var a = previous.Last;
        var b = next.First;
        var em = Math.Max(Math.Max(previous.Size, next.Size), 1);
        var gap = (next.X - previous.Right) / em;
        var aCjk = CjkCharacters.IsWide(a);
        var bCjk = CjkCharacters.IsWide(b);

        if (aCjk && bCjk)
        {
            // Letter-spaced covers (中 华 人 民) have gaps of one or two ems; only a column-wide gap separates pieces.
            return gap >= CjkPieceGapEm;
        }

        // Justified numbers: "3. 1. 7", "2011- 05- 23". A digit after "digit." or "digit-" continues the number.
        if (a is '.' or '-' && char.IsAsciiDigit(beforePrevious) && char.IsAsciiDigit(b) && gap < 1.0)
        {
            return false;
        }

        // Slashes and brackets: "JT / T", "15° / s", "( access point name)", "name )".
        if (a is '/' || b is '/' || IsOpening(a) || IsClosing(b))
        {
            return gap >= 1.0;
        }

        // Chinese punctuation carries its own white space, and so does half-width punctuation set between CJK
        // characters ("如下: 会话通道" in files that use ASCII punctuation).
        if ((aCjk && !char.IsLetter(a)) || (bCjk && !char.IsLetter(b)) || (bCjk && a is ',' or ';' or ':' or '!' or '?'))
        {
            return false;
        }

        return spaceGlyphBetween || gap >= WordGapEm;
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '（' or '【' or '〔' or '《' or '“' or '‘';

    private static bool IsClosing(char c) =>
        c is ')' or ']' or '}' or '）' or '】' or '〕' or '》' or '”' or '’' or ',' or ';' or ':' or '!' or '?' or '%';
}
