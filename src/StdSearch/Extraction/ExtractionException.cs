namespace StdSearch.Extraction;

/// <summary>A file could not be extracted. Names the file and a reason code; the message is one line for a person.</summary>
public sealed class ExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file's name (as given by the caller).</param>
    /// <param name="reason">Why it failed.</param>
    /// <param name="detail">A short explanation, without the file name.</param>
    /// <param name="innerException">The library exception behind it, if any.</param>
    public ExtractionException(string fileName, ExtractionFailure reason, string detail, Exception? innerException = null)
        : base($"{fileName}: {ReasonText(reason)}: {detail}", innerException)
    {
        FileName = fileName;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The file that failed.</summary>
    public string FileName { get; }

    /// <summary>Why it failed.</summary>
    public ExtractionFailure Reason { get; }

    /// <summary>The explanation without the file name.</summary>
    public string Detail { get; }

    /// <summary>The reason as a lower-case code for hosts (<c>encrypted</c>, <c>no-text-layer</c>).</summary>
    public static string ReasonText(ExtractionFailure reason) => reason switch
    {
        ExtractionFailure.Corrupt => "corrupt",
        ExtractionFailure.Truncated => "truncated",
        ExtractionFailure.Encrypted => "encrypted",
        ExtractionFailure.Empty => "empty",
        ExtractionFailure.NoPages => "no-pages",
        ExtractionFailure.NoTextLayer => "no-text-layer",
        ExtractionFailure.GarbledText => "garbled-text",
        ExtractionFailure.UnsupportedType => "unsupported-type",
        ExtractionFailure.TooLarge => "too-large",
        ExtractionFailure.TooManyPages => "too-many-pages",
        ExtractionFailure.Unreadable => "unreadable",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
