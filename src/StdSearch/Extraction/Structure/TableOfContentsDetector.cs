using System.Text.RegularExpressions;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// Finds the 目次 (table of contents): a title (<c>目次</c>, <c>目 次</c>, <c>Contents</c>) followed by entries with dotted
/// leaders and page numbers, or, in Word exports, by a run of heading-like entries without page numbers that ends where
/// the body repeats the first of them. Stray leader lines elsewhere are marked too. Pure.
/// </summary>
internal static partial class TableOfContentsDetector
{
    /// <summary>The result: which lines belong to a table of contents, and where the first one starts (-1 when none).</summary>
    public sealed record Result(bool[] Skip, int Start);

    /// <summary>Marks the table-of-contents lines.</summary>
    public static Result Detect(IReadOnlyList<SourceLine> lines)
    {
        var skip = new bool[lines.Count];
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i]) continue;
            if (IsTitle(lines[i].Key))
            {
                if (start < 0) start = i;
                skip[i] = true;
                var leaderMode = false;
                for (var k = i + 1; k < Math.Min(lines.Count, i + 6); k++)
                    if (HasLeader(lines[k].Text)) { leaderMode = true; break; }
                i = leaderMode ? SkipLeaderEntries(lines, skip, i + 1) : SkipPlainEntries(lines, skip, i + 1);
                continue;
            }
            if (HasLeader(lines[i].Text) && EndsWithPageNumber(lines[i].Text)) skip[i] = true;
        }
        return new Result(skip, start);
    }

    /// <summary>True for a 目次 / 目錄 / Contents title line, given its folded key (<see cref="SourceLine.Key"/>).</summary>
    public static bool IsTitle(string key) => key is "目次" or "目录" or "contents" or "tableofcontents";

    /// <summary>True when the line has a dotted leader (<c>……</c>, <c>.....</c>, <c>…………..</c>, <c>·····</c>).</summary>
    public static bool HasLeader(string text) => Leader().IsMatch(text);

    private static bool EndsWithPageNumber(string text) => PageNumberAtEnd().IsMatch(text);

    private static int SkipLeaderEntries(IReadOnlyList<SourceLine> lines, bool[] skip, int from)
    {
        var j = from;
        while (j < lines.Count)
        {
            var t = lines[j].Text;
            if (HasLeader(t) || PageNumberOnly().IsMatch(t)) { skip[j] = true; j++; continue; }
            // A long entry wraps: the first part has no leader, the next line has one.
            var next = j + 1 < lines.Count && HasLeader(lines[j + 1].Text);
            var next2 = j + 2 < lines.Count && HasLeader(lines[j + 2].Text) && !TextTools.HasSentencePunctuation(lines[j + 1].Text);
            if ((next || next2) && lines[j].Compact.Length <= 60 && !TextTools.HasSentencePunctuation(t)) { skip[j] = true; j++; continue; }
            break;
        }
        return j - 1;
    }

    private static int SkipPlainEntries(IReadOnlyList<SourceLine> lines, bool[] skip, int from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var j = from;
        while (j < lines.Count)
        {
            var key = Key(lines[j].Compact);
            if (seen.Contains(key)) break;
            var t = lines[j].Text;
            if (lines[j].Compact.Length > 60 || TextTools.HasSentencePunctuation(t) || lines[j].Source.Cells is not null) break;
            seen.Add(key);
            skip[j] = true;
            j++;
        }
        return j - 1;
    }

    private static string Key(string compact) => PageNumberAtEnd().Replace(compact, "").TrimEnd('.');

    [GeneratedRegex(@"(?:…{2,}|\.{4,}|·{4,}|…+\.+|(?:\.\s){4,}|—{6,}|_{6,})")]
    private static partial Regex Leader();

    [GeneratedRegex(@"(?:\d{1,3}|[IVXLⅠ-Ⅻivx]{1,6})\s*$")]
    private static partial Regex PageNumberAtEnd();

    [GeneratedRegex(@"^\s*(?:\d{1,3}|[IVXLⅠ-Ⅻivx]{1,6})\s*$")]
    private static partial Regex PageNumberOnly();
}
