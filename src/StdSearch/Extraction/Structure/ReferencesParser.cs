using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// Reads the entries of the normative references chapter: each paragraph that starts with a standard number gives a
/// <see cref="NormativeReference"/> (number, title, adoption suffix); lead-in sentences are ignored. Pure.
/// </summary>
internal static partial class ReferencesParser
{
    /// <summary>The references in the chapter whose heading names them (<c>规范性引用文件</c>, <c>引用标准</c>, <c>Normative references</c>).</summary>
    public static List<NormativeReference> Collect(IEnumerable<ClauseNode> roots)
    {
        var result = new List<NormativeReference>();
        var chapter = roots.FirstOrDefault(r => r.Kind == ClauseKind.Chapter
            && (r.Heading.Contains("引用", StringComparison.Ordinal) || TextTools.Fold(r.Heading).Contains("normative references", StringComparison.Ordinal)));
        if (chapter is null) return result;
        foreach (var node in chapter.DescendantsAndSelf())
        {
            if (node.Kind is not (ClauseKind.Paragraph or ClauseKind.ListItem) || node.Text.Length == 0) continue;
            var entry = ParseEntry(node.Text);
            if (entry is not null && !result.Any(r => r.Id == entry.Id)) result.Add(entry);
        }
        return result;
    }

    /// <summary>One entry: <c>GB/T 2828.1—2012 计数抽样检验程序 第1部分：…（ISO 2859-1:1999，IDT）</c>.</summary>
    public static NormativeReference? ParseEntry(string text)
    {
        var ids = StandardIdFinder.FindAll(text);
        if (ids.Count == 0 || ids[0].Start > 1 && !IsRecommendationLabel(text.AsSpan(0, ids[0].Start))) return null;
        var first = ids[0];
        var rest = text[first.End..].Trim();
        Adoption? adoption = null;
        var am = AdoptionSuffix().Match(rest);
        if (am.Success)
        {
            adoption = CoverParser.ParseCoverAdoption(am.Value);
            rest = rest[..am.Index].Trim();
        }
        rest = rest.Trim('《', '》', ' ', '。', '；', ';');
        if (rest.Length > 0 && (rest.StartsWith("代替", StringComparison.Ordinal) || rest[0] is '、' or '，')) return null;
        return new NormativeReference(first.Id, TextTools.CleanInline(rest)) { Adoption = adoption };
    }

    // ISO reference lists write "Rec. ITU-R TF.460-6" and "Recommendation ITU-T X.509": the label comes before the id.
    private static bool IsRecommendationLabel(ReadOnlySpan<char> before)
    {
        var label = before.Trim();
        return label.Equals("Rec.", StringComparison.OrdinalIgnoreCase) || label.Equals("Recommendation", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[（(][^（()）]*[，,]\s*(?:IDT|MOD|NEQ|EQV|idt|mod|neq|eqv)\s*[)）]\s*[。；;]?$")]
    private static partial Regex AdoptionSuffix();
}
