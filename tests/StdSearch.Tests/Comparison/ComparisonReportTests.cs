using System.Text.Json;
using StdSearch.Reporting.Comparison;
using static StdSearch.Tests.Comparison.ComparisonSamples;

namespace StdSearch.Tests.Comparison;

/// <summary>The JSON, Markdown and HTML writers.</summary>
public class ComparisonReportTests
{
    [Test]
    public void Json_has_the_documented_keys()
    {
        using var json = JsonDocument.Parse(ComparisonJsonWriter.Write(Compare("gbt-31999-2021", "db22t-3999-2023")));
        var root = json.RootElement;
        foreach (var key in new[] { "a", "b", "overlap", "coverage", "degree", "degreeReasons", "pairs", "conflicts", "changes" })
            Assert.That(root.TryGetProperty(key, out _) || key == "changes", key);
        Assert.That(root.GetProperty("degree").GetString(), Is.EqualTo("MOD"));
        var pair = root.GetProperty("pairs").EnumerateArray().First(p => p.GetProperty("kind").GetString() == "technical");
        foreach (var key in new[] { "a", "b", "kind", "similarity", "diff" }) Assert.That(pair.TryGetProperty(key, out _), key);
        var conflict = root.GetProperty("conflicts")[0];
        foreach (var key in new[] { "parameter", "a", "b", "verdict" }) Assert.That(conflict.TryGetProperty(key, out _), key);
    }

    [Test]
    public void Json_lists_edition_changes()
    {
        using var json = JsonDocument.Parse(ComparisonJsonWriter.Write(Compare("gbt-31999-2015", "gbt-31999-2021")));
        Assert.That(json.RootElement.GetProperty("changes").GetProperty("drafted").GetArrayLength(), Is.EqualTo(7));
    }

    [Test]
    public void Html_is_one_self_contained_file_with_the_summary_first()
    {
        var html = ComparisonHtmlWriter.Write(Compare("gbt-31999-2021", "db22t-3999-2023"));
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Contain("<style>"));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("<script"));
        Assert.That(html.IndexOf("重合度", StringComparison.Ordinal), Is.LessThan(html.IndexOf("条款对照", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain("25</del>").And.Contain("20</ins>"));
    }

    [Test]
    public void Markdown_has_the_summary_and_the_changed_clauses()
    {
        var md = ComparisonMarkdownWriter.Write(Compare("gbt-31999-2021", "db22t-3999-2023"));
        Assert.That(md, Does.StartWith("# 标准比对：GB/T 31999—2021 ↔ DB22/T 3999—2023"));
        Assert.That(md, Does.Contain("~~25~~**20**"));
    }
}
