using System.Text.Json;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Search;

/// <summary>
/// A large index's segments are shared out among threads for the pass over every match: the results (groups, order,
/// scores, clauses, snippets, totals, facets, pages) are exactly those of one thread.
/// </summary>
[TestFixture]
public sealed class ParallelSearchTests
{
    private string _folder = "";
    private StandardsIndex? _index;

    [OneTimeSetUp]
    public async Task IndexInManySegments()
    {
        _folder = Path.Combine(Path.GetTempPath(), "stdsearch-parallel-" + Guid.NewGuid().ToString("N"));
        // A commit per file: one segment per standard (until merges join some).
        _index = new StandardsIndex(_folder, StandardsIndexOptions.Default with { CommitEveryFiles = 1 });
        await _index.IngestAsync([CorpusSamples.Folder]);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _index?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [TestCase("储存油温")]
    [TestCase("儲存油溫 OR 充电柜")]
    [TestCase("\"外壳防护等级\"")]
    [TestCase("温度 level:national year:>=2015")]
    [TestCase("GB/T 31999")]
    [TestCase("范围 OR Scope OR 適用範圍")]
    [TestCase("充电柜外壳防护等级要求是多少")]
    public void Segments_shared_out_among_threads_give_the_results_of_one_thread(string query)
    {
        var searcher = new StandardsSearcher(_index!);
        var leaves = _index!.Acquire();
        int segments;
        try { segments = leaves.IndexReader.Leaves.Count; }
        finally { _index.Release(leaves); }
        Assert.That(segments, Is.GreaterThan(2), "the index has several segments");

        var one = SearchOptions.Default with { SearchThreads = 1 };
        var shared = SearchOptions.Default with { SearchThreads = 3, ParallelFromDocuments = 0 };
        Assert.That(StandardsSearcher.Partition(LeavesOf(_index), 3, 0), Has.Count.EqualTo(3), "three parts searched at once");
        for (var page = 1; page <= 2; page++)
        {
            var a = searcher.Search(new SearchRequest(query) { Options = one, PageSize = 3, Page = page });
            var b = searcher.Search(new SearchRequest(query) { Options = shared, PageSize = 3, Page = page });
            Assert.That(a.Total, Is.GreaterThan(0), query);
            Assert.That(JsonSerializer.Serialize(b, JsonReport.Compact), Is.EqualTo(JsonSerializer.Serialize(a, JsonReport.Compact)), $"{query}, page {page}");
        }
    }

    private static IList<Lucene.Net.Index.AtomicReaderContext> LeavesOf(StandardsIndex index)
    {
        var searcher = index.Acquire();
        try { return searcher.IndexReader.Leaves; }
        finally { index.Release(searcher); }
    }
}
