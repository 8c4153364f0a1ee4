using StdSearch.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Reads a PDF's text layer into lines in reading order, with running headers, footers and page numbers removed,
/// CJK letter-spacing and justified numbers (<c>3. 1. 7</c>) repaired, and table rows (ruled tables) given as cells.
/// Pages without a text layer (scans, outlined covers) and pages with garbled text (fonts without a Unicode map)
/// are dropped with a warning; when too many pages are unusable the whole file is refused rather than returning
/// garbage. Built on PdfPig; no PdfPig type appears in this class's public surface.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance may read many files at once.</remarks>
public sealed class PdfDocumentReader : IDocumentReader
{
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Pdf;

    /// <summary>True when <c>%PDF-</c> occurs within the first 1,024 bytes (producers may put junk before it).</summary>
    public bool CanRead(ReadOnlySpan<byte> header) => header[..Math.Min(header.Length, 1024)].IndexOf(Magic) >= 0;

    /// <summary>
    /// Reads a PDF. The work is CPU-bound and runs synchronously on the caller's thread (see <see cref="Read"/>); the
    /// returned task is already complete. Failures come back as a faulted task with an <see cref="ExtractionException"/>.
    /// </summary>
    /// <inheritdoc cref="IDocumentReader.ReadAsync"/>
    public Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(Read(content, sourceName, options, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<LayoutDocument>(cancellationToken);
        }
        catch (ExtractionException ex)
        {
            return Task.FromException<LayoutDocument>(ex);
        }
    }

    /// <summary>Reads a PDF synchronously (CPU-bound; call it from a worker when the caller must not block).</summary>
    /// <param name="content">The file's bytes; not kept after returning.</param>
    /// <param name="sourceName">The file name, for messages and exceptions.</param>
    /// <param name="options">Limits and the password.</param>
    /// <param name="cancellationToken">Checked between pages.</param>
    /// <returns>The lines in reading order, the page count and the warnings.</returns>
    /// <exception cref="ExtractionException">
    /// The file is empty, too large, not a PDF, corrupt or truncated, encrypted with a password that was not given,
    /// has no pages or too many, or has too many pages without a usable text layer.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public LayoutDocument Read(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        CheckBytes(content.Span, sourceName, options);

        using var document = Open(content, sourceName, options);
        var pageCount = PageCountOf(document, content.Span, sourceName);
        if (pageCount == 0)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.NoPages, "the document has no pages");
        }

        if (pageCount > options.MaxPages)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.TooManyPages,
                $"{pageCount} pages, more than the limit of {options.MaxPages}");
        }

        var converter = new PdfPageConverter();
        var pages = new List<PageLines>(pageCount);
        var warnings = new List<ExtractionWarning>();
        int withoutText = 0, garbled = 0, broken = 0;
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (withoutText + garbled + broken > options.MaxUnusablePageShare * pageCount)
            {
                break; // the verdict cannot change: refuse without reading the rest
            }

            PdfPageContent page;
            try
            {
                page = converter.Convert(document.GetPage(number));
            }
            catch (Exception ex) when (IsParserFailure(ex))
            {
                broken++;
                warnings.Add(new ExtractionWarning(WarningCode.Other, $"Page {number} could not be parsed ({ex.GetType().Name}); it is skipped.", number));
                continue;
            }

            switch (TextLayerQuality.Assess(page.Glyphs, page.HasGraphics))
            {
                case PageTextQuality.WithoutText:
                    withoutText++;
                    warnings.Add(new ExtractionWarning(WarningCode.PageWithoutText,
                        $"Page {number} has no text layer (an image or outlined text); its content is missing.", number));
                    continue;
                case PageTextQuality.Garbled:
                    garbled++;
                    warnings.Add(new ExtractionWarning(WarningCode.GarbledText,
                        $"Page {number} has garbled text (a font without a Unicode map); it is skipped.", number));
                    continue;
                case PageTextQuality.Blank:
                    continue;
            }

            var lines = PageLayout.Lines(page);
            pages.Add(new PageLines(number, page.Bottom, page.Top, lines));
        }

        var unusable = withoutText + garbled + broken;
        if (unusable > options.MaxUnusablePageShare * pageCount || (unusable > 0 && pages.Count == 0))
        {
            throw Unusable(sourceName, pageCount, withoutText, garbled, broken, content.Span);
        }

        var cleaned = PageFurnitureFilter.Remove(pages, out var runningHeader);
        var result = LayoutLineFactory.Create(cleaned);
        if (result.Count == 0)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.NoTextLayer, $"none of the {pageCount} pages has text");
        }

        return new LayoutDocument(Path.GetFileName(sourceName), SourceFormat.Pdf, result)
        {
            PageCount = pageCount,
            Warnings = warnings,
            RunningHeader = runningHeader,
        };
    }

    private static void CheckBytes(ReadOnlySpan<byte> bytes, string sourceName, ExtractionOptions options)
    {
        if (bytes.Length > options.MaxFileBytes)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.TooLarge,
                $"{bytes.Length:N0} bytes, more than the limit of {options.MaxFileBytes:N0}");
        }

        if (bytes.Length == 0 || bytes.IndexOfAnyExcept(" \t\r\n\f\0"u8) < 0)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the file is empty");
        }

        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Magic) < 0)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.UnsupportedType, "the content is not a PDF (no %PDF- header)");
        }
    }

    /// <summary>
    /// Opens the document. Files encrypted with an empty user password and only owner restrictions ("copy:no") open
    /// without a password; the caller's password is tried first when given.
    /// </summary>
    private static PdfDocument Open(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options)
    {
        var passwords = options.Password is { Length: > 0 } password ? new List<string> { password, "" } : [""];
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
            Passwords = passwords,
        };

        try
        {
            return PdfDocument.Open(content, parsing);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            var detail = options.Password is null ? "the document needs a password" : "the password is wrong";
            throw new ExtractionException(sourceName, ExtractionFailure.Encrypted, detail, ex);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw Damaged(sourceName, content.Span, ex);
        }
    }

    private static int PageCountOf(PdfDocument document, ReadOnlySpan<byte> bytes, string sourceName)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw Damaged(sourceName, bytes, ex);
        }
    }

    private static ExtractionException Unusable(string sourceName, int pageCount, int withoutText, int garbled, int broken, ReadOnlySpan<byte> bytes)
    {
        if (broken >= withoutText && broken >= garbled)
        {
            return new ExtractionException(sourceName, LooksTruncated(bytes) ? ExtractionFailure.Truncated : ExtractionFailure.Corrupt,
                $"at least {broken} of {pageCount} pages could not be parsed");
        }

        return garbled >= withoutText
            ? new ExtractionException(sourceName, ExtractionFailure.GarbledText,
                $"at least {garbled} of {pageCount} pages have garbled text (fonts without a Unicode map)")
            : new ExtractionException(sourceName, ExtractionFailure.NoTextLayer,
                $"at least {withoutText} of {pageCount} pages have no text layer (image-only scan; OCR would be needed)");
    }

    private static ExtractionException Damaged(string sourceName, ReadOnlySpan<byte> bytes, Exception ex) =>
        LooksTruncated(bytes)
            ? new ExtractionException(sourceName, ExtractionFailure.Truncated, $"the file ends before its structure does (no %%EOF; {ex.Message})", ex)
            : new ExtractionException(sourceName, ExtractionFailure.Corrupt, $"the PDF structure cannot be parsed ({ex.Message})", ex);

    /// <summary>
    /// True when the file holds PDF objects (<c>obj</c> … <c>endobj</c>) but no <c>%%EOF</c> in its last 2 KiB: it was
    /// cut off. Random bytes behind a <c>%PDF-</c> header have no objects and count as corrupt, not truncated.
    /// </summary>
    private static bool LooksTruncated(ReadOnlySpan<byte> bytes) =>
        bytes[Math.Max(0, bytes.Length - 2048)..].IndexOf("%%EOF"u8) < 0
        && bytes.IndexOf(" obj"u8) >= 0 && bytes.IndexOf("endobj"u8) >= 0;

    /// <summary>
    /// True for an exception that PdfPig threw because the file is malformed. PdfPig reports broken files with its own
    /// format exception but also with general ones (index out of range, invalid cast, key not found) from deep inside
    /// its parser; those are recognised by where they were thrown. Cancellation and out-of-memory are never caught.
    /// </summary>
    private static bool IsParserFailure(Exception ex) => ex switch
    {
        OperationCanceledException or OutOfMemoryException or ExtractionException => false,
        PdfDocumentFormatException => true,
        _ => ex.TargetSite?.DeclaringType?.Assembly.GetName().Name?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) == true
             || ex.StackTrace?.Contains("UglyToad.PdfPig", StringComparison.Ordinal) == true,
    };
}
