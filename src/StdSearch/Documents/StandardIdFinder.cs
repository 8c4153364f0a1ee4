namespace StdSearch.Documents;

/// <summary>Finds standard numbers in free text (<c>本文件代替GB/T 7714—2005</c> yields GB/T 7714-2005).</summary>
/// <remarks>
/// <para>One pass of a precompiled scanner over a folded copy of the text (full-width forms, dashes and spaces
/// folded one character to one, so offsets are those of the original); one allocation for the copy, then one
/// per match. Stateless and thread-safe.</para>
/// <para>Stricter than <see cref="StandardId.Parse"/>, to keep ordinary text out: a prefix must not sit inside a
/// Latin word or glued to a digit; only the GB family (<c>gb/t 7714</c>) may be written in lower case; a bare
/// industry code without /T and year needs a number of three digits or more; a dash lost before the year
/// (<c>DL/T6671999</c>) is not repaired and such a number is skipped; clause numbers, dates and quantities have no
/// prefix and never match. Ids glued to Chinese text, inside 《》 or （）, in lists joined by 、 and adoption double
/// numbers (<c>GB/T 19001—2016/ISO 9001:2015</c>, two matches) are found.</para>
/// </remarks>
public static class StandardIdFinder
{
    /// <summary>Every standard number in <paramref name="text"/>, in order, with offsets into the original text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<StandardIdMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<StandardIdMatch>();
        if (text.Length == 0) return result;
        var folded = StandardIdGrammar.Fold(text);
        foreach (System.Text.RegularExpressions.Match m in StandardIdGrammar.Scanner().Matches(folded))
        {
            if (!StandardIdGrammar.TryBuild(m, StandardIdGrammar.Mode.Find, out var id, out _)) continue;
            if (!id.Prefix.StartsWith("GB", StringComparison.Ordinal) && HasLowerCase(text, m.Index, m.Groups["num"].Index)) continue;
            if (IsCopyrightLine(folded, m.Index)) continue;
            if (IsFollowedByYearMark(folded, m.Index + m.Length)) continue;
            var length = m.Length;
            while (length > 0 && folded[m.Index + length - 1] == ' ') length--;
            result.Add(new StandardIdMatch(id, m.Index, length));
        }
        return result;
    }

    // "© ISO/IEC 2012 – All rights reserved": the number after a copyright sign is a year, not a standard.
    private static bool IsCopyrightLine(string folded, int start)
    {
        var i = start - 1;
        while (i >= 0 && folded[i] == ' ') i--;
        return i >= 0 && folded[i] == '\u00A9';
    }

    // "SC 2019年", "GB 2015年": a number followed by 年/月 is a date, not a standard number.
    private static bool IsFollowedByYearMark(string folded, int end)
    {
        while (end < folded.Length && folded[end] == ' ') end++;
        return end < folded.Length && folded[end] is '年' or '月';
    }

    private static bool HasLowerCase(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= '\uFF41' and <= '\uFF5A') return true;
        }
        return false;
    }
}
