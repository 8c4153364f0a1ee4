namespace StdSearch.Benchmarks.Search;

/// <summary>An engine under test in the scale run: index once, then answer queries (top 10), then report its size.</summary>
internal interface IScaleEngine : IDisposable
{
    /// <summary>Name for the report table.</summary>
    string Name { get; }

    /// <summary>Indexes every standard's clauses and commits; returns when the index is durable on disk.</summary>
    void Index(IEnumerable<ScaleStandard> standards);

    /// <summary>Opens the index a previous run left in the folder, for a query-only run.</summary>
    void OpenExisting();

    /// <summary>Runs one query and returns the number of hits fetched (at most 10).</summary>
    int Search(ScaleQuery query);

    /// <summary>Bytes of the index on disk.</summary>
    long SizeOnDisk();
}
