namespace StdSearch.Indexing;

/// <summary>How a <see cref="StandardsIndex"/> writes. Immutable; <see cref="Default"/> suits a desktop corpus.</summary>
public sealed record StandardsIndexOptions
{
    /// <summary>The defaults: a commit every 50 files (100,000 standards in memory) and at the end of each batch, 64 MB of
    /// indexing buffer, up to four indexing threads.</summary>
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
    /// A crash loses at most the standards since the last commit (which the caller holds: the batch is of documents in
    /// memory); each commit seals a segment per indexing thread, which searches pay for or the batch merges
    /// (<see cref="MergeAfterBatch"/>). Default 100,000: a catalogue of tens of thousands of standards commits once.
    /// </summary>
    public int CommitEveryStandards
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one standard per commit.");
    } = 100_000;

    /// <summary>
    /// Threads <see cref="StandardsIndex.AddOrReplaceManyAsync"/> analyses and writes standards on (at least 1). Default:
    /// one per processor, at most four — a batch load wants every core (on a 2-core machine two threads index 1,000,000
    /// clauses 1.4–1.6 times as fast as one, benchmarks/README.md). Set 1 to leave the other cores to searches that
    /// run while a batch is written.
    /// </summary>
    public int IndexingThreads
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread.");
    } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// After a batch (<see cref="StandardsIndex.AddOrReplaceManyAsync"/>, <see cref="StandardsIndex.IngestAsync"/>) that
    /// left more new segments than threads wrote it — each commit seals one per writing thread, and each file an ingest
    /// makes searchable one — merge them into one. Every search pays per segment: at 1,000,000 clauses eight segments
    /// answer at p50 2.6 ms against 1.9 for one or two, and allocate three times as much; merging eight into one took a
    /// sixth of the batch's time. The one segment per thread of a batch that committed once is kept: it costs searches
    /// little and its merge a quarter of the batch (benchmarks/README.md). Default true.
    /// </summary>
    public bool MergeAfterBatch { get; init; } = true;

    /// <summary>The RAM the writer buffers before flushing a segment, in megabytes (at least 1).</summary>
    public double RamBufferMegabytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1 MB.");
    } = 64;
}
