namespace StdSearch.Search;

/// <summary>
/// Question and function words dropped from free-text query words before they are analysed, so that a short question
/// (<c>储油罐多久清洗一次</c>) searches for its content words (<c>储油罐 清洗</c>) rather than requiring every clause to
/// say 多久 and 一次. Applied to unquoted words only: a quoted phrase is searched as written. A word made only of
/// question words is kept (a search for <c>多少</c> still means 多少).
/// </summary>
/// <remarks>
/// The list is small and deliberate: interrogatives (什么, 哪些, 多少, 多久 …), the manner words of a how-question
/// (怎么, 如何 …), the frequency and copula fragments questions end in (一次, 是多少, 是否 …) and the final particles
/// 吗, 呢, 吧 (only at the end of a word, where they cannot be part of another word). Longer entries are tried first.
/// </remarks>
internal static class QuestionWords
{
    // Longest first, so 是多少 wins over 多少 and 多长时间 over 多长.
    private static readonly string[] Words =
    [
        "多长时间", "什么时候", "怎么样", "为什么", "是多少", "有哪些", "是什么", "要多久",
        "多久", "多长", "多少", "多大", "多高", "多远", "几次", "一次", "什么", "哪些", "哪个", "哪里", "怎么", "怎样",
        "如何", "是否", "请问",
    ];

    private static readonly char[] FinalParticles = ['吗', '呢', '吧', '？', '?'];

    /// <summary>The parts of <paramref name="word"/> left when question words are cut out, with their offsets in it.
    /// The word itself when nothing is cut or nothing would be left.</summary>
    public static List<(string Text, int Offset)> Split(string word)
    {
        var parts = new List<(string, int)>();
        var end = word.Length;
        while (end > 0 && Array.IndexOf(FinalParticles, word[end - 1]) >= 0) end--;
        var start = 0;
        var i = 0;
        while (i < end)
        {
            var match = Match(word, i, end);
            if (match == 0) { i++; continue; }
            if (i > start) parts.Add((word[start..i], start));
            i += match;
            start = i;
        }
        if (end > start) parts.Add((word[start..end], start));
        if (parts.Count == 0) return [(word, 0)];
        return parts;
    }

    private static int Match(string word, int at, int end)
    {
        foreach (var w in Words)
            if (w.Length <= end - at && string.CompareOrdinal(word, at, w, 0, w.Length) == 0)
                return w == "一次" && at + 2 < word.Length && word[at + 2] == '性' ? 0 : w.Length; // 一次性 is a word

        return 0;
    }
}
