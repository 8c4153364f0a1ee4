namespace StdSearch.Text;

/// <summary>The character classes of East Asian text that every stage needs, defined once.</summary>
internal static class CjkCharacters
{
    /// <summary>
    /// Han ideographs, CJK punctuation, kana, bopomofo, hangul and full-width forms: characters set without spaces
    /// between them, so a gap between two of them (a wrapped line, justified or letter-spaced text) is not a word break.
    /// </summary>
    public static bool IsWide(char c) =>
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

    /// <summary>
    /// Letters of ideographic runs for tokenizing (no punctuation): ideographs (unified, extension A, compatibility),
    /// 〇, kana, hangul, and high surrogates of planes 2–3 (extension B onwards; their low surrogates travel with them).
    /// </summary>
    public static bool IsIdeographicLetter(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
          or >= '\u3400' and <= '\u4DBF'
          or >= '\uF900' and <= '\uFAFF'
          or >= '\u3040' and <= '\u30FF'
          or >= '\uAC00' and <= '\uD7AF'
          or '\u3007'
          or >= '\uD840' and <= '\uD8BF';
}
