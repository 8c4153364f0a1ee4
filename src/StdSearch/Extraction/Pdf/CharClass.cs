using System.Globalization;

namespace StdSearch.Extraction.Pdf;

/// <summary>Character classes the layout rules need: what counts as CJK, and what looks like an encoding accident.</summary>
internal static class CharClass
{
    /// <summary>
    /// True for Han ideographs, CJK punctuation, kana, hangul and full-width forms: characters that are set without
    /// spaces between them, whatever gap the PDF leaves.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u2FDF'      // radicals
          or >= '\u3000' and <= '\u303F'      // CJK symbols and punctuation
          or >= '\u3040' and <= '\u30FF'      // kana
          or >= '\u3100' and <= '\u31FF'      // bopomofo, kana extensions
          or >= '\u3400' and <= '\u4DBF'      // extension A
          or >= '\u4E00' and <= '\u9FFF'      // unified ideographs
          or >= '\uAC00' and <= '\uD7AF'      // hangul
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or >= '\uFE30' and <= '\uFE4F'      // compatibility forms
          or >= '\uFF00' and <= '\uFF60'      // full-width forms
          or >= '\uFFE0' and <= '\uFFE6'
        || char.IsHighSurrogate(c);           // supplementary ideographs (extensions B+)

    /// <summary>True for characters no real text layer contains: private use, replacement char, controls, non-characters.</summary>
    public static bool IsBroken(char c) =>
        c is '\uFFFD' or '\uFFFE' or '\uFFFF'
        || (c is >= '\uE000' and <= '\uF8FF')
        || (char.IsControl(c) && !char.IsWhiteSpace(c));

    /// <summary>True for a Han ideograph or kana/hangul letter (not punctuation).</summary>
    public static bool IsCjkLetter(char c) => IsCjk(c) && char.IsLetter(c) || char.IsHighSurrogate(c);

    /// <summary>True for ASCII punctuation and symbols, and for the Latin-1 supplement block (both are where a font
    /// without a Unicode map lands when a reader falls back to the raw character codes).</summary>
    public static bool IsCodeFallback(char c) =>
        (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))
        || c is >= '\u00A1' and <= '\u00FF';

    /// <summary>Unicode category shortcut used by tests and heuristics.</summary>
    public static bool IsLetterOrDigit(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber;
}
