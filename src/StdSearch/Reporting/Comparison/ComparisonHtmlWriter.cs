using System.Net;
using System.Text;
using StdSearch.Comparison;
using StdSearch.Comparison.Requirements;

namespace StdSearch.Reporting.Comparison;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as one self-contained HTML file (inline CSS, no scripts, no external
/// resources): summary at the top, conflicts flagged, clauses side by side with deletions and insertions coloured,
/// identical clauses folded away, Chinese labels. Fits a laptop screen (1366 px). Thread-safe.
/// </summary>
public static class ComparisonHtmlWriter
{
    // The house style shared with the other HTML reports, then this report's own rules.
    private const string Css = HtmlReportStyle.Base + """
        .docs{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-bottom:10px}
        .doc{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 12px}
        .deg-IDT b{color:#1e7e34}.deg-MOD b{color:#b36b00}.deg-NEQ b{color:#c62828}
        ul.reasons{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:0;padding:8px 28px}
        td.num{width:70px;font-family:monospace;white-space:nowrap}
        col.n{width:72px}col.k{width:110px}
        del{background:#fdd;color:#a40000;text-decoration:line-through}ins{background:#d4f7d4;color:#075e07;text-decoration:none}
        .k-Identical{background:#eee}.k-Editorial{background:#e3f0ff}.k-Technical{background:#ffe0b2}.k-Moved{background:#ede7f6}
        .k-Translated{background:#e0f2f1}.k-Added{background:#d4f7d4}.k-Deleted{background:#fdd}
        tr.Technical td,tr.Added td,tr.Deleted td{background:#fffaf2}
        .why{color:#666;font-size:12px;margin-top:2px}
        .flag{color:#c62828;font-weight:600}.v-Contradictory{color:#c62828;font-weight:700}.v-AStricter,.v-BStricter{color:#b36b00;font-weight:600}
        details{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:6px 10px;margin-top:6px}
        ol.changes li{margin:2px 0}.ok{color:#1e7e34}.miss{color:#c62828}
        @media (max-width:900px){.docs{grid-template-columns:1fr}}
        """;

    /// <summary>The report as an HTML document.</summary>
    public static string Write(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        s.Append($"<title>标准比对 {E(result.A.Id)} ↔ {E(result.B.Id)}</title><style>{Css}</style></head><body><main>");
        s.Append($"<h1>标准比对：{E(result.A.Id)} ↔ {E(result.B.Id)}</h1>");
        s.Append("<div class=\"docs\">");
        s.Append($"<div class=\"doc\"><b>A</b> {E(result.A.Id)}<br>{E(result.A.Title)}</div>");
        s.Append($"<div class=\"doc\"><b>B</b> {E(result.B.Id)}<br>{E(result.B.Title)}</div></div>");
        var code = result.Degree.Degree switch { Documents.AdoptionDegree.Identical => "IDT", Documents.AdoptionDegree.Modified => "MOD", _ => "NEQ" };
        s.Append("<div class=\"cards\">");
        Card(s, $"{result.Overlap:P1}", "重合度（A 的规范性内容见于 B）");
        Card(s, $"{result.Coverage:P1}", "覆盖率（B 的条款有对应）");
        Card(s, result.TechnicalChangeCount.ToString(), "技术性差异");
        Card(s, result.ConflictCount.ToString(), "规定冲突", result.ConflictCount > 0 ? "flag" : "");
        s.Append($"<div class=\"card deg-{code}\"><b>{E(ComparisonLabels.Degree(result.Degree.Degree))}</b><span>一致性程度");
        if (result.Degree.Stated is { } stated)
            s.Append($"（声明 {E(ComparisonLabels.Degree(stated))}，{(result.Degree.AgreesWithStated == true ? "一致" : "<span class=\"flag\">不一致</span>")}）");
        s.Append("</span></div></div>");
        s.Append("<ul class=\"reasons\">");
        foreach (var r in result.Degree.Reasons) s.Append($"<li>{E(r)}</li>");
        s.Append("</ul>");

        if (result.Degree.StatedDeviations.Count > 0)
        {
            s.Append("<h2>文件所列技术差异</h2><table><colgroup><col class=\"n\"><col><col></colgroup><tr><th>章条</th><th>技术差异</th><th>比对结果</th></tr>");
            foreach (var d in result.Degree.StatedDeviations)
                s.Append($"<tr><td class=\"num\">{E(d.Clause)}</td><td>{E(d.Description)}</td><td class=\"{(d.Found ? "ok" : "miss")}\">{(d.Found ? "✔ " : "✘ ")}{E(d.Evidence)}</td></tr>");
            s.Append("</table>");
        }
        if (result.Conflicts.Count > 0)
        {
            s.Append("<h2>规定冲突</h2><table><colgroup><col class=\"n\"><col class=\"n\"><col><col><col><col class=\"k\"><col></colgroup>");
            s.Append("<tr><th>A</th><th>B</th><th>参数</th><th>A 的规定</th><th>B 的规定</th><th>结论</th><th>说明</th></tr>");
            foreach (var c in result.Conflicts)
                s.Append($"<tr><td class=\"num\">{E(c.ClauseA)}</td><td class=\"num\">{E(c.ClauseB)}</td><td>{E(c.Parameter)}</td><td>{E(c.A)}</td><td>{E(c.B)}</td><td class=\"v-{c.Verdict}\">{(c.Verdict == StrictnessVerdict.Contradictory ? "⚠ " : "")}{E(ComparisonLabels.Verdict(c.Verdict))}</td><td>{E(c.Explanation)}</td></tr>");
            s.Append("</table>");
        }
        if (result.Editions is { } e)
        {
            s.Append($"<h2>主要技术变化（比对生成）</h2><p>与 B 前言所列对照：<span class=\"ok\">吻合 {e.Matched.Count} 项</span>，<span class=\"miss\">遗漏 {e.Missed.Count} 项</span>，前言未列 {e.Extra.Count} 项。</p><ol class=\"changes\">");
            foreach (var d in e.Drafted) s.Append($"<li>{E(d.Text)}{(e.Extra.Contains(d) && e.Matched.Count + e.Missed.Count > 0 ? " <span class=\"tag k-Technical\">前言未列</span>" : "")}</li>");
            s.Append("</ol>");
            foreach (var m in e.Missed) s.Append($"<p class=\"miss\">遗漏：{E(m.Description)}</p>");
        }

        var counts = string.Join("，", result.Pairs.GroupBy(p => p.Kind).Select(g => $"{ComparisonLabels.Kind(g.Key)} {g.Count()}"));
        s.Append($"<h2>条款对照</h2><p>{E(counts)}。相同条款已折叠。</p>");
        s.Append("<table><colgroup><col class=\"n\"><col><col class=\"k\"><col class=\"n\"><col></colgroup><tr><th>A 条号</th><th>A 条文</th><th>类型</th><th>B 条号</th><th>B 条文</th></tr>");
        var identical = new StringBuilder();
        foreach (var p in result.Pairs)
        {
            var row = Row(p);
            if (p.Kind == PairKind.Identical) identical.Append(row); else s.Append(row);
        }
        s.Append("</table>");
        if (identical.Length > 0)
            s.Append($"<details><summary>相同条款 {result.Pairs.Count(p => p.Kind == PairKind.Identical)} 条</summary><table><colgroup><col class=\"n\"><col><col class=\"k\"><col class=\"n\"><col></colgroup>{identical}</table></details>");

        if (result.Terms.Count > 0)
        {
            s.Append("<h2>术语和定义</h2><table><colgroup><col class=\"k\"><col class=\"n\"><col><col></colgroup><tr><th>术语</th><th>差异</th><th>A 的定义</th><th>B 的定义</th></tr>");
            foreach (var t in result.Terms)
                s.Append($"<tr><td>{E(t.Designation)}</td><td>{E(ComparisonLabels.Difference(t.Kind))}</td><td>{E(t.DefinitionA)}</td><td>{E(t.DefinitionB)}</td></tr>");
            s.Append("</table>");
        }
        if (result.References.Count > 0)
        {
            s.Append("<h2>规范性引用文件</h2><table><colgroup><col><col><col class=\"n\"><col></colgroup><tr><th>A 引用</th><th>B 引用</th><th>差异</th><th>名称</th></tr>");
            foreach (var r in result.References)
                s.Append($"<tr><td>{E(r.A)}</td><td>{E(r.B)}</td><td>{E(ComparisonLabels.Difference(r.Kind))}</td><td>{E(r.Title)}</td></tr>");
            s.Append("</table>");
        }
        s.Append("</main></body></html>");
        return s.ToString();
    }

    private static string Row(ClausePair p)
    {
        string left, right;
        if (p.Diff.Count > 0)
        {
            var l = new StringBuilder(); var r = new StringBuilder();
            foreach (var d in p.Diff)
            {
                if (d.Operation != DiffOperation.Inserted) l.Append(d.Operation == DiffOperation.Deleted ? $"<del>{E(d.A)}</del>" : E(d.A));
                if (d.Operation != DiffOperation.Deleted) r.Append(d.Operation == DiffOperation.Inserted ? $"<ins>{E(d.B)}</ins>" : E(d.B));
            }
            left = l.ToString(); right = r.ToString();
        }
        else
        {
            left = p.Kind == PairKind.Deleted ? $"<del>{E(p.TextA)}</del>" : E(p.TextA);
            right = p.Kind == PairKind.Added ? $"<ins>{E(p.TextB)}</ins>" : E(p.TextB);
        }
        var why = p.Kind == PairKind.Identical ? "" : $"<div class=\"why\">{E(string.Join("；", p.Reasons))}</div>";
        var method = p.Method == AlignmentMethod.None ? "" : $"<div class=\"why\">{E(ComparisonLabels.Method(p.Method))} · 相似度 {p.Similarity:0.00} · 置信度 {p.Confidence:0.00}</div>";
        return $"<tr class=\"{p.Kind}\"><td class=\"num\">{E(ComparisonLabels.Numbers(p.A))}</td><td>{Lines(left)}</td>" +
               $"<td><span class=\"tag k-{p.Kind}\">{E(ComparisonLabels.Kind(p.Kind))}</span>{method}{why}</td>" +
               $"<td class=\"num\">{E(ComparisonLabels.Numbers(p.B))}</td><td>{Lines(right)}</td></tr>";
    }

    private static void Card(StringBuilder s, string value, string label, string css = "") =>
        s.Append($"<div class=\"card\"><b class=\"{css}\">{E(value)}</b><span>{E(label)}</span></div>");

    private static string Lines(string html) => html.Replace("\n", "<br>", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
