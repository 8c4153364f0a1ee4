namespace StdSearch.Extraction;

/// <summary>Progress of a batch, reported once per finished file (in completion order, which may differ from input order).</summary>
/// <param name="Completed">Files finished so far, this one included.</param>
/// <param name="Total">Files in the batch.</param>
/// <param name="Outcome">The file just finished.</param>
public sealed record ExtractionProgress(int Completed, int Total, ExtractionOutcome Outcome)
{
    /// <summary>Files that failed so far.</summary>
    public int Failed { get; init; }
}
