using StdSearch.Indexing;
using StdSearch.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Search;

/// <summary>The bundled samples indexed once into a temporary folder, shared by the search tests of one fixture.</summary>
internal sealed class CorpusIndex : IDisposable
{
    private CorpusIndex(string folder, StandardsIndex index, IngestReport report)
    {
        Folder = folder;
        Index = index;
        Report = report;
        Searcher = new StandardsSearcher(index);
    }

    public string Folder { get; }
    public StandardsIndex Index { get; }
    public IngestReport Report { get; }
    public StandardsSearcher Searcher { get; }

    public static async Task<CorpusIndex> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stdsearch-tests-" + Guid.NewGuid().ToString("N"));
        var index = new StandardsIndex(folder);
        var report = await index.IngestAsync([CorpusSamples.Folder]);
        return new CorpusIndex(folder, index, report);
    }

    public SearchResult Search(string query, int pageSize = 20) => Searcher.Search(new SearchRequest(query) { PageSize = pageSize });

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A fixture over the bundled samples indexed once (<see cref="CorpusIndex"/>): derive from it for tests that
/// read the sample index. Its one-time set-up runs before the derived class's own.</summary>
public abstract class SampleIndexTests
{
    internal CorpusIndex Corpus { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task IndexTheSamples() => Corpus = await CorpusIndex.CreateAsync();

    [OneTimeTearDown]
    public void DisposeTheSampleIndex() => Corpus?.Dispose();
}
