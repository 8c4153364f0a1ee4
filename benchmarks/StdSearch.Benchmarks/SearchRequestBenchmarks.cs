using BenchmarkDotNet.Attributes;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Search;

namespace StdSearch.Benchmarks;

/// <summary>
/// One request of the server's search endpoint without HTTP: the search and its JSON (what <c>GET /api/search</c> does),
/// for each query of <c>benchmarks/server/search.lua</c>, on an index of <c>corpus-samples/</c>. The allocated bytes per
/// request are the point: they set how often the garbage collector pauses the server under load (benchmarks/README.md,
/// "Server: search under load").
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SearchRequestBenchmarks
{
    private string _folder = "";
    private StandardsIndex _index = null!;
    private StandardsSearcher _searcher = null!;

    /// <summary>The queries of search.lua: Traditional words, a question, a number, field filters, a phrase, English, NOT.</summary>
    [Params("儲存油溫", "储油罐多久清洗一次", "GB/T 31999-2021", "油温 level:local", "\"储存期间\"",
        "温度监测 year:>=2020", "充电 安全", "thermal runaway", "储油罐 NOT 充氮", "冷链 region:吉林")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "stdsearch-bench-request-" + Guid.NewGuid().ToString("N"));
        _index = new StandardsIndex(_folder);
        _index.IngestAsync([Path.Combine(BenchmarkCorpus.RepositoryRoot(), "corpus-samples")]).GetAwaiter().GetResult();
        _searcher = new StandardsSearcher(_index);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public string SearchAndJson() => SearchJsonWriter.Write(_searcher.Search(new SearchRequest(Query)), indented: false);
}
