using System.Text.Json;
using StdSearch.Comparison;
using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Reporting;
using StdSearch.Reporting.Corpus;
using StdSearch.Tests.Search;

namespace StdSearch.Tests.Corpus;

public class PortfolioReporterTests : SampleIndexTests
{
    private PortfolioReport _local = null!;
    private PortfolioReport _national = null!;

    [OneTimeSetUp]
    public void Report()
    {
        var reporter = new PortfolioReporter();
        _local = reporter.Build(Corpus.Index, new PortfolioRequest("level:local region:吉林", "level:national"));
        _national = reporter.Build(Corpus.Index, new PortfolioRequest("level:national", "level:international") { Target = 0.5, Rule = ConsistencyRule.Adopted });
    }

    [Test]
    public void The_local_standard_corresponds_to_the_current_national_edition_and_is_not_consistent()
    {
        var entry = _local.Standards.Single();
        var revise = _local.Summary.ConflictsToRevise.Select(c => (c.Clause, c.Kind, c.Verdict)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Standard, Is.EqualTo("DB22/T 3999—2023"));
            Assert.That(entry.Reference, Is.EqualTo("GB/T 31999—2021"), "the 2015 edition is replaced by the 2021 one");
            Assert.That(entry.Degree, Is.EqualTo(AdoptionDegree.Modified));
            Assert.That(entry.Consistent, Is.False);
            Assert.That(revise, Is.EquivalentTo(new[]
            {
                ("5.2.3", ConflictKind.Limit, StrictnessVerdict.AStricter),
                ("5.4.1", ConflictKind.Limit, StrictnessVerdict.Contradictory),
                ("5.2.6", ConflictKind.Modality, StrictnessVerdict.AStricter),
            }), "looser and contradictory provisions are to be revised; the stricter 5.2.1 is allowed");
            Assert.That(entry.Conflicts.Any(c => c.Clause == "5.2.1" && c.Verdict == StrictnessVerdict.BStricter), Is.True);
            Assert.That(_local.Summary.Rate, Is.EqualTo(0));
            Assert.That(_local.Summary.MeetsTarget, Is.False);
            Assert.That(_local.Summary.Definition, Does.Contain("一致率 = 一致的标准数 ÷ 标准总数"));
            Assert.That(entry.Reason, Does.Contain("矛盾 1 项").And.Contain("宽于参照 2 项"));
        });
    }

    [Test]
    public void Adoptions_of_the_international_standard_are_consistent_under_the_adopted_rule()
    {
        var byId = _national.Standards.ToDictionary(e => e.Standard);
        Assert.Multiple(() =>
        {
            Assert.That(byId.Keys, Is.EquivalentTo(new[] { "GB/T 31999—2015", "GB/T 31999—2021", "GB/T 42871—2023", "GB/T 42872—2023" }));
            Assert.That(byId["GB/T 42871—2023"].Reference, Is.EqualTo("ISO 29875:2019"));
            Assert.That(byId["GB/T 42871—2023"].Degree, Is.EqualTo(AdoptionDegree.Identical));
            Assert.That(byId["GB/T 42872—2023"].Degree, Is.EqualTo(AdoptionDegree.Modified));
            Assert.That(byId["GB/T 42871—2023"].Consistent && byId["GB/T 42872—2023"].Consistent, Is.True);
            Assert.That(byId["GB/T 31999—2021"].Reference, Is.Null);
            Assert.That(byId["GB/T 31999—2021"].Consistent, Is.False, "no international counterpart under the adopted rule");
            Assert.That(_national.Summary.Rate, Is.EqualTo(0.5));
            Assert.That(_national.Summary.MeetsTarget, Is.True);
            Assert.That(_national.Summary.Duplicates.Where(d => d.Action == "abolish"), Is.Empty, "a stated IDT adoption is not a duplicate to abolish");
            Assert.That(_national.Summary.ByDegree.Single(d => d.Degree == "IDT").Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void The_writers_carry_the_rate_the_target_and_the_definition()
    {
        var html = PortfolioHtmlWriter.Write(_local);
        var csv = PortfolioCsvWriter.Write(_national).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(JsonReport.Serialize(_national));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<svg").And.Contain("目标 90%").And.Contain("一致率"));
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(_local.Summary.Definition)));
            Assert.That(csv[0], Is.EqualTo(string.Join(",", PortfolioCsvWriter.Columns)));
            Assert.That(csv, Has.Length.EqualTo(5));
            Assert.That(csv.Single(l => l.StartsWith("GB/T 42871—2023", StringComparison.Ordinal)), Does.Contain(",ISO 29875:2019,IDT,"));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("rate").GetDouble(), Is.EqualTo(0.5));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("definition").GetString(), Does.Contain("IDT 或 MOD"));
        });
    }
}
