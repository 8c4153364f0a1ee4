using StdSearch.Documents;

namespace StdSearch.Extraction;

/// <summary>Reads one file format into lines. One implementation per format; the extractor picks one by content.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader reads.</summary>
    SourceFormat Format { get; }

    /// <summary>True when the first bytes of a file (up to 8 KiB) look like this reader's format.</summary>
    bool CanRead(ReadOnlySpan<byte> header);

    /// <summary>Reads a whole document.</summary>
    /// <param name="content">The file's bytes; the reader does not keep a reference after returning.</param>
    /// <param name="sourceName">The file name, for messages and exceptions.</param>
    /// <param name="options">Limits and the password to use.</param>
    /// <param name="cancellationToken">Cancels a long read between pages.</param>
    /// <exception cref="ExtractionException">The file cannot be read; <see cref="ExtractionException.Reason"/> says why.</exception>
    Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default);
}
