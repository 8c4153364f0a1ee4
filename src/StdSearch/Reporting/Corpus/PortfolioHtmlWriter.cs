using System.Globalization;
using System.Net;
using System.Text;
using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;

namespace StdSearch.Reporting.Corpus;

/// <summary>
/// Writes a <see cref="PortfolioReport"/> as one self-contained HTML file (inline CSS and an inline SVG chart of the
/// consistency rate against the target, no scripts, no external resources), in the house style of the comparison report:
/// summary cards, the definition, the chart, the standards to abolish or merge, the provisions to revise, and one row per
/// standard. Chinese labels. Thread-safe.
/// </summary>
public static class PortfolioHtmlWriter
{
    // The house style shared with the other HTML reports, then this report's own rules.
    private const string Css = HtmlReportStyle.Base + """
        .box{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 14px;margin-bottom:10px}
        col.n{width:72px}col.k{width:110px}col.id{width:160px}
        .yes{color:#1e7e34;font-weight:600}.no{color:#c62828;font-weight:600}
        .d-IDT{background:#d4f7d4}.d-MOD{background:#fff3cd}.d-NEQ{background:#fdd}.d-none{background:#eee}
        .v-Contradictory{color:#c62828;font-weight:700}.v-AStricter{color:#b36b00;font-weight:600}.v-BStricter{color:#1e7e34}
        .why{color:#666;font-size:12px}
        """;

    /// <summary>The report as an HTML document.</summary>
    public static string Write(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sum = report.Summary;
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        s.Append($"<title>标准体系一致性报告 {E(report.Request.Set)}</title><style>{Css}</style></head><body><main>");
        s.Append($"<h1>标准体系一致性报告</h1><div class=\"box\">评估范围：<code>{E(report.Request.Set)}</code>（{sum.Standards} 项）　参照标准：<code>{E(report.Request.Reference)}</code>（{sum.References} 项）</div>");
        s.Append("<div class=\"cards\">");
        Card(s, Percent(sum.Rate), "一致率", sum.MeetsTarget ? "yes" : "no");
        Card(s, Percent(sum.Target), "目标");
        Card(s, $"{sum.Consistent} / {sum.Standards}", "一致 / 总数");
        Card(s, sum.WithReference.ToString(CultureInfo.InvariantCulture), "有对应参照标准");
        Card(s, sum.ConflictsToRevise.Count.ToString(CultureInfo.InvariantCulture), "待修订规定", sum.ConflictsToRevise.Count > 0 ? "no" : "");
        Card(s, sum.Duplicates.Count.ToString(CultureInfo.InvariantCulture), "重复标准（废止/合并）", sum.Duplicates.Count > 0 ? "no" : "");
        s.Append("</div>");
        s.Append(Chart(sum));
        s.Append($"<div class=\"box\"><b>一致的定义</b>：{E(sum.Definition)}</div>");

        if (sum.Duplicates.Count > 0)
        {
            s.Append("<h2>重复标准</h2><table><colgroup><col class=\"id\"><col class=\"id\"><col class=\"n\"><col class=\"n\"><col></colgroup><tr><th>标准</th><th>重复于</th><th>建议</th><th>相似度</th><th>理由</th></tr>");
            foreach (var d in sum.Duplicates)
                s.Append($"<tr><td>{E(d.Standard)}</td><td>{E(d.DuplicateOf)}</td><td>{(d.Action == "merge" ? "合并" : "废止")}</td><td>{d.Similarity:0.00}</td><td>{E(d.Reason)}</td></tr>");
            s.Append("</table>");
        }
        if (sum.ConflictsToRevise.Count > 0)
        {
            s.Append("<h2>待修订的规定</h2>");
            ConflictTable(s, sum.ConflictsToRevise);
        }
        s.Append("<h2>逐项结果</h2><table><colgroup><col class=\"id\"><col><col class=\"id\"><col class=\"n\"><col class=\"n\"><col class=\"n\"><col class=\"k\"><col></colgroup>");
        s.Append("<tr><th>标准</th><th>名称</th><th>对应参照标准</th><th>一致性程度</th><th>重合度</th><th>条款对应</th><th>一致</th><th>说明</th></tr>");
        foreach (var e in report.Standards)
        {
            var code = e.Degree == AdoptionDegree.None ? "none" : e.Degree.ToCode();
            var others = e.Candidates.Skip(1).Select(c => $"{c.Reference} {(c.Degree == AdoptionDegree.None ? "" : c.Degree.ToCode())} {c.Coverage:P0}（{c.Found}）");
            var found = e.Candidates.Count > 0 ? $"<div class=\"why\">{E(e.Candidates[0].Found)}</div>" : "";
            s.Append($"<tr><td>{E(e.Standard)}</td><td>{E(e.Title)}</td><td>{E(e.Reference ?? "—")}{found}</td>" +
                     $"<td><span class=\"tag d-{code}\">{(code == "none" ? "无" : code)}</span></td><td>{e.Overlap:P0}</td><td>{e.Coverage:P0}</td>" +
                     $"<td class=\"{(e.Consistent ? "yes" : "no")}\">{(e.Consistent ? "✔ 一致" : "✘ 不一致")}</td><td>{E(e.Reason)}" +
                     $"{(others.Any() ? $"<div class=\"why\">其他候选：{E(string.Join("；", others))}</div>" : "")}</td></tr>");
        }
        s.Append("</table>");
        var informative = report.Standards.SelectMany(e => e.Conflicts).Where(c => !c.MustRevise).ToList();
        if (informative.Count > 0)
        {
            s.Append("<h2>其他差异（严于参照或不可比）</h2>");
            ConflictTable(s, informative);
        }
        s.Append("</main></body></html>");
        return s.ToString();
    }

    // A horizontal gauge of the rate with the target as a dashed line, and beside it the standards by degree.
    private static string Chart(PortfolioSummary sum)
    {
        const int width = 640, left = 90, barWidth = 500;
        var s = new StringBuilder();
        s.Append($"<div class=\"box\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"170\" viewBox=\"0 0 {width} 170\" role=\"img\" aria-label=\"一致率 {Percent(sum.Rate)}，目标 {Percent(sum.Target)}\">");
        s.Append("<style>text{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;font-size:12px;fill:#333}</style>");
        var rateX = left + barWidth * Math.Clamp(sum.Rate, 0, 1);
        var targetX = left + barWidth * Math.Clamp(sum.Target, 0, 1);
        s.Append($"<text x=\"0\" y=\"35\">一致率</text><rect x=\"{left}\" y=\"20\" width=\"{barWidth}\" height=\"22\" fill=\"#eef1f5\" rx=\"3\"/>");
        s.Append($"<rect x=\"{left}\" y=\"20\" width=\"{F(rateX - left)}\" height=\"22\" fill=\"{(sum.MeetsTarget ? "#1e7e34" : "#c62828")}\" rx=\"3\"/>");
        s.Append($"<text x=\"{F(Math.Min(rateX + 4, left + barWidth - 40))}\" y=\"15\">{Percent(sum.Rate)}</text>");
        s.Append($"<line x1=\"{F(targetX)}\" y1=\"14\" x2=\"{F(targetX)}\" y2=\"50\" stroke=\"#3367d6\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
        s.Append($"<text x=\"{F(Math.Min(targetX - 20, left + barWidth - 60))}\" y=\"64\" fill=\"#3367d6\">目标 {Percent(sum.Target)}</text>");
        for (var t = 0; t <= 100; t += 25)
            s.Append($"<text x=\"{F(left + barWidth * t / 100.0 - 8)}\" y=\"80\" fill=\"#888\">{t}%</text>");
        // Standards by degree, as stacked shares of the set.
        s.Append("<text x=\"0\" y=\"118\">一致性程度</text>");
        var colors = new Dictionary<string, string> { ["IDT"] = "#4caf50", ["MOD"] = "#ffb300", ["NEQ"] = "#e57373", ["none"] = "#bdbdbd" };
        double x = left;
        var total = Math.Max(1, sum.Standards);
        var legend = left;
        foreach (var d in sum.ByDegree)
        {
            var w = barWidth * (double)d.Count / total;
            if (w > 0) s.Append($"<rect x=\"{F(x)}\" y=\"103\" width=\"{F(w)}\" height=\"22\" fill=\"{colors.GetValueOrDefault(d.Degree, "#999")}\"/>");
            x += w;
            s.Append($"<rect x=\"{legend}\" y=\"140\" width=\"12\" height=\"12\" fill=\"{colors.GetValueOrDefault(d.Degree, "#999")}\"/><text x=\"{legend + 16}\" y=\"151\">{(d.Degree == "none" ? "无对应" : d.Degree)} {d.Count}</text>");
            legend += 110;
        }
        s.Append("</svg></div>");
        return s.ToString();
    }

    private static void ConflictTable(StringBuilder s, IEnumerable<ConflictAction> conflicts)
    {
        s.Append("<table><colgroup><col class=\"id\"><col class=\"n\"><col class=\"id\"><col class=\"n\"><col class=\"k\"><col><col><col class=\"k\"><col></colgroup>");
        s.Append("<tr><th>标准</th><th>条款</th><th>参照标准</th><th>条款</th><th>参数</th><th>本标准规定</th><th>参照标准规定</th><th>结论</th><th>说明</th></tr>");
        foreach (var c in conflicts)
            s.Append($"<tr><td>{E(c.Standard)}</td><td>{E(c.Clause)}</td><td>{E(c.Reference)}</td><td>{E(c.ReferenceClause)}</td><td>{E(c.Parameter)}</td>" +
                     $"<td>{E(c.Value)}</td><td>{E(c.ReferenceValue)}</td><td class=\"v-{c.Verdict}\">{E(Verdict(c.Verdict))}</td><td>{E(c.Explanation)}</td></tr>");
        s.Append("</table>");
    }

    private static string Verdict(StrictnessVerdict v) => v switch
    {
        StrictnessVerdict.Contradictory => "⚠ 矛盾",
        StrictnessVerdict.AStricter => "宽于参照",
        StrictnessVerdict.BStricter => "严于参照",
        StrictnessVerdict.Same => "一致",
        _ => "不可比",
    };

    private static void Card(StringBuilder s, string value, string label, string css = "") =>
        s.Append($"<div class=\"card\"><b class=\"{css}\">{E(value)}</b><span>{E(label)}</span></div>");

    private static string Percent(double v) => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
