using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using StdSearch.Documents;

namespace StdSearch.Extraction.Docx;

/// <summary>
/// Reads Word 2007+ documents (.docx): body paragraphs, table rows (one line each, with cells) and text boxes in
/// order; heading levels from paragraph styles and outline levels; the labels of Word's automatic numbering (drafts
/// carry their clause numbers there, not in the text); bold and centring. Headers and footers are page furniture and
/// are not read. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Accepts ZIP and OLE compound files in <see cref="CanRead"/> so that it can say precisely what is wrong with them:
/// a ZIP without <c>word/document.xml</c> is another format, an OLE file is an encrypted Office document or a legacy
/// .doc/.xls/.ppt.
/// </remarks>
public sealed class DocxDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Docx;

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> header) => FormatSniffer.IsZip(header) || FormatSniffer.IsOleCompoundFile(header);

    /// <inheritdoc />
    public Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        if (FormatSniffer.IsOleCompoundFile(content.Span)) throw RefuseOle(content.Span, sourceName);

        using var stream = AsStream(content);
        CheckPackage(stream, sourceName);
        stream.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ExtractionException(sourceName, ExtractionFailure.Corrupt, "the Word document has no body");
            var lines = new DocxLineWriter(document.MainDocumentPart!, cancellationToken).Write(body);
            if (lines.Count == 0)
                throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the Word document contains no text");
            return Task.FromResult(new LayoutDocument(Path.GetFileName(sourceName), SourceFormat.Docx, lines));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.Corrupt, $"the Word document cannot be parsed ({ex.Message})", ex);
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    /// <summary>Checks the ZIP directory before OpenXml sees it: a damaged archive is corrupt, another format unsupported.</summary>
    private static void CheckPackage(Stream stream, string sourceName)
    {
        HashSet<string> names;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            names = zip.Entries.Select(e => e.FullName.TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (InvalidDataException ex)
        {
            throw new ExtractionException(sourceName, ExtractionFailure.Corrupt, $"the ZIP container is damaged or truncated ({ex.Message})", ex);
        }
        if (names.Contains("word/document.xml")) return;

        var what = names.Contains("xl/workbook.xml") ? "an Excel workbook (.xlsx), not a Word document"
            : names.Contains("ppt/presentation.xml") ? "a PowerPoint presentation (.pptx), not a Word document"
            : names.Contains("mimetype") && names.Contains("content.xml") ? "an OpenDocument file (save it as .docx)"
            : names.Contains("[Content_Types].xml") ? "an Office package without word/document.xml, not a Word document"
            : "a ZIP archive without word/document.xml, not a Word document";
        throw new ExtractionException(sourceName, ExtractionFailure.UnsupportedType, $"the content is {what}");
    }

    /// <summary>
    /// Explains an OLE compound file. Office 2007+ files with a password are stored as OLE files holding
    /// <c>EncryptionInfo</c> and <c>EncryptedPackage</c> streams; directory entry names are UTF-16, so a byte search for
    /// the names is enough to tell them from legacy binary documents.
    /// </summary>
    private static ExtractionException RefuseOle(ReadOnlySpan<byte> content, string sourceName)
    {
        if (ContainsUtf16(content, "EncryptionInfo") || ContainsUtf16(content, "EncryptedPackage"))
            return new ExtractionException(sourceName, ExtractionFailure.Encrypted,
                "the Office document is password-protected (encrypted); remove the password and save it again");
        var what = ContainsUtf16(content, "WordDocument") ? "a legacy Word 97-2003 document (.doc); save it as .docx"
            : ContainsUtf16(content, "Workbook") || ContainsUtf16(content, "Book") ? "a legacy Excel workbook (.xls), not a document StdSearch reads"
            : ContainsUtf16(content, "PowerPoint Document") ? "a legacy PowerPoint presentation (.ppt), not a document StdSearch reads"
            : "an OLE compound file (legacy Office format); save it as .docx";
        return new ExtractionException(sourceName, ExtractionFailure.UnsupportedType, $"the content is {what}");
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> content, string name) =>
        content.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}
