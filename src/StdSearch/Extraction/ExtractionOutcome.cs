using StdSearch.Documents;

namespace StdSearch.Extraction;

/// <summary>
/// What happened to one file of a batch: its document, or the failure that stopped it. Exactly one of
/// <see cref="Document"/> and <see cref="Failure"/> is set. Immutable.
/// </summary>
public sealed record ExtractionOutcome
{
    private ExtractionOutcome(string path, StandardDocument? document, ExtractionException? failure, TimeSpan elapsed)
    {
        Path = path;
        Document = document;
        Failure = failure;
        Elapsed = elapsed;
    }

    /// <summary>The file's path as the caller gave it (or as the folder scan found it).</summary>
    public string Path { get; }

    /// <summary>The extracted document, or null when the file failed.</summary>
    public StandardDocument? Document { get; }

    /// <summary>Why the file failed (reason code, file name, message), or null when it succeeded.</summary>
    public ExtractionException? Failure { get; }

    /// <summary>How long the file took, reading included.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>The failure's reason code, or null when the file succeeded.</summary>
    public ExtractionFailure? Reason => Failure?.Reason;

    /// <summary>A succeeded outcome.</summary>
    public static ExtractionOutcome Success(string path, StandardDocument document, TimeSpan elapsed) =>
        new(path, document ?? throw new ArgumentNullException(nameof(document)), null, elapsed);

    /// <summary>A failed outcome.</summary>
    public static ExtractionOutcome Failed(string path, ExtractionException failure, TimeSpan elapsed) =>
        new(path, null, failure ?? throw new ArgumentNullException(nameof(failure)), elapsed);
}
