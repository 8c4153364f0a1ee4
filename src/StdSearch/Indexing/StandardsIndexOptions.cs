namespace StdSearch.Indexing;

/// <summary>How a <see cref="StandardsIndex"/> writes. Immutable; <see cref="Default"/> suits a desktop corpus.</summary>
public sealed record StandardsIndexOptions
{
    /// <summary>The defaults: a commit every 50 files and at the end of each batch, 64 MB of indexing buffer.</summary>
    public static StandardsIndexOptions Default { get; } = new();

    /// <summary>
    /// A batch commits after this many files (and at its end). A crash loses at most the files since the last commit;
    /// the index on disk is always a whole commit. At least 1.
    /// </summary>
    public int CommitEveryFiles
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one file per commit.");
    } = 50;

    /// <summary>
    /// <see cref="StandardsIndex.AddOrReplaceManyAsync"/> commits after this many standards (and at its end). At least 1.
    /// </summary>
    public int CommitEveryStandards
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one standard per commit.");
    } = 10_000;

    /// <summary>Threads <see cref="StandardsIndex.AddOrReplaceManyAsync"/> analyses standards on (at least 1). Default 1, which
    /// leaves the other cores to searches running meanwhile; on an otherwise idle 2-core machine two threads index
    /// 1,000,000 clauses at 5.0 MB/s against 3.6 MB/s (benchmarks/README.md).</summary>
    public int IndexingThreads
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread.");
    } = 1;

    /// <summary>
    /// After a batch (<see cref="StandardsIndex.AddOrReplaceManyAsync"/>, <see cref="StandardsIndex.IngestAsync"/>) that
    /// left more than one new segment — each commit, and each file an ingest makes searchable, seals one — merge them
    /// into one. Every search pays per segment: at 1,000,000 clauses one segment instead of four answers at p50 2.2
    /// against 2.5–3.4 ms; the merge costs about a tenth of the batch's time (benchmarks/README.md). Default true.
    /// </summary>
    public bool MergeAfterBatch { get; init; } = true;

    /// <summary>The RAM the writer buffers before flushing a segment, in megabytes (at least 1).</summary>
    public double RamBufferMegabytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1 MB.");
    } = 64;
}
