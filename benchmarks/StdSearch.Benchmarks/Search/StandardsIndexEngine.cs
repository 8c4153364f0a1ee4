using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// Ours: <see cref="StandardsIndex"/> with a 256 MB RAM buffer (as the Lucene CJK peer gets). The generated standards
/// are built as <see cref="StandardDocument"/>s in memory (no extraction) and written with the public batch API
/// <see cref="StandardsIndex.AddOrReplaceManyAsync"/> (its default commit every 10,000 standards, and at the end).
/// Searches skip the facet counts (<see cref="SearchRequest.Facets"/> false): the peers count none.
/// Queries use the query language as a user types it: Traditional or Simplified words, quoted phrases, ids in messy
/// spellings, two words (AND is the default), and <c>level:</c> / <c>year:&gt;=</c> filters; page size 10 standards.
/// </summary>
internal sealed class StandardsIndexEngine(string folder, int threads = 1, int? commitEvery = null) : IScaleEngine
{
    private StandardsIndex? _index;
    private StandardsSearcher? _searcher;

    public string Name => "StdSearch StandardsIndex";

    public void Index(IEnumerable<ScaleStandard> standards)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        using (var writer = new StandardsIndex(folder, StandardsIndexOptions.Default with
               {
                   RamBufferMegabytes = 256,
                   IndexingThreads = threads,
                   CommitEveryStandards = commitEvery ?? StandardsIndexOptions.Default.CommitEveryStandards,
               }))
            writer.AddOrReplaceManyAsync(standards.Select(ToDocument)).GetAwaiter().GetResult();

        OpenExisting();
    }

    public void OpenExisting()
    {
        _index = new StandardsIndex(folder);
        _searcher = new StandardsSearcher(_index);
    }

    public int Search(ScaleQuery query)
    {
        var result = _searcher!.Search(new SearchRequest(Render(query)) { Facets = false });
        return result.Hits.Sum(h => Math.Max(1, h.Clauses.Count));
    }

    /// <summary>The query as a user types it in our query language.</summary>
    public static string Render(ScaleQuery query) =>
        query.Kind switch
        {
            ScaleQueryKind.Phrase => "\"" + query.Terms[0] + "\"",
            ScaleQueryKind.Id => query.MessyId,
            ScaleQueryKind.And => query.Terms[0] + " " + query.Terms[1],
            ScaleQueryKind.Filtered => $"{query.Terms[0]} level:{query.Level} year:>={query.FromYear}",
            _ => query.Terms[0],
        };

    public long SizeOnDisk() => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public void Dispose() => _index?.Dispose();

    private static StandardDocument ToDocument(ScaleStandard s)
    {
        var id = StandardId.Parse(s.Id);
        return new StandardDocument
        {
            Id = id,
            Key = id.Canonical,
            Title = s.Title,
            Clauses = s.Clauses.Select(c => new Clause
            {
                Kind = c.Number.Contains('.') ? ClauseKind.Clause : ClauseKind.Chapter,
                Number = c.Number,
                Heading = c.Heading,
                Text = c.Text,
            }).ToList(),
        };
    }
}
