namespace StdSearch.Extraction;

/// <summary>Why a file could not be extracted. Stable codes: hosts print them and clients match on them.</summary>
public enum ExtractionFailure
{
    /// <summary>The file is damaged and cannot be parsed.</summary>
    Corrupt,
    /// <summary>The file ends before its structure does.</summary>
    Truncated,
    /// <summary>The file is encrypted and no (or a wrong) password was given.</summary>
    Encrypted,
    /// <summary>The file is empty (0 bytes, or only whitespace).</summary>
    Empty,
    /// <summary>The PDF has no pages.</summary>
    NoPages,
    /// <summary>The pages have no text layer (image-only scan): OCR would be needed.</summary>
    NoTextLayer,
    /// <summary>The text layer is garbled (fonts without a Unicode map): indexing it would index garbage.</summary>
    GarbledText,
    /// <summary>The content is not a format StdSearch reads, whatever its name says.</summary>
    UnsupportedType,
    /// <summary>The file exceeds <see cref="ExtractionOptions.MaxFileBytes"/>.</summary>
    TooLarge,
    /// <summary>The PDF exceeds <see cref="ExtractionOptions.MaxPages"/>.</summary>
    TooManyPages,
    /// <summary>The file could not be opened or read from disk.</summary>
    Unreadable,
}
