using BenchmarkDotNet.Attributes;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Lifecycle;

namespace StdSearch.Benchmarks;

/// <summary>
/// The citation check of a 300-clause document against a registry of 100,000 standards: 100,000 indexed editions (60,000
/// numbers; 40,000 of them with a 代替 chain of two editions) plus a catalogue of 20,000 entries (statuses, a tenth
/// abolished). The document is the sample GB/T 31999—2021's clauses recombined to 300, each citing one or two of those
/// standards dated or undated, with 50 normative references. Goal: ≤ 50 ms. The registry is built once per index
/// generation (<see cref="BuildRegistry100k"/>, measured alongside); the peer resolves each citation by scanning every edition, as a check
/// without the id map would.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class CitationCheckBenchmarks
{
    private const int Numbers = 60_000;
    private const int Chained = 40_000;
    private List<StandardDocument> _indexed = null!;
    private Catalogue _catalogue = null!;
    private EditionRegistry _registry = null!;
    private StandardDocument _document = null!;
    private readonly LifecycleOptions _options = new() { AsOf = new DateOnly(2025, 12, 1) };

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _indexed = new List<StandardDocument>(Numbers + Chained);
        var catalogue = new List<CatalogueEntry>();
        for (var n = 0; n < Numbers; n++)
        {
            var number = 10000 + n;
            var first = StandardId.Parse($"GB/T {number}-{2000 + n % 15}");
            _indexed.Add(Standard(first, []));
            if (n < Chained)
            {
                var second = first.WithYear(2016 + n % 8);
                _indexed.Add(Standard(second, [first]));
            }
            if (n % 3 == 0)
                catalogue.Add(new CatalogueEntry
                {
                    Id = n < Chained ? first.WithYear(2016 + n % 8) : first,
                    Status = n % 30 == 0 ? LifecycleStatus.Abolished : LifecycleStatus.Current,
                });
        }
        _catalogue = new Catalogue(catalogue);
        _registry = EditionRegistry.Build(_indexed, _catalogue, _options);

        var extractor = new DocumentExtractor();
        var source = extractor.ExtractAsync(Path.Combine(BenchmarkCorpus.RepositoryRoot(), "corpus-samples", "pdf", "gbt-31999-2021.pdf"))
            .GetAwaiter().GetResult();
        _document = Citing(source, random);
        if (_indexed.Count != 100_000) throw new InvalidOperationException($"{_indexed.Count} standards, not 100,000");
    }

    private static StandardDocument Standard(StandardId id, IReadOnlyList<StandardId> replaces) => new()
    {
        Key = id.Canonical,
        Id = id,
        Title = "标准" + id.Number,
        Issued = new DateOnly(id.Year!.Value, 3, 1),
        Effective = new DateOnly(id.Year!.Value, 10, 1),
        Replaces = replaces,
    };

    private static string Cite(Random random)
    {
        var n = 10000 + random.Next(Numbers + 5000); // a few numbers nobody knows
        return random.Next(3) switch
        {
            0 => $"GB/T {n}",
            1 => $"GB/T {n}—{2000 + (n - 10000) % 15}",
            _ => $"GB/T {n}—{2016 + (n - 10000) % 8}",
        };
    }

    private static StandardDocument Citing(StandardDocument source, Random random)
    {
        var leaves = source.AllClauses().Where(c => c.Kind == ClauseKind.Clause && c.Text.Length > 0).ToList();
        var chapters = new List<Clause>
        {
            new()
            {
                Kind = ClauseKind.Chapter, Number = "2", Heading = "规范性引用文件",
                Children = Enumerable.Range(0, 50).Select(_ => new Clause { Kind = ClauseKind.Paragraph, Text = Cite(random) + " 某标准名称" }).ToList(),
            },
        };
        for (var ch = 0; ch < 30; ch++)
        {
            var children = new List<Clause>();
            for (var k = 0; k < 10; k++)
            {
                var leaf = leaves[(ch * 10 + k) % leaves.Count];
                var cites = random.Next(2) == 0 ? $"应符合{Cite(random)}的规定。" : $"应符合{Cite(random)}和{Cite(random)}的规定。";
                children.Add(leaf with { Number = $"{ch + 4}.{k + 1}", Text = leaf.Text + cites });
            }
            chapters.Add(new Clause { Kind = ClauseKind.Chapter, Number = (ch + 4).ToString(), Heading = $"要求{ch + 1}", Children = children });
        }
        var references = chapters[0].Children.Select(c => StandardIdFinder.FindAll(c.Text)[0].Id).Distinct().Select(id => new NormativeReference(id, "某标准名称")).ToList();
        return source with { Key = "GB/T 99999-2024", Id = StandardId.Parse("GB/T 99999-2024"), Issued = new DateOnly(2024, 1, 1), Clauses = chapters, NormativeReferences = references };
    }

    [Benchmark(Baseline = true)]
    public int Check300Clauses() => _registry.Check(_document).OutOfDate;

    /// <summary>
    /// The check as <c>stdsearch refs</c> runs it: against a <see cref="StandardsIndex"/> holding the same 100,000
    /// standards on disk, building the registry for the lineages the document cites
    /// (<see cref="IndexLifecycle.CheckAsync"/>: the index's list of standards, the cited editions' stored documents, the
    /// catalogue rows of those lineages), then checking.
    /// </summary>
    [Benchmark]
    public int Check300ClausesAgainstIndex() =>
        IndexLifecycle.CheckAsync(_index, _document, _catalogue, _options).GetAwaiter().GetResult().OutOfDate;

    private StandardsIndex _index = null!;
    private string _indexFolder = "";

    [GlobalSetup(Target = nameof(Check300ClausesAgainstIndex))]
    public void SetupIndex()
    {
        Setup();
        _indexFolder = Path.Combine(Path.GetTempPath(), "stdsearch-citation-bench-" + Guid.NewGuid().ToString("N"));
        _index = new StandardsIndex(_indexFolder, StandardsIndexOptions.Default with { RamBufferMegabytes = 256 });
        _index.AddOrReplaceManyAsync(_indexed).GetAwaiter().GetResult();
        if (_index.StandardCount != 100_000) throw new InvalidOperationException($"{_index.StandardCount} standards indexed, not 100,000");
    }

    [GlobalCleanup(Target = nameof(Check300ClausesAgainstIndex))]
    public void CleanupIndex()
    {
        _index.Dispose();
        Directory.Delete(_indexFolder, true);
    }

    [Benchmark]
    public int LinearScanPeer()
    {
        // Each citation looked up by scanning every edition of the index and catalogue for its number.
        var citations = CitationFinder.Find(_document);
        var outOfDate = 0;
        var editions = _registry.Editions as IReadOnlyCollection<Edition>;
        foreach (var c in citations)
        {
            Edition? newest = null;
            Edition? cited = null;
            foreach (var e in editions)
            {
                if (!e.Id.IsSameLineage(c.Id)) continue;
                if (e.Id == c.Id) cited = e;
                if (newest is null || e.Id.Year > newest.Id.Year) newest = e;
            }
            if (newest is not null && (cited ?? newest).Status != LifecycleStatus.Current) outOfDate++;
        }
        return outOfDate;
    }

    /// <summary>What the registry build costs, once per index generation (a few runs: it takes seconds).</summary>
    [Benchmark]
    public int BuildRegistry100k() => EditionRegistry.Build(_indexed, _catalogue, _options).Editions.Count;
}
