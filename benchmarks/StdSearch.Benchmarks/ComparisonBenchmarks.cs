using BenchmarkDotNet.Attributes;
using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;

namespace StdSearch.Benchmarks;

/// <summary>
/// <see cref="StandardComparer.Compare"/> on two 300-clause standards built by recombining the clauses of the sample
/// GB/T 31999—2021 (A) and DB22/T 3999—2023 (B): B keeps the local edits (changed limits, 应→宜, rewording), so the
/// run aligns, classifies, diffs and compares limits as on a real pair. Goal: ≤ 100 ms on one core.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private StandardDocument _a = null!;
    private StandardDocument _b = null!;
    private readonly StandardComparer _comparer = new();

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new DocumentExtractor();
        var pdf = Path.Combine(BenchmarkCorpus.RepositoryRoot(), "corpus-samples", "pdf");
        _a = Recombine(extractor.ExtractAsync(Path.Combine(pdf, "gbt-31999-2021.pdf")).GetAwaiter().GetResult(), 300);
        _b = Recombine(extractor.ExtractAsync(Path.Combine(pdf, "db22t-3999-2023.pdf")).GetAwaiter().GetResult(), 300);
    }

    /// <summary>Chapters of ten clauses each, cycling through the sample's text clauses (same order on both sides).</summary>
    private static StandardDocument Recombine(StandardDocument source, int count)
    {
        var leaves = source.AllClauses().Where(c => c.Kind == ClauseKind.Clause && c.Text.Length > 0).ToList();
        var chapters = new List<Clause>();
        for (var ch = 0; ch * 10 < count; ch++)
        {
            var children = new List<Clause>();
            for (var k = 0; k < 10 && ch * 10 + k < count; k++)
            {
                var leaf = leaves[(ch * 10 + k) % leaves.Count];
                children.Add(leaf with { Number = $"{ch + 4}.{k + 1}", Text = $"第{ch + 1}组：" + leaf.Text });
            }
            chapters.Add(new Clause { Kind = ClauseKind.Chapter, Number = (ch + 4).ToString(), Heading = $"要求{ch + 1}", Children = children });
        }
        return source with { Clauses = chapters };
    }

    [Benchmark]
    public int Compare300Clauses() => _comparer.Compare(_a, _b).Pairs.Count;
}
