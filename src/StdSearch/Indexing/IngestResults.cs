using StdSearch.Documents;
using StdSearch.Extraction;

namespace StdSearch.Indexing;

/// <summary>What a batch did with one file.</summary>
public enum IngestStatus
{
    /// <summary>A new standard (its Key was not in the index).</summary>
    Added,

    /// <summary>The file's standard replaced an indexed one with the same Key.</summary>
    Replaced,

    /// <summary>Skipped: a file with the same content (SHA-256) was ingested before.</summary>
    Unchanged,

    /// <summary>
    /// Skipped: another file of the same batch yields the same Key (a PDF and its .txt or .md source); the batch keeps
    /// the first by format preference (PDF, DOCX, HTML, text, Markdown), see <see cref="FileIngestResult.DuplicateOf"/>.
    /// </summary>
    Duplicate,

    /// <summary>Extraction failed; <see cref="FileIngestResult.Failure"/> says why. The batch goes on.</summary>
    Failed,
}

/// <summary>The result for one file of a batch. Immutable.</summary>
/// <param name="Path">The file as given or found in a folder.</param>
/// <param name="Status">What happened to it.</param>
public sealed record FileIngestResult(string Path, IngestStatus Status)
{
    /// <summary>The standard's Key (canonical id, or a slug of the file name for a document without a number); empty when extraction failed.</summary>
    public string Key { get; init; } = "";

    /// <summary>The standard's id; the default (empty) id for a document without a number or a failure.</summary>
    public StandardId Id { get; init; }

    /// <summary>The number of clause documents indexed for it (0 unless added or replaced).</summary>
    public int Clauses { get; init; }

    /// <summary>Why extraction failed, when <see cref="Status"/> is <see cref="IngestStatus.Failed"/>.</summary>
    public ExtractionFailure? Failure { get; init; }

    /// <summary>A one-line explanation for failures and skips; empty otherwise.</summary>
    public string Message { get; init; } = "";

    /// <summary>For <see cref="IngestStatus.Duplicate"/>, the path of the file that was kept.</summary>
    public string? DuplicateOf { get; init; }
}

/// <summary>Progress of a batch: reported once per file, in completion order.</summary>
/// <param name="Completed">Files done so far.</param>
/// <param name="Total">Files in the batch.</param>
/// <param name="File">The file just done.</param>
public sealed record IngestProgress(int Completed, int Total, FileIngestResult File);

/// <summary>The outcome of a batch. Immutable; the counts are computed from <see cref="Files"/>.</summary>
/// <param name="Files">One result per file, in input order.</param>
public sealed record IngestReport(IReadOnlyList<FileIngestResult> Files)
{
    /// <summary>Files whose standard was new.</summary>
    public int Added => Count(IngestStatus.Added);

    /// <summary>Files whose standard replaced one with the same Key.</summary>
    public int Replaced => Count(IngestStatus.Replaced);

    /// <summary>Files skipped because their content was already ingested.</summary>
    public int Unchanged => Count(IngestStatus.Unchanged);

    /// <summary>Files skipped because another file of the batch is the same standard.</summary>
    public int Duplicates => Count(IngestStatus.Duplicate);

    /// <summary>Files whose extraction failed.</summary>
    public int Failed => Count(IngestStatus.Failed);

    /// <summary>Standards written by this batch (added plus replaced).</summary>
    public int Standards => Added + Replaced;

    /// <summary>Clause documents written by this batch.</summary>
    public int Clauses => Files.Sum(f => f.Clauses);

    /// <summary>Failed files counted by reason.</summary>
    public IReadOnlyDictionary<ExtractionFailure, int> FailuresByReason =>
        Files.Where(f => f.Failure is not null).GroupBy(f => f.Failure!.Value).ToDictionary(g => g.Key, g => g.Count());

    private int Count(IngestStatus status) => Files.Count(f => f.Status == status);
}

/// <summary>What <see cref="StandardsIndex.AddOrReplaceAsync"/> did.</summary>
public enum IndexChange
{
    /// <summary>The Key was new.</summary>
    Added,

    /// <summary>A standard with the same Key was replaced.</summary>
    Replaced,
}

/// <summary>A standard in the index, as listed by <see cref="StandardsIndex.ListStandards"/>.</summary>
/// <param name="Key">Its Key.</param>
/// <param name="Id">Its id (empty for a document without a number).</param>
/// <param name="Year">The edition year, or the issue year, if known.</param>
/// <param name="Status">Its inferred status.</param>
public sealed record IndexedStandard(string Key, StandardId Id, int? Year, StandardStatus Status)
{
    /// <summary>The editions it states it replaces (its 代替 statement), so that edition chains can be followed without
    /// reading each stored standard. Empty for an index written before this was recorded.</summary>
    public IReadOnlyList<StandardId> Replaces { get; init; } = [];
}
