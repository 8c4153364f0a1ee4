using System.Diagnostics;
using StdSearch.Documents;
using StdSearch.Extraction.Docx;
using StdSearch.Extraction.Html;
using StdSearch.Extraction.PlainText;
using StdSearch.Extraction.Structure;

namespace StdSearch.Extraction;

/// <summary>
/// The one entry point of extraction: reads a file (PDF, DOCX, HTML, text), chosen by its content and never by its
/// name, and parses its GB/T 1.1 structure into a <see cref="StandardDocument"/>. Batches go on after failures and
/// report each one with its file. Immutable and thread-safe: one instance can serve many callers at once.
/// </summary>
/// <example>
/// <code>
/// var extractor = new DocumentExtractor(ExtractionOptions.Default);
/// StandardDocument doc = await extractor.ExtractAsync("GB-T-7714-2015.pdf", cancellationToken);
/// </code>
/// </example>
public sealed class DocumentExtractor
{
    private const int CopyBufferSize = 81920;

    /// <summary>Creates an extractor with the default options, readers and structure parser.</summary>
    public DocumentExtractor()
        : this(ExtractionOptions.Default)
    {
    }

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Limits and the PDF password.</param>
    /// <param name="readers">Readers in order of preference; the first whose <see cref="IDocumentReader.CanRead"/>
    /// accepts a file reads it. Null for <see cref="DefaultReaders"/>.</param>
    /// <param name="structureParser">Turns lines into a document; null for the GB/T 1.1 parser.</param>
    public DocumentExtractor(ExtractionOptions options, IReadOnlyList<IDocumentReader>? readers = null, IStructureParser? structureParser = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Readers = readers is null ? DefaultReaders() : [.. readers];
        if (Readers.Count == 0) throw new ArgumentException("At least one reader is needed.", nameof(readers));
        StructureParser = structureParser ?? new GbtStructureParser();
    }

    /// <summary>The limits in force.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>The readers, in the order they are asked.</summary>
    public IReadOnlyList<IDocumentReader> Readers { get; }

    /// <summary>The structure parser.</summary>
    public IStructureParser StructureParser { get; }

    /// <summary>How many files a batch reads at the same time (1 or more). Default 2.</summary>
    public int MaxParallelFiles
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one file at a time.");
    } = 2;

    /// <summary>The default readers, in the order that makes content sniffing sound: PDF, DOCX, HTML, then text as the fallback.</summary>
    public static IReadOnlyList<IDocumentReader> DefaultReaders() =>
        [new Pdf.PdfDocumentReader(), new DocxDocumentReader(), new HtmlDocumentReader(), new PlainTextDocumentReader()];

    /// <summary>Extracts one file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractionException">The file cannot be extracted; the exception names it and says why.</exception>
    public async Task<StandardDocument> ExtractAsync(string path, CancellationToken cancellationToken = default)
    {
        var layout = await ReadLayoutAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(layout, path);
    }

    /// <summary>Extracts a document from a stream (an upload); the stream is read to its end and not closed.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="sourceName">The file name to report and to derive the document's key from.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractionException">The content cannot be extracted.</exception>
    public async Task<StandardDocument> ExtractAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        var layout = await ReadLayoutAsync(stream, sourceName, cancellationToken).ConfigureAwait(false);
        return Parse(layout, sourceName);
    }

    /// <summary>Reads a file's lines without parsing structure (for tools, diagnostics and tests).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractionException">The file cannot be read.</exception>
    public async Task<LayoutDocument> ReadLayoutAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = await LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return await ReadLayoutAsync(content, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stream's lines without parsing structure; the stream is read to its end and not closed.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="sourceName">The file name to report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractionException">The content cannot be read.</exception>
    public async Task<LayoutDocument> ReadLayoutAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var content = await LoadStreamAsync(stream, sourceName, cancellationToken).ConfigureAwait(false);
        return await ReadLayoutAsync(content, sourceName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads content already in memory without parsing structure.</summary>
    /// <param name="content">The file's bytes; not kept after the call.</param>
    /// <param name="sourceName">The file name to report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractionException">The content cannot be read.</exception>
    public async Task<LayoutDocument> ReadLayoutAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        if (content.Length > Options.MaxFileBytes) throw TooLarge(sourceName, content.Length);
        var reader = FormatSniffer.Choose(Readers, content.Span, sourceName);
        try
        {
            return await reader.ReadAsync(content, sourceName, Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (ExtractionException or OperationCanceledException))
        {
            // A reader that throws something other than ExtractionException met input its parser could not handle.
            throw new ExtractionException(sourceName, ExtractionFailure.Corrupt, $"the {reader.Format} reader could not parse it ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Extracts many files, <see cref="MaxParallelFiles"/> at a time, going on after failures. The result has one
    /// outcome per path, in input order.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <param name="progress">Told after each file, in completion order; null for none.</param>
    /// <param name="cancellationToken">Stops the batch (throws <see cref="OperationCanceledException"/>).</param>
    public async Task<IReadOnlyList<ExtractionOutcome>> ExtractManyAsync(IEnumerable<string> paths, IProgress<ExtractionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var outcomes = new ExtractionOutcome[list.Count];
        var completed = 0;
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxParallelFiles, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Count), parallel, async (i, token) =>
        {
            var outcome = await ExtractOneAsync(list[i], token).ConfigureAwait(false);
            outcomes[i] = outcome;
            var done = Interlocked.Increment(ref completed);
            var failures = outcome.Succeeded ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
            progress?.Report(new ExtractionProgress(done, list.Count, outcome) { Failed = failures });
        }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>
    /// Extracts every file of a folder that matches a pattern, going on after failures; hidden and system files are skipped.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="searchPattern">A file-name pattern (<c>*</c>, <c>*.pdf</c>), matched case-insensitively.</param>
    /// <param name="searchOption">Whether to descend into sub-folders.</param>
    /// <param name="progress">Told after each file; null for none.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <exception cref="ExtractionException"><see cref="ExtractionFailure.Unreadable"/> when the folder does not exist.</exception>
    public Task<IReadOnlyList<ExtractionOutcome>> ExtractFolderAsync(string directory, string searchPattern = "*", SearchOption searchOption = SearchOption.AllDirectories,
        IProgress<ExtractionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(searchPattern);
        if (!Directory.Exists(directory))
            throw new ExtractionException(directory, ExtractionFailure.Unreadable, "the folder does not exist");
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = searchOption == SearchOption.AllDirectories,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = Directory.EnumerateFiles(directory, searchPattern, enumeration).Order(StringComparer.Ordinal).ToList();
        return ExtractManyAsync(files, progress, cancellationToken);
    }

    private async Task<ExtractionOutcome> ExtractOneAsync(string path, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var document = await ExtractAsync(path, cancellationToken).ConfigureAwait(false);
            return ExtractionOutcome.Success(path, document, clock.Elapsed);
        }
        catch (ExtractionException ex)
        {
            return ExtractionOutcome.Failed(path, ex, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ExtractionOutcome.Failed(path, new ExtractionException(path, ExtractionFailure.Corrupt, $"unexpected error ({ex.Message})", ex), clock.Elapsed);
        }
    }

    private StandardDocument Parse(LayoutDocument layout, string sourceName)
    {
        try
        {
            return StructureParser.Parse(layout);
        }
        catch (Exception ex) when (ex is not (ExtractionException or OperationCanceledException))
        {
            throw new ExtractionException(sourceName, ExtractionFailure.Corrupt, $"the structure parser failed on its lines ({ex.Message})", ex);
        }
    }

    private async Task<ReadOnlyMemory<byte>> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        long length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new ExtractionException(path, ExtractionFailure.Unreadable, Directory.Exists(path) ? "it is a folder, not a file" : "the file does not exist");
            length = info.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ExtractionException(path, ExtractionFailure.Unreadable, ex.Message, ex);
        }
        if (length > Options.MaxFileBytes) throw TooLarge(path, length); // before reading a byte

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
                return await LoadStreamAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException(path, ExtractionFailure.Unreadable, ex.Message, ex);
        }
    }

    private async Task<ReadOnlyMemory<byte>> LoadStreamAsync(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > Options.MaxFileBytes) throw TooLarge(sourceName, stream.Length - stream.Position);
        var capacity = stream.CanSeek ? (int)Math.Min(int.MaxValue, Math.Max(0, stream.Length - stream.Position)) : 0;
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[CopyBufferSize];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > Options.MaxFileBytes) throw TooLarge(sourceName, buffer.Length + read);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.Unreadable, ex.Message, ex);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private ExtractionException TooLarge(string sourceName, long length) =>
        new(sourceName, ExtractionFailure.TooLarge, $"{length:N0} bytes is more than the limit of {Options.MaxFileBytes:N0} bytes");
}
