using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Search;

/// <summary>
/// A search on several threads cuts the index into slices of whole standards (<see cref="SearchSlices"/>), one collector
/// each, and merges them: it must answer exactly as one thread does, on an index of one segment (cut inside it) and of
/// several.
/// </summary>
public class SearchSlicesTests : SampleIndexTests
{
    private StandardsIndex _severalSegments = null!;
    private string _folder = null!;

    private static readonly string[] Queries =
    [
        "范围", "儲存油溫", "\"呼吸阀\"", "酸价 过氧化值", "GB/T 31999", "level:local 检验", "温度 year:>=2015", "充电柜外壳防护等级要求是多少",
        "电池 -充电", "thermal runaway", "检验 OR 试验",
    ];

    [OneTimeSetUp]
    public async Task IndexTheSamplesInSeveralSegments()
    {
        // The sample PDFs again, a commit every three standards and no merge: a segment per commit.
        var extractor = new DocumentExtractor();
        var documents = new List<StandardDocument>();
        foreach (var file in Directory.GetFiles(CorpusSamples.PathOf("pdf"), "*.pdf").Order(StringComparer.Ordinal))
            documents.Add(await extractor.ExtractAsync(file));
        _folder = Path.Combine(Path.GetTempPath(), "stdsearch-slices-" + Guid.NewGuid().ToString("N"));
        _severalSegments = new StandardsIndex(_folder,
            StandardsIndexOptions.Default with { IndexingThreads = 1, CommitEveryStandards = 3, MergeAfterBatch = false });
        await _severalSegments.AddOrReplaceManyAsync(documents);
    }

    [OneTimeTearDown]
    public void DeleteTheSeveralSegments()
    {
        _severalSegments.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private IEnumerable<StandardsIndex> Indexes() => [Corpus.Index, _severalSegments];

    [Test]
    public void The_fixture_has_an_index_of_one_segment_and_one_of_several()
    {
        Assert.That(Corpus.Index.SegmentCount(), Is.EqualTo(1));
        Assert.That(_severalSegments.SegmentCount(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Slices_cover_every_document_once_in_order_and_cut_only_where_a_standard_begins()
    {
        foreach (var index in Indexes())
        {
            var searcher = index.Acquire();
            try
            {
                var leaves = searcher.IndexReader.Leaves;
                foreach (var threads in new[] { 1, 2, 3, 4, 7 })
                {
                    var slices = SearchSlices.Plan(leaves, index.Blocks, threads);
                    var parts = slices.SelectMany(s => s).ToList();
                    Assert.That(slices, Has.All.Not.Empty);
                    if (threads == 1) Assert.That(slices, Has.Count.EqualTo(1));
                    else Assert.That(slices.Count, Is.InRange(2, threads + 1), $"{threads} threads");
                    // Concatenated, the parts are every segment from its first document to its last, in order.
                    var expected = leaves.SelectMany(l => Enumerable.Range(0, l.AtomicReader.MaxDoc).Select(d => (l.Ord, d)));
                    var covered = parts.SelectMany(p => Enumerable.Range(p.From, p.To - p.From).Select(d => (p.Leaf.Ord, d)));
                    Assert.That(covered, Is.EqualTo(expected), $"{threads} threads");
                    foreach (var part in parts.Where(p => p.From > 0))
                        Assert.That(index.Blocks.HeadsOf(part.Leaf.AtomicReader).Get(part.From), Is.True, "a cut starts a standard's block");
                }
            }
            finally
            {
                index.Release(searcher);
            }
        }
    }

    [Test]
    public void Several_threads_answer_exactly_as_one()
    {
        foreach (var index in Indexes())
        {
            var one = new StandardsSearcher(index, SearchOptions.Default with { SearchThreads = 1 });
            foreach (var threads in new[] { 2, 3, 4 })
            {
                var several = new StandardsSearcher(index, SearchOptions.Default with { SearchThreads = threads }) { MinDocumentsPerThread = 0 };
                foreach (var query in Queries)
                foreach (var page in new[] { 1, 2 })
                {
                    var request = new SearchRequest(query) { PageSize = 3, Page = page };
                    var expected = one.Search(request);
                    if (page == 1) Assert.That(expected.Hits, Is.Not.Empty, query);
                    Assert.That(Shown(several.Search(request)), Is.EqualTo(Shown(expected)), $"{query}, page {page}, {threads} threads");
                }
            }
        }
    }

    [Test]
    public async Task Searches_on_several_threads_running_at_once_answer_as_one_thread_alone()
    {
        // Eight searches at a time, each handing its slices and hits to pool threads: the shared pieces (the block
        // layout, the ideograph filters, the parsed ids, the pooled arrays) must not mix them up.
        var one = new StandardsSearcher(_severalSegments, SearchOptions.Default with { SearchThreads = 1 });
        var expected = Queries.ToDictionary(q => q, q => Shown(one.Search(new SearchRequest(q) { PageSize = 4 })));
        var several = new StandardsSearcher(_severalSegments, SearchOptions.Default with { SearchThreads = 3 }) { MinDocumentsPerThread = 0 };
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 8 * 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            var query = Queries[i % Queries.Length];
            if (!Shown(several.Search(new SearchRequest(query) { PageSize = 4 })).SequenceEqual(expected[query])) mismatches.Add(query);
            return ValueTask.CompletedTask;
        });
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void A_search_with_several_threads_ignores_the_threads_below_the_documents_per_thread()
    {
        // The samples are a few thousand documents: with the default minimum per thread the search runs on one.
        var searcher = new StandardsSearcher(Corpus.Index, SearchOptions.Default with { SearchThreads = 4 });
        Assert.That(Shown(searcher.Search(new SearchRequest("范围"))), Is.EqualTo(Shown(Corpus.Searcher.Search(new SearchRequest("范围")))));
    }

    [Test]
    public void A_search_answers_the_same_whatever_arrays_the_pool_hands_the_grouping()
    {
        // The shared pool allocates its arrays uninitialised: put arrays full of stale slots in it, in every size a
        // segment's Keys could ask for, and the grouping must not read them as matches.
        foreach (var index in Indexes())
        {
            var searcher = new StandardsSearcher(index, SearchOptions.Default with { SearchThreads = 1 });
            var expected = Queries.Select(q => Shown(searcher.Search(new SearchRequest(q) { PageSize = 5 }))).ToList();
            for (var length = 16; length <= 4096; length *= 2)
            {
                var stale = System.Buffers.ArrayPool<GroupingCollector.Slot>.Shared.Rent(length);
                for (var i = 0; i < stale.Length; i++)
                    stale[i] = new GroupingCollector.Slot { Best = 99f, BestDoc = i, Own = 99f, OwnDoc = i, Head = i };
                System.Buffers.ArrayPool<GroupingCollector.Slot>.Shared.Return(stale);
            }
            var actual = Queries.Select(q => Shown(searcher.Search(new SearchRequest(q) { PageSize = 5 }))).ToList();
            Assert.That(actual, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Work_items_run_once_each_and_the_first_failure_is_rethrown()
    {
        var runs = new int[100];
        SearchSlices.Run(runs.Length, 4, i => Interlocked.Increment(ref runs[i]));
        Assert.That(runs, Has.All.EqualTo(1));

        var ran = 0;
        var error = Assert.Throws<InvalidOperationException>(() => SearchSlices.Run(50, 3, i =>
        {
            Interlocked.Increment(ref ran);
            if (i == 17) throw new InvalidOperationException("item 17");
        }));
        Assert.That(error!.Message, Is.EqualTo("item 17"));
        Assert.That(ran, Is.EqualTo(50), "the other items still ran");
    }

    [Test]
    public void Options_refuse_fewer_than_one_search_thread() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = SearchOptions.Default with { SearchThreads = 0 });

    // Everything a result shows: totals, facets, and each hit with its clauses, snippets and scores.
    private static List<string> Shown(SearchResult r)
    {
        var lines = new List<string> { $"total {r.Total} clauses {r.TotalClauses}" };
        lines.AddRange(new[] { r.Facets.Level, r.Facets.Region, r.Facets.Ics, r.Facets.Year }
            .Select(f => string.Join(",", f.Select(c => $"{c.Value}={c.Count}"))));
        foreach (var h in r.Hits)
        {
            lines.Add($"{h.Key} {h.Id} {h.Title} {h.Level} {h.Status} {h.Score:R}");
            lines.AddRange(h.Clauses.Select(c => $"  {c.Number} {c.Score:R} {c.Marked}"));
        }
        return lines;
    }
}
