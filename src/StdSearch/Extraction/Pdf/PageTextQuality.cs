namespace StdSearch.Extraction.Pdf;

/// <summary>Whether a page's text layer can be used.</summary>
internal enum PageTextQuality
{
    /// <summary>Readable text.</summary>
    Usable,
    /// <summary>No text and nothing drawn (an empty page): nothing is missing.</summary>
    Blank,
    /// <summary>Images or vector drawings but (almost) no text: a scan or outlined text.</summary>
    WithoutText,
    /// <summary>Text that is not the real content (fonts without a Unicode map).</summary>
    Garbled,
}

/// <summary>
/// Judges a page's text layer from its glyphs. Garbled text is recognised by what a text layer without a Unicode map
/// produces: private-use and replacement characters, control characters, and raw character codes that land on ASCII
/// punctuation and Latin-1 (<c>!"#$%&amp;'()*+</c>, <c>¾À</c>), often drawn with a full-em advance that no real Latin
/// glyph has.
/// </summary>
internal static class TextLayerQuality
{
    /// <summary>A page with fewer glyphs than this (and a picture) has no usable text layer.</summary>
    internal const int MinGlyphs = 5;

    /// <summary>Share of suspicious characters from which a page counts as garbled.</summary>
    internal const double GarbledShare = 0.5;

    /// <summary>Judges one page.</summary>
    /// <param name="glyphs">The page's glyphs (spaces included or not).</param>
    /// <param name="hasGraphics">True when the page draws images or many vector paths.</param>
    public static PageTextQuality Assess(IReadOnlyList<PdfGlyph> glyphs, bool hasGraphics)
    {
        var counted = 0;
        var suspicious = 0;
        char previous = '\0';
        var run = 0;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                continue;
            }

            foreach (var c in glyph.Value)
            {
                // Leader dots and rules (……, ....., ____) are layout, not text: skip runs of one repeated character.
                run = c == previous ? run + 1 : 1;
                previous = c;
                if (run > 2 || c is '.' or '·' or '…')
                {
                    continue;
                }

                counted++;
                if (CharClass.IsBroken(c) || CharClass.IsCodeFallback(c) || IsFullEmLatin(c, glyph))
                {
                    suspicious++;
                }
            }
        }

        if (counted < MinGlyphs)
        {
            return hasGraphics ? PageTextQuality.WithoutText : PageTextQuality.Blank;
        }

        return suspicious >= GarbledShare * counted ? PageTextQuality.Garbled : PageTextQuality.Usable;
    }

    /// <summary>A Latin letter drawn with a full-em advance: a CJK glyph whose code fell back to ASCII.</summary>
    private static bool IsFullEmLatin(char c, PdfGlyph glyph) =>
        char.IsAsciiLetter(c) && glyph.Size > 0 && (glyph.Right - glyph.X) >= 0.97 * glyph.Size && c is not ('W' or 'M' or 'm' or 'w');
}
