using System.Text;
using StdSearch.Comparison;

namespace StdSearch.Reporting.Comparison;

/// <summary>Writes a <see cref="ComparisonResult"/> as a Markdown report with Chinese labels: summary, conflicts, changed clauses with word diffs, terms, references, edition changes. Thread-safe.</summary>
public static class ComparisonMarkdownWriter
{
    /// <summary>The report as Markdown text.</summary>
    public static string Write(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = new StringBuilder();
        s.AppendLine($"# 标准比对：{result.A.Id} ↔ {result.B.Id}").AppendLine();
        s.AppendLine($"- A：{result.A.Id} {result.A.Title}");
        s.AppendLine($"- B：{result.B.Id} {result.B.Title}");
        s.AppendLine($"- 重合度（A 的规范性内容见于 B）：{result.Overlap:P1}；覆盖率（B 的条款有对应）：{result.Coverage:P1}");
        s.AppendLine($"- 技术性差异：{result.TechnicalChangeCount} 处；规定冲突：{result.ConflictCount} 项{(result.CrossLanguage ? "；跨语言比对" : "")}");
        s.AppendLine($"- 一致性程度：**{ComparisonLabels.Degree(result.Degree.Degree)}**").AppendLine();
        foreach (var r in result.Degree.Reasons) s.AppendLine($"  - {r}");
        s.AppendLine();
        var counts = result.Pairs.GroupBy(p => p.Kind).Select(g => $"{ComparisonLabels.Kind(g.Key)} {g.Count()}");
        s.AppendLine($"条款：{string.Join("，", counts)}").AppendLine();

        if (result.Degree.StatedDeviations.Count > 0)
        {
            s.AppendLine("## 文件所列技术差异").AppendLine().AppendLine("| 章条 | 技术差异 | 比对 |").AppendLine("|---|---|---|");
            foreach (var d in result.Degree.StatedDeviations) s.AppendLine($"| {d.Clause} | {Cell(d.Description)} | {(d.Found ? "✔ " : "✘ ")}{Cell(d.Evidence)} |");
            s.AppendLine();
        }
        if (result.Conflicts.Count > 0)
        {
            s.AppendLine("## 规定冲突").AppendLine().AppendLine("| 条款 A | 条款 B | 参数 | A | B | 结论 | 说明 |").AppendLine("|---|---|---|---|---|---|---|");
            foreach (var c in result.Conflicts)
                s.AppendLine($"| {c.ClauseA} | {c.ClauseB} | {Cell(c.Parameter)} | {Cell(c.A)} | {Cell(c.B)} | {ComparisonLabels.Verdict(c.Verdict)} | {Cell(c.Explanation)} |");
            s.AppendLine();
        }
        s.AppendLine("## 条款差异").AppendLine().AppendLine("| A | B | 类型 | 相似度 | 对齐 | 说明 | 差异（~~删除~~ **增加**） |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var p in result.Pairs.Where(p => p.Kind != PairKind.Identical))
            s.AppendLine($"| {ComparisonLabels.Numbers(p.A)} | {ComparisonLabels.Numbers(p.B)} | {ComparisonLabels.Kind(p.Kind)} | {p.Similarity:0.00} | {ComparisonLabels.Method(p.Method)} {p.Confidence:0.00} | {Cell(string.Join("；", p.Reasons))} | {Cell(Diff(p))} |");
        s.AppendLine();
        if (result.Terms.Count > 0)
        {
            s.AppendLine("## 术语").AppendLine().AppendLine("| 术语 | 差异 | A 的定义 | B 的定义 |").AppendLine("|---|---|---|---|");
            foreach (var t in result.Terms) s.AppendLine($"| {Cell(t.Designation)} | {ComparisonLabels.Difference(t.Kind)} | {Cell(t.DefinitionA)} | {Cell(t.DefinitionB)} |");
            s.AppendLine();
        }
        if (result.References.Count > 0)
        {
            s.AppendLine("## 规范性引用文件").AppendLine().AppendLine("| A | B | 差异 | 名称 |").AppendLine("|---|---|---|---|");
            foreach (var r in result.References) s.AppendLine($"| {r.A} | {r.B} | {ComparisonLabels.Difference(r.Kind)} | {Cell(r.Title)} |");
            s.AppendLine();
        }
        if (result.Editions is { } e)
        {
            s.AppendLine("## 主要技术变化（比对生成）").AppendLine();
            foreach (var d in e.Drafted) s.AppendLine(d.Text).AppendLine();
            s.AppendLine($"与 B 前言所列对照：吻合 {e.Matched.Count} 项，遗漏 {e.Missed.Count} 项，前言未列 {e.Extra.Count} 项").AppendLine();
            foreach (var m in e.Missed) s.AppendLine($"- 遗漏：{m.Description}");
            foreach (var x in e.Extra) s.AppendLine($"- 前言未列：{x.Text}");
        }
        return s.ToString();
    }

    private static string Diff(ClausePair p)
    {
        if (p.Diff.Count == 0) return p.Kind == PairKind.Added ? p.TextB : p.Kind == PairKind.Deleted ? p.TextA : "";
        var s = new StringBuilder();
        foreach (var d in p.Diff)
            s.Append(d.Operation switch
            {
                DiffOperation.Equal => d.B,
                DiffOperation.Deleted => $"~~{d.A.Trim()}~~",
                _ => $"**{d.B.Trim()}**",
            });
        return s.ToString();
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
