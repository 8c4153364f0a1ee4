using StdSearch.Text;
namespace StdSearch.Extraction.Pdf;

/// <summary>Character classes the layout rules need: what counts as CJK, and what looks like an encoding accident.</summary>
internal static class CharClass
{
    /// <summary>True for characters no real text layer contains: private use, replacement char, controls, non-characters.</summary>
    public static bool IsBroken(char c) =>
        c is '\uFFFD' or '\uFFFE' or '\uFFFF'
        || (c is >= '\uE000' and <= '\uF8FF')
        || (char.IsControl(c) && !char.IsWhiteSpace(c));

    /// <summary>True for a Han ideograph or kana/hangul letter (not punctuation).</summary>
    public static bool IsCjkLetter(char c) => CjkCharacters.IsWide(c) && char.IsLetter(c) || char.IsHighSurrogate(c);

    /// <summary>True for ASCII punctuation and symbols, and for the Latin-1 supplement block (both are where a font
    /// without a Unicode map lands when a reader falls back to the raw character codes).</summary>
    public static bool IsCodeFallback(char c) =>
        (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))
        || c is >= '\u00A1' and <= '\u00FF';
}
