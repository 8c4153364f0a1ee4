using System.Text;
using System.Text.RegularExpressions;

namespace StdSearch.Extraction.Pdf;

/// <summary>The lines of one page with the page's vertical extent, as the furniture filter sees them.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Bottom">The y of the page's bottom edge.</param>
/// <param name="Top">The y of the page's top edge.</param>
/// <param name="Lines">The lines, top to bottom.</param>
internal sealed record PageLines(int Number, double Bottom, double Top, IReadOnlyList<PageLine> Lines)
{
    /// <summary>The page's height.</summary>
    public double Height => Top - Bottom;
}

/// <summary>
/// Removes running headers, footers and page numbers. A line in the top or bottom band of a page, or the first or
/// last line of a page (producers place headers anywhere in the margin, and some crop boxes are offset), is
/// furniture when its shape (digits folded to <c>#</c>, spaces removed) recurs at the same end on many pages, or when
/// it is a bare page number. Table rows are never furniture. Repetition, not a list of known headers, decides: the same rule catches <c>JT/T 808—2011</c>,
/// <c>ISO/IEC 14496-12:2005(E)</c>, <c>© ISO/IEC 2005 – All rights reserved</c> and alternating left/right headers.
/// </summary>
internal static partial class PageFurnitureFilter
{
    /// <summary>The share of the page height, from the top and from the bottom, where headers and footers live.</summary>
    internal const double BandShare = 0.09;

    /// <summary>The share of pages on which a line must recur to be furniture.</summary>
    internal const double RecurrenceShare = 0.3;

    /// <summary>The least number of pages on which a line must recur to be furniture.</summary>
    internal const int MinRecurrence = 3;

    /// <summary>Returns the pages with their furniture lines removed.</summary>
    public static List<PageLines> Remove(IReadOnlyList<PageLines> pages) => Remove(pages, out _);

    /// <summary>
    /// Returns the pages with their furniture lines removed, and the running header: the text of the removed top-band
    /// line that recurs on the most pages (<c>JT/T 1078—2016</c>, <c>ISO 29875:2019(E)</c>), empty when none was removed.
    /// </summary>
    public static List<PageLines> Remove(IReadOnlyList<PageLines> pages, out string runningHeader)
    {
        var pagesPerKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                if (BandKey(page, i) is { } key)
                {
                    if (!pagesPerKey.TryGetValue(key, out var set))
                    {
                        pagesPerKey[key] = set = [];
                    }

                    set.Add(page.Number);
                }
            }
        }

        var threshold = Math.Max(MinRecurrence, (int)Math.Ceiling(RecurrenceShare * pages.Count));
        runningHeader = "";
        var best = 0;
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                if (BandKey(page, i) is { } key && key.StartsWith("T:", StringComparison.Ordinal) && pagesPerKey[key].Count >= threshold
                    && pagesPerKey[key].Count > best && !IsPageNumber(page.Lines[i].Text) && key.Length > 3)
                {
                    best = pagesPerKey[key].Count;
                    runningHeader = Whitespace().Replace(page.Lines[i].Text, " ").Trim();
                }
            }
        }

        var result = new List<PageLines>(pages.Count);
        foreach (var page in pages)
        {
            var kept = page.Lines.Where((line, i) => BandKey(page, i) is not { } key
                || (pagesPerKey[key].Count < threshold && !IsPageNumber(line.Text))).ToList();
            result.Add(page with { Lines = kept });
        }

        return result;
    }

    /// <summary>
    /// The recurrence key (end plus shape) of the page's line at <paramref name="index"/> when it may be furniture:
    /// it is in the top or bottom band, or it is the page's first or last line. Null otherwise.
    /// </summary>
    internal static string? BandKey(PageLines page, int index)
    {
        var line = page.Lines[index];
        if (line.Cells is not null)
        {
            return null;
        }

        var band = Math.Max(page.Height, 0) * BandShare;
        if (index == 0 || line.Baseline + (0.7 * line.FontSize) >= page.Top - band)
        {
            return "T:" + Shape(line.Text);
        }

        return index == page.Lines.Count - 1 || line.Baseline <= page.Bottom + band ? "B:" + Shape(line.Text) : null;
    }

    /// <summary>
    /// The shape of a line: spaces removed, each run of digits folded to one <c>#</c>, and a Roman page number at
    /// either end (<c>… All rights reserved vii</c>, <c>Ⅲ</c>) folded too.
    /// </summary>
    internal static string Shape(string text)
    {
        text = EdgeRomanNumber().Replace(text, " 0 ");
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (char.IsDigit(c))
            {
                if (sb.Length == 0 || sb[^1] != '#')
                {
                    sb.Append('#');
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True for a bare page number: <c>3</c>, <c>- 3 -</c>, <c>Ⅲ</c>, <c>iv</c>, <c>第 3 页</c>.</summary>
    internal static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:^|(?<=\s))(?:[ivxl]{1,6}|[IVXL]{1,6}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3})(?:$|(?=\s))(?=\s*$)|^(?:[ivxl]{1,6}|[IVXL]{1,6}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3})(?=\s)")]
    private static partial Regex EdgeRomanNumber();

    [GeneratedRegex(@"^\s*(?:[-—–·]\s*)?(?:\d{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ]{1,3}|[IVXLivxl]{1,6}|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)\s*(?:[-—–·]\s*)?$")]
    private static partial Regex PageNumberPattern();
}
