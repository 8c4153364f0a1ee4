using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Corpus;

public class DraftCheckerTests : SampleIndexTests
{
    private DraftChecker _checker = null!;
    private readonly DocumentExtractor _extractor = new();

    [OneTimeSetUp]
    public void CreateTheChecker() => _checker = new DraftChecker(Corpus.Index);

    private async Task<DraftCheckResult> CheckAsync(params string[] path) =>
        _checker.Check(await _extractor.ExtractAsync(CorpusSamples.PathOf(path)));

    [Test]
    public async Task The_near_duplicate_draft_is_found_in_the_group_standard_with_its_changed_limits()
    {
        var r = await CheckAsync("docx", "t-hzev-007-2024-draft.docx");
        Assert.Multiple(() =>
        {
            Assert.That(r.Draft, Is.EqualTo("T/HZEV 007—2024"));
            Assert.That(r.Share, Is.InRange(0.85, 0.97), "22 of 25 text clauses are identical, four changed, one added");
            Assert.That(r.Sources[0].Standard, Is.EqualTo("T/JSEBA 018—2022"));
            Assert.That(r.Sources[0].Share, Is.GreaterThan(0.7));
            Assert.That(r.Sources.Skip(1).All(s => s.Share < 0.05), Is.True, "other standards share template text only");
            Assert.That(r.Clauses.Single(c => c.Clause == "5.4.5").Matches, Is.Empty, "the added clause is the draft's own");
            Assert.That(r.Clauses.Single(c => c.Clause == "5.2.2").Share, Is.EqualTo(1.0));
            Assert.That(r.Clauses.Single(c => c.Clause == "8.3").Share, Is.InRange(0.2, 0.8), "8.3 was reworded in part");
            var conflicts = r.Conflicts.Select(c => (c.DraftClause, c.Standard, c.Parameter, c.Existing, c.Proposed, c.Verdict)).ToList();
            Assert.That(conflicts, Is.EquivalentTo(new[]
            {
                ("5.1.2", "T/JSEBA 018—2022", "钢板厚度", "应 ≥ 1.2 mm", "应 ≥ 1.5 mm", StrictnessVerdict.BStricter),
                ("5.4.4", "T/JSEBA 018—2022", "上传时间", "应 ≤ 10 s", "应 ≤ 5 s", StrictnessVerdict.BStricter),
            }));
        });
    }

    [Test]
    public async Task A_local_standard_checked_against_the_index_shows_its_conflicts_with_the_national_one()
    {
        var r = await CheckAsync("pdf", "db22t-3999-2023.pdf");
        var national = r.Conflicts.Where(c => c.Standard == "GB/T 31999—2021").ToDictionary(c => c.DraftClause, c => c.Verdict);
        Assert.Multiple(() =>
        {
            Assert.That(national.GetValueOrDefault("5.2.1"), Is.EqualTo(StrictnessVerdict.BStricter), "25 ℃ → 20 ℃");
            Assert.That(national.GetValueOrDefault("5.2.3"), Is.EqualTo(StrictnessVerdict.AStricter), "3 ℃ → 5 ℃ is looser");
            Assert.That(national.GetValueOrDefault("5.4.1"), Is.EqualTo(StrictnessVerdict.Contradictory), "≥ 800 Pa vs ≤ 500 Pa");
            Assert.That(national.GetValueOrDefault("5.2.6"), Is.EqualTo(StrictnessVerdict.AStricter), "应 → 宜 weakens the requirement");
            Assert.That(national.Keys, Is.SubsetOf(new[] { "5.2.1", "5.2.3", "5.4.1", "5.2.6" }), "verbatim clauses have no conflict");
            Assert.That(r.Clauses.Single(c => c.Clause == "4.1.4").Matches, Is.Empty, "4.1.4 is a local addition");
            Assert.That(r.Share, Is.InRange(0.6, 0.9), "62 % of the clauses are verbatim, the rest reworded");
        });
    }

    [Test]
    public async Task Passages_are_found_across_scripts_with_spans_in_both_originals()
    {
        var cnsDocument = await _extractor.ExtractAsync(CorpusSamples.PathOf("pdf", "cns-16289.pdf"));
        var r = _checker.Check(cnsDocument);
        var cns = TextUnits.Of(cnsDocument).ToDictionary(u => u.Label, u => u.Text);
        var gb = TextUnits.Of(Corpus.Index.GetDocument("GB/T 42871-2023")!).ToDictionary(u => u.Label, u => u.Text);
        var match = r.Clauses.Single(c => c.Clause == "4.1.1").Matches.First(m => m.Standard == "GB/T 42871—2023");
        var passage = match.Passages.OrderByDescending(p => p.Characters).First();
        Assert.Multiple(() =>
        {
            Assert.That(match.Clause, Is.EqualTo("4.1.1"));
            Assert.That(passage.Text, Is.EqualTo("軟體介面與其他軟體分離"));
            Assert.That(passage.BText, Is.EqualTo("软件接口与其他软件分离"));
            Assert.That(cns["4.1.1"][passage.AStart..passage.AEnd], Is.EqualTo(passage.Text));
            Assert.That(gb["4.1.1"][passage.BStart..passage.BEnd], Is.EqualTo(passage.BText));
            foreach (var m in r.Clauses.SelectMany(c => c.Matches.Select(m => (c.Clause, m))))
                foreach (var p in m.m.Passages)
                    Assert.That(cns[m.Clause][p.AStart..p.AEnd], Is.EqualTo(p.Text));
        });
    }
}
