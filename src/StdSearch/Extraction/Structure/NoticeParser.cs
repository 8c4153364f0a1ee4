using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// Structures a document that is not a standard (a policy notice copied from a web page): sections numbered
/// <c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>（1）</c>, a title from <c>关于…的通知</c> or the first heading-like line. Pure.
/// </summary>
internal static partial class NoticeParser
{
    /// <summary>True when the lines look like a notice rather than a standard.</summary>
    public static bool LooksLikeNotice(IReadOnlyList<SourceLine> lines, bool[] skip)
    {
        var sections = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i]) continue;
            if (lines[i].Key is "1范围" or "前言" or "1主题内容与适用范围" or "1总则" or "1适用范围") return false;
            if (Level1().IsMatch(lines[i].Text.Trim())) sections++;
        }
        return sections >= 2;
    }

    /// <summary>The title and top-level elements of a notice.</summary>
    public static (string Title, List<ClauseNode> Clauses) Parse(IReadOnlyList<SourceLine> lines, bool[] skip)
    {
        var title = "";
        var top = new List<ClauseNode>();
        var stack = new List<(int Level, ClauseNode Node)>();
        ClauseNode? block = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i]) continue;
            var line = lines[i];
            var text = TextTools.CleanInline(line.Text);
            if (title.Length == 0 && stack.Count == 0 && (NoticeTitle().IsMatch(line.Compact) || IsShortHeading(text) && top.Count == 0))
            {
                title = text;
                continue;
            }
            var (level, number, rest) = Section(text);
            if (level > 0)
            {
                var (heading, body) = SplitHeading(rest);
                var node = new ClauseNode(ClauseKind.Section) { Number = number, Heading = heading, Text = body };
                node.Touch(line.Page);
                while (stack.Count > 0 && stack[^1].Level >= level) stack.RemoveAt(stack.Count - 1);
                if (stack.Count == 0) top.Add(node);
                else stack[^1].Node.Children.Add(node);
                stack.Add((level, node));
                block = body.Length > 0 ? node : null;
                continue;
            }
            if (block is not null && !line.Source.StartsParagraph && !EndsSentence(block.Text))
            {
                block.AppendText(text);
                block.Touch(line.Page);
                continue;
            }
            var para = new ClauseNode(ClauseKind.Paragraph) { Text = text };
            para.Touch(line.Page);
            if (stack.Count == 0) top.Add(para);
            else stack[^1].Node.Children.Add(para);
            block = para;
        }
        return (title, top);
    }

    private static bool EndsSentence(string t) => t.Length > 0 && t[^1] is '。' or '：' or '！' or '？' or '；';

    private static bool IsShortHeading(string text) =>
        TextTools.Compact(text).Length is > 3 and <= 40 && !TextTools.HasSentencePunctuation(text) && TextTools.HasIdeograph(text);

    private static (int Level, string Number, string Remainder) Section(string text)
    {
        Match m;
        if ((m = Level1().Match(text)).Success) return (1, m.Groups["n"].Value, m.Groups["rest"].Value);
        if ((m = Level2().Match(text)).Success) return (2, "（" + m.Groups["n"].Value + "）", m.Groups["rest"].Value);
        if ((m = Level3().Match(text)).Success) return (3, m.Groups["n"].Value, m.Groups["rest"].Value);
        if ((m = Level4().Match(text)).Success) return (4, "（" + m.Groups["n"].Value + "）", m.Groups["rest"].Value);
        return (0, "", "");
    }

    private static (string Heading, string Body) SplitHeading(string rest)
    {
        var r = rest.Trim();
        var stop = r.IndexOfAny(['。', '：', '；']);
        if (stop < 0) return TextTools.Compact(r).Length <= 30 ? (r, "") : ("", r);
        var head = r[..stop];
        var body = r[(stop + 1)..].Trim();
        if (body.Length > 0 && TextTools.Compact(head).Length <= 30 && !head.Contains('，')) return (head, body);
        return ("", r);
    }

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})[、．.]\s*(?<rest>.*)$")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^[（(](?<n>[一二三四五六七八九十]{1,3})[)）]\s*(?<rest>.*)$")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.．、](?!\d)\s*(?<rest>.*)$")]
    private static partial Regex Level3();

    [GeneratedRegex(@"^[（(](?<n>\d{1,2})[)）]\s*(?<rest>.*)$")]
    private static partial Regex Level4();

    [GeneratedRegex(@"^关于.{2,60}的(?:通知|意见|通告|公告|决定|批复|函)$")]
    private static partial Regex NoticeTitle();
}
