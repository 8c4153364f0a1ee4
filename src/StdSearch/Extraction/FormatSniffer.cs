namespace StdSearch.Extraction;

/// <summary>
/// Decides what a file is from its first bytes, never from its name, and picks the reader for it. Pure functions.
/// </summary>
internal static class FormatSniffer
{
    /// <summary>How many leading bytes readers see in <see cref="IDocumentReader.CanRead"/>.</summary>
    public const int HeaderLength = 8 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The leading bytes a reader's <see cref="IDocumentReader.CanRead"/> is given.</summary>
    public static ReadOnlySpan<byte> Header(ReadOnlySpan<byte> content) =>
        content.Length <= HeaderLength ? content : content[..HeaderLength];

    /// <summary>True when the content is a ZIP archive (local file header <c>PK\x03\x04</c>, or an empty archive).</summary>
    public static bool IsZip(ReadOnlySpan<byte> header) =>
        header.StartsWith("PK\x03\x04"u8) || header.StartsWith("PK\x05\x06"u8);

    /// <summary>True when the content is an OLE compound file (legacy Office documents, encrypted Office 2007+ files).</summary>
    public static bool IsOleCompoundFile(ReadOnlySpan<byte> header) =>
        header.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>
    /// True when the content is empty or holds nothing but whitespace (ASCII, no-break, ideographic), in UTF-8 or
    /// UTF-16 with a byte-order mark.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom)) content = content[3..];
        else if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            var littleEndian = content[0] == 0xFF;
            for (var i = 2; i + 1 < content.Length; i += 2)
            {
                var c = (char)(littleEndian ? content[i] | content[i + 1] << 8 : content[i] << 8 | content[i + 1]);
                if (!LineText.IsBlank(c) && c != '\0') return false;
            }
            return true;
        }

        var j = 0;
        while (j < content.Length)
        {
            var b = content[j];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C) { j++; continue; }
            if (b == 0xC2 && j + 1 < content.Length && content[j + 1] == 0xA0) { j += 2; continue; }                   // U+00A0
            if (b == 0xE3 && j + 2 < content.Length && content[j + 1] == 0x80 && content[j + 2] == 0x80) { j += 3; continue; } // U+3000
            if (b == 0xA1 && j + 1 < content.Length && content[j + 1] == 0xA1) { j += 2; continue; }                   // U+3000 in GB18030
            return false;
        }
        return true;
    }

    /// <summary>
    /// Names the format of content StdSearch does not read (<c>a PNG image</c>), or null when the bytes are none of
    /// the formats it knows to refuse. ZIP and OLE files are not named here: the DOCX reader decides about them.
    /// </summary>
    public static string? DescribeForeign(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return "a PNG image";
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "a JPEG image";
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return "a GIF image";
        if (header.StartsWith("BM"u8) && header.Length >= 14 && header[6] == 0 && header[7] == 0 && header[8] == 0 && header[9] == 0) return "a BMP image";
        if (header.StartsWith("II*\0"u8) || header.StartsWith("MM\0*"u8)) return "a TIFF image";
        if (header.StartsWith("RIFF"u8) && header.Length >= 12 && header[8..12].SequenceEqual("WEBP"u8)) return "a WebP image";
        if (header.StartsWith("Rar!\x1A\x07"u8)) return "a RAR archive";
        if (header.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C])) return "a 7z archive";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "a gzip archive";
        if (header.StartsWith("BZh"u8) && header.Length > 3 && header[3] is >= (byte)'1' and <= (byte)'9') return "a bzip2 archive";
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00])) return "an xz archive";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])) return "an ELF executable";
        if (header.StartsWith("MZ"u8) && header.Length >= 64) return "a Windows executable (EXE/DLL)";
        if (header.StartsWith("{\\rtf"u8)) return "an RTF document (save it as .docx)";
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8)) return "an MP4/QuickTime media file";
        if (header.StartsWith("ID3"u8)) return "an MP3 audio file";
        return null;
    }

    /// <summary>
    /// Names any content for a refusal message: a foreign format, a ZIP archive, an OLE compound file, or unrecognised
    /// binary content.
    /// </summary>
    public static string Describe(ReadOnlySpan<byte> header) =>
        DescribeForeign(header)
        ?? (IsZip(header) ? "a ZIP archive"
            : IsOleCompoundFile(header) ? "an OLE compound file (legacy Office document)"
            : header.StartsWith("%PDF"u8) ? "a PDF"
            : "unrecognised binary content");

    /// <summary>
    /// Picks the first reader (in the given order) that accepts the content.
    /// </summary>
    /// <param name="readers">Readers in order of preference.</param>
    /// <param name="content">The whole file.</param>
    /// <param name="sourceName">The file's name, for the exception.</param>
    /// <exception cref="ExtractionException"><see cref="ExtractionFailure.Empty"/> for empty or blank content,
    /// <see cref="ExtractionFailure.UnsupportedType"/> when no reader accepts it (the message names what it is).</exception>
    public static IDocumentReader Choose(IReadOnlyList<IDocumentReader> readers, ReadOnlySpan<byte> content, string sourceName)
    {
        if (content.Length == 0)
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the file is empty (0 bytes)");
        if (IsBlank(content))
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, $"the file holds only whitespace ({content.Length} bytes)");

        var header = Header(content);
        var foreign = DescribeForeign(header);
        if (foreign is not null)
            throw new ExtractionException(sourceName, ExtractionFailure.UnsupportedType, $"the content is {foreign}{NameHint(sourceName)}");

        foreach (var reader in readers)
            if (reader.CanRead(header))
                return reader;

        throw new ExtractionException(sourceName, ExtractionFailure.UnsupportedType,
            $"the content is {Describe(header)}{NameHint(sourceName)}; StdSearch reads PDF, DOCX, HTML and text");
    }

    private static string NameHint(string sourceName)
    {
        var extension = Path.GetExtension(sourceName);
        return extension.Length > 1 ? $", whatever its name ({extension}) says" : "";
    }
}
