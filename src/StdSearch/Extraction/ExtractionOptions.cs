namespace StdSearch.Extraction;

/// <summary>Limits and switches for extraction. Immutable; the defaults suit published standards.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Files larger than this are refused with <see cref="ExtractionFailure.TooLarge"/>. Default 100 MiB.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>PDFs with more pages are refused with <see cref="ExtractionFailure.TooManyPages"/>. Default 2,000.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>The password for an encrypted PDF, or null.</summary>
    public string? Password { get; init; }

    /// <summary>
    /// Share of pages (0–1) that may lack a usable text layer before the whole document is refused with
    /// <see cref="ExtractionFailure.NoTextLayer"/> or <see cref="ExtractionFailure.GarbledText"/>. Default 0.5.
    /// </summary>
    public double MaxUnusablePageShare { get; init; } = 0.5;

    /// <summary>The default options.</summary>
    public static ExtractionOptions Default { get; } = new();
}
