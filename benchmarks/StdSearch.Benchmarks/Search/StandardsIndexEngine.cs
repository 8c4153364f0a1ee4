using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// Ours: <see cref="StandardsIndex"/> with a 256 MB RAM buffer (as the Lucene CJK peer gets). The generated standards
/// are built as <see cref="StandardDocument"/>s in memory (no extraction) and written with the public batch API
/// <see cref="StandardsIndex.AddOrReplaceManyAsync"/> with the library's defaults (indexing threads, a commit every
/// 100,000 standards and at the end, a merge when the batch left more segments than threads) unless the run sets them.
/// Searches skip the facet counts (<see cref="SearchRequest.Facets"/> false): the peers count none.
/// Queries use the query language as a user types it: Traditional or Simplified words, quoted phrases, ids in messy
/// spellings, two words (AND is the default), and <c>level:</c> / <c>year:&gt;=</c> filters; page size 10 standards.
/// </summary>
internal sealed class StandardsIndexEngine(string folder, int? threads = null, int? commitEvery = null, bool merge = true, int? searchThreads = null)
    : IScaleEngine
{
    private StandardsIndex? _index;
    private StandardsSearcher? _searcher;

    public string Name
    {
        get
        {
            var settings = new[]
            {
                threads is { } n ? $"{n} indexing thread{(n == 1 ? "" : "s")}" : null,
                searchThreads is { } s ? $"{s} search thread{(s == 1 ? "" : "s")}" : null,
            }.OfType<string>().ToList();
            return settings.Count == 0 ? "StdSearch StandardsIndex" : $"StdSearch StandardsIndex ({string.Join(", ", settings)})";
        }
    }

    public void Index(IEnumerable<ScaleStandard> standards)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        using (var writer = new StandardsIndex(folder, StandardsIndexOptions.Default with
               {
                   RamBufferMegabytes = 256,
                   IndexingThreads = threads ?? StandardsIndexOptions.Default.IndexingThreads,
                   CommitEveryStandards = commitEvery ?? StandardsIndexOptions.Default.CommitEveryStandards,
                   MergeAfterBatch = merge,
               }))
        {
            // The last progress report comes after the batch's last commit, before the merge of its segments.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (commits, written) = (0, TimeSpan.Zero);
            writer.AddOrReplaceManyAsync(standards.Select(ToDocument), new InlineProgress<int>(_ => (commits, written) = (commits + 1, clock.Elapsed)))
                .GetAwaiter().GetResult();
            Console.WriteLine($"{Name}: {commits} commits, the last after {written.TotalSeconds:F1} s; the merge of the batch's segments took " +
                              $"{(clock.Elapsed - written).TotalSeconds:F1} s");
        }

        OpenExisting();
        Console.WriteLine($"{Name}: {_index!.SegmentCount()} segments");
    }

    public void OpenExisting()
    {
        _index = new StandardsIndex(folder);
        _searcher = new StandardsSearcher(_index, searchThreads is { } n ? SearchOptions.Default with { SearchThreads = n } : null);
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
