using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Comparison;

/// <summary>
/// Published standards from ../shared/real-standards (skipped when absent; their text is never committed). The floors
/// are the measured state; each test prints its summary.
/// </summary>
[Category("RealStandards")]
public class RealPairComparisonTests
{
    private static ComparisonResult CompareFiles(string a, string b, ComparisonOptions? options = null)
    {
        var extractor = new DocumentExtractor();
        var da = extractor.ExtractAsync(RealStandards.PathOf(a)).GetAwaiter().GetResult();
        var db = extractor.ExtractAsync(RealStandards.PathOf(b)).GetAwaiter().GetResult();
        var result = new StandardComparer(options).Compare(da, db);
        var kinds = string.Join(", ", result.Pairs.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}"));
        TestContext.Out.WriteLine($"{a} vs {b}: overlap {result.Overlap:P1}, coverage {result.Coverage:P1}, degree {result.Degree.Degree}, {kinds}, conflicts {result.ConflictCount}");
        if (result.Editions is { } e)
            TestContext.Out.WriteLine($"  change list: drafted {e.Drafted.Count}, printed {e.Matched.Count + e.Missed.Count}, matched {e.Matched.Count}, missed {e.Missed.Count}, extra {e.Extra.Count}");
        return result;
    }

    [Test]
    public void Jt808_draft_against_published_is_mostly_unchanged()
    {
        var result = CompareFiles("JT-T-808-2011-draft.pdf", "JT-T-808-2011.pdf");
        var matched = result.Pairs.Count(p => p.A.Count > 0 && p.B.Count > 0);
        Assert.That(matched, Is.GreaterThan(result.Pairs.Count / 2));
        Assert.That(result.Overlap, Is.GreaterThan(0.6));
    }

    // Measured 2026-11: 29 technical pairs and 2 conflicts before byte offsets, table references, hex ids, running
    // headers and clause numbers in the text were told apart from values; 12 and 1 after (ceilings leave a little room).
    [Test]
    public void Jt808_draft_against_published_reports_few_technical_changes()
    {
        var result = CompareFiles("JT-T-808-2011-draft.pdf", "JT-T-808-2011.pdf");
        foreach (var p in result.Pairs.Where(p => p.Kind == PairKind.Technical))
            TestContext.Out.WriteLine($"  technical {string.Join("+", p.A)} / {string.Join("+", p.B)}: {string.Join("；", p.Reasons)}");
        var technical = result.Pairs.Count(p => p.Kind == PairKind.Technical);
        var unchanged = result.Pairs.Count(p => p.Kind is PairKind.Identical or PairKind.Editorial);
        Assert.Multiple(() =>
        {
            Assert.That(technical, Is.InRange(8, 14));
            Assert.That(unchanged, Is.GreaterThanOrEqualTo(90));
            Assert.That(result.ConflictCount, Is.LessThanOrEqualTo(1));
            // 表 63 extracted as "表 630" in the draft; byte offsets shifted by a removed field: not value changes.
            Assert.That(result.PairAt("8.39").Kind, Is.Not.EqualTo(PairKind.Technical));
            Assert.That(result.PairAt("8.49").Kind, Is.Not.EqualTo(PairKind.Technical));
            // A changed message id stays technical, as an identifier.
            Assert.That(result.PairAt("8.38").Reasons, Has.Some.StartsWith("标识符：0x8101 → 0x8701"));
        });
    }

    [Test]
    public void Jt808_2011_to_2013_change_list_is_checked_against_the_foreword()
    {
        var result = CompareFiles("JT-T-808-2011.pdf", "JT-T-808-2013.pdf", ComparisonOptions.Default with { Editions = EditionMode.Always });
        Assert.That(result.Editions, Is.Not.Null);
        foreach (var m in result.Editions!.Missed) TestContext.Out.WriteLine("  missed: " + m.Description);
    }

    [Test]
    public void Iso_14496_12_editions_align()
    {
        var result = CompareFiles("ISO-IEC-14496-12-2005.pdf", "ISO-IEC-14496-12-2012.pdf");
        Assert.That(result.Coverage, Is.GreaterThan(0.5));
        Assert.That(result.Pairs.Where(p => p.A.Count > 0 && p.B.Count > 0), Is.Not.Empty);
    }
}
