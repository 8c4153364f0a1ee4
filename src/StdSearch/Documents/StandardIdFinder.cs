namespace StdSearch.Documents;

/// <summary>Finds standard numbers in free text (<c>本文件代替GB/T 7714—2005</c> yields GB/T 7714-2005).</summary>
/// <remarks>
/// <para>One pass over a folded copy of the text (full-width forms, dashes and spaces folded one character to
/// one, so offsets are those of the original): a hand scanner walks runs of capitals and tries the precompiled
/// grammar only where a run is a known prefix (GB, JT, DB, ISO…), so ordinary text costs one set look-up per
/// word. One allocation for the copy, then a few per candidate. Stateless and thread-safe.</para>
/// <para>Stricter than <see cref="StandardId.Parse"/>, to keep ordinary text out: a prefix must not sit inside a
/// Latin word or glued to a digit; only the GB family (<c>gb/t 7714</c>) may be written in lower case; a bare
/// industry code without /T and year needs a number of three digits or more; a dash lost before the year
/// (<c>DL/T6671999</c>) is not repaired and such a number is skipped; clause numbers, dates and quantities have no
/// prefix and never match. Ids glued to Chinese text, inside 《》 or （）, in lists joined by 、 and adoption double
/// numbers (<c>GB/T 19001—2016/ISO 9001:2015</c>, two matches) are found.</para>
/// </remarks>
public static class StandardIdFinder
{
    // Letters an id starts with, half and full width.
    private static readonly System.Buffers.SearchValues<char> LatinLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    /// <summary>Every standard number in <paramref name="text"/>, in order, with offsets into the original text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<StandardIdMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<StandardIdMatch>();
        // Every id starts with Latin letters (half or full width): most clause text has none, and needs no folded copy.
        if (text.AsSpan().IndexOfAny(LatinLetters) < 0) return result;
        var folded = StandardIdGrammar.Fold(text);
        var words = IssuerCodes.LeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var grammar = StandardIdGrammar.AtPosition();
        var i = 0;
        while (i < folded.Length)
        {
            // Walk to the next run of capitals that starts a word: a prefix glued to a Latin letter or a digit
            // (PISO, 2GB) is not a prefix.
            if (!char.IsAsciiLetterUpper(folded[i])) { i++; continue; }
            var start = i;
            while (i < folded.Length && char.IsAsciiLetterUpper(folded[i])) i++;
            if (start > 0 && char.IsAsciiLetterOrDigit(folded[start - 1])) continue;
            var word = folded.AsSpan(start, i - start);
            if (!words.Contains(word) && !(word.Length > 1 && word[^1] == 'T' && words.Contains(word[..^1]))
                && !(word.Length is >= 3 and <= 9 && word[0] is 'T' or 'Q')) continue; // TJSATL12-2017: a slash-less group id

            if (!DigitFollows(folded, i)) continue;

            var m = grammar.Match(folded, start);
            if (!m.Success) continue;
            // A rejected match is skipped whole: "© ISO/IEC 2012" must not fire again at IEC.
            i = start + m.Length;
            if (!Accept(text, folded, m, out var id)) continue;
            var length = m.Length;
            while (length > 0 && folded[start + length - 1] == ' ') length--;
            result.Add(new StandardIdMatch(id, start, length));
        }
        return result;
    }

    // Longest run between a prefix's first word and its number ("ANSI/ASHRAE/IES 90.1", "BS EN ISO/IEC 1",
    // "ITU-T RECOMMENDATION X.25") plus slack.
    private const int MaxPrefixTail = 24;

    // Cheap necessary condition checked before the grammar runs: a digit follows within a few capitals, spaces,
    // slashes, dashes or dots. English prose in capitals ("IEC TC shall") fails here and costs no regex attempt.
    private static bool DigitFollows(string folded, int from)
    {
        var end = Math.Min(folded.Length, from + MaxPrefixTail);
        for (var k = from; k < end; k++)
        {
            var c = folded[k];
            if (char.IsAsciiDigit(c)) return true;
            if (!(char.IsAsciiLetterUpper(c) || c is ' ' or '/' or '-' or '.')) return false;
        }
        return false;
    }

    private static bool Accept(string text, string folded, System.Text.RegularExpressions.Match m, out StandardId id) =>
        StandardIdGrammar.TryBuild(m, StandardIdGrammar.Mode.Find, out id, out _)
        && (id.Prefix.StartsWith("GB", StringComparison.Ordinal) || !HasLowerCase(text, m.Index, PrefixEnd(m)))
        && !IsCopyrightLine(folded, m.Index)
        && !IsFollowedByYearMark(folded, m.Index + m.Length);

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

    // Where the issuer's letters end: before the number, or after ITU-T in "ITU-T Rec. G.711" (Rec. is written in lower case).
    private static int PrefixEnd(System.Text.RegularExpressions.Match m) =>
        m.Groups["itu"] is { Success: true } itu ? itu.Index + itu.Length : m.Groups["num"].Index;

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
