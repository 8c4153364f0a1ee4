using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StdSearch.Text;

namespace StdSearch.Extraction.Structure;

/// <summary>Small pure text helpers shared by the structure parsers.</summary>
internal static partial class TextTools
{
    /// <summary>True for CJK ideographs only.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';

    /// <summary>The text without any whitespace (for keyword matching of letter-spaced lines).</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// Folds text for matching structural markers (<see cref="TextFolder.Default"/>): Traditional to Simplified
    /// (用語及定義 → 用语及定义, 附錄 → 附录), full width to half width, lower case, every dash to <c>-</c>. Never shown:
    /// headings and titles keep the original text.
    /// </summary>
    public static string Fold(string text) => TextFolder.Default.FoldToString(text);

    /// <summary>Folds like <see cref="Fold"/> and keeps the offsets back into <paramref name="text"/>.</summary>
    public static FoldedText FoldWithOffsets(string text) => TextFolder.Default.Fold(text);

    /// <summary>Collapses whitespace runs to one space and trims.</summary>
    public static string CollapseSpaces(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Removes spaces the layout inserted: between two CJK characters, inside CJK parentheses (<c>( 筹)</c>) and
    /// around a slash between CJK (<c>注册 / 注销</c>); keeps one space between CJK and Latin text.
    /// </summary>
    public static string CleanInline(string text)
    {
        var s = CollapseSpaces(text);
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ' && i > 0 && i < s.Length - 1)
            {
                var prev = s[i - 1];
                var next = s[i + 1];
                if (CjkCharacters.IsWide(prev) && CjkCharacters.IsWide(next))
                {
                    // Letter-spacing (单 字 间 隔) goes; the space between title elements stays.
                    if (TokenLengthBefore(s, i) == 1 || TokenLengthAfter(s, i) == 1) continue;
                    sb.Append(c);
                    continue;
                }
                if ((prev is '(' or '/' or '“') && (CjkCharacters.IsWide(next) || next is ')' or '/' or '(' or '”')) continue;
                if (CjkCharacters.IsWide(prev) && next is ')' or '/' or '”') continue;
                if (prev == '/' && CjkCharacters.IsWide(next) || next == '/' && CjkCharacters.IsWide(prev)) continue;
                if (prev == '(' || next == ')') continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static int TokenLengthBefore(string s, int space)
    {
        var n = 0;
        for (var k = space - 1; k >= 0 && s[k] != ' '; k--) n++;
        return n;
    }

    private static int TokenLengthAfter(string s, int space)
    {
        var n = 0;
        for (var k = space + 1; k < s.Length && s[k] != ' '; k++) n++;
        return n;
    }

    /// <summary>
    /// Removes letter-spacing (<c>道 路 运 输</c> → <c>道路运输</c>) while keeping the single space between title
    /// elements (<c>信息与文献 参考文献著录规则</c>): a group of single CJK characters separated by spaces is closed up.
    /// </summary>
    public static string RemoveLetterSpacing(string text)
    {
        var elements = WideGap().Split(text.Trim());
        var result = new List<string>();
        foreach (var element in elements)
        {
            var tokens = element.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 1 && tokens.Count(t => t.Length == 1 && CjkCharacters.IsWide(t[0])) >= tokens.Length - 1)
                result.Add(string.Concat(tokens));
            else result.Add(CleanInline(element));
        }
        return string.Join(' ', result.Where(r => r.Length > 0));
    }

    /// <summary>Joins a continuation line to the text before it: CJK without a space, Latin with one, de-hyphenating English.</summary>
    public static string JoinContinuation(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        var a = left[^1];
        var b = right[0];
        if (a == '-' && left.Length > 1 && char.IsLower(left[^2]) && char.IsLower(b)) return left[..^1] + right;
        if (CjkCharacters.IsWide(a) || CjkCharacters.IsWide(b) || a == '/' || a == '—') return left + right;
        return left + " " + right;
    }

    /// <summary>Share of letters that are ASCII Latin among letters and ideographs.</summary>
    public static double LatinShare(string text)
    {
        int latin = 0, all = 0;
        foreach (var c in text)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') { latin++; all++; }
            else if (IsIdeograph(c)) all++;
        }
        return all == 0 ? 0 : (double)latin / all;
    }

    /// <summary>True when the text holds an ideograph.</summary>
    public static bool HasIdeograph(string text) => text.Any(IsIdeograph);

    /// <summary>True when the text contains a modal verb of a provision (应/宜/不得/必须/shall/should …).</summary>
    public static bool HasModal(string text) => Modal().IsMatch(text);

    /// <summary>True when the text contains sentence punctuation that a heading never has.</summary>
    public static bool HasSentencePunctuation(string text) =>
        text.IndexOfAny(['。', '；', '：', '，', ';']) >= 0 || text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(',');

    /// <summary>Converts ASCII parentheses next to CJK text to full-width ones (<c>委员会( 筹)</c> → <c>委员会（筹）</c>).</summary>
    public static string ChineseParentheses(string text)
    {
        var s = CleanInline(text);
        if (!HasIdeograph(s)) return s;
        return s.Replace('(', '（').Replace(')', '）');
    }

    /// <summary>
    /// Parses a date written <c>2011-05-23</c>, <c>2011- 05- 23</c>, <c>2017 年 12 月 11 日</c>, <c>二〇一三年一月</c> or in the
    /// ROC calendar of CNS covers (<c>中華民國112年3月8日</c> = 2023-03-08: year + 1911).
    /// </summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindDates(string text)
    {
        foreach (Match m in ArabicDate().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            if (y is >= 1949 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                yield return (new DateOnly(y, mo, d), m.Index, m.Length);
        }
        foreach (Match m in RocDate().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + 1911;
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            if (y is >= 1949 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                yield return (new DateOnly(y, mo, d), m.Index, m.Length);
        }
        foreach (Match m in ChineseDate().Matches(text))
        {
            var y = ChineseDigits(m.Groups["y"].Value);
            var mo = ChineseNumber(m.Groups["m"].Value);
            var d = m.Groups["d"].Success ? ChineseNumber(m.Groups["d"].Value) : 1;
            if (y is >= 1949 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                yield return (new DateOnly(y, mo, d), m.Index, m.Length);
        }
    }

    private static int ChineseDigits(string s)
    {
        var v = 0;
        foreach (var c in s) v = v * 10 + Digit(c);
        return v;
    }

    private static int ChineseNumber(string s)
    {
        if (s.Length == 0) return 0;
        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return ChineseDigits(s);
        var high = ten == 0 ? 1 : Digit(s[0]);
        var low = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return high * 10 + low;
    }

    private static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? i : c == '零' || c == 'O' ? 0 : 0;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s{2,}|\u3000")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"(?<![相对供响适反效理呼感答])应(?![用答力变急])|(?<![适便])宜(?![人])|不得|必须|严禁|不应|可以|\bshall\b|\bshould\b|\bmust\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*[-－.年/]\s*(?<m>\d{1,2})\s*(?:[-－.月/]\s*(?<d>\d{1,2})\s*日?|月)(?!\d)")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"(?:中[华華]民[国國]|民[国國])\s*(?<y>\d{2,3})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?")]
    private static partial Regex RocDate();

    [GeneratedRegex(@"(?<y>[〇一二三四五六七八九零]{4})\s*年\s*(?<m>[一二三四五六七八九十]{1,3})\s*月(?:\s*(?<d>[一二三四五六七八九十]{1,3})\s*日)?")]
    private static partial Regex ChineseDate();
}
