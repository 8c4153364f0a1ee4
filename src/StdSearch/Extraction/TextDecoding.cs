using System.Text;

namespace StdSearch.Extraction;

/// <summary>
/// Decides how text bytes are encoded: a byte-order mark first, then a declared charset, then UTF-8 when the bytes are
/// valid UTF-8, else GB18030 (the superset of GB2312 and GBK that Chinese files without a declaration use).
/// Code-page encodings come straight from <see cref="CodePagesEncodingProvider.Instance"/>, so nothing global is registered.
/// </summary>
internal static class TextDecoding
{
    private const int Gb18030CodePage = 54936;

    /// <summary>GB18030 (code page 54936).</summary>
    public static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
        ?? throw new InvalidOperationException("GB18030 is not available from CodePagesEncodingProvider");

    /// <summary>The encoding a byte-order mark announces (UTF-8, UTF-16 LE/BE), and the mark's length; null when none.</summary>
    public static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bomLength = 3; return new UTF8Encoding(false); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { bomLength = 2; return new UnicodeEncoding(bigEndian: false, byteOrderMark: false); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { bomLength = 2; return new UnicodeEncoding(bigEndian: true, byteOrderMark: false); }
        bomLength = 0;
        return null;
    }

    /// <summary>
    /// The encoding for a charset label (<c>utf-8</c>, <c>gb2312</c>, <c>gbk</c>, <c>big5</c>, <c>shift_jis</c>), or null when
    /// the label is unknown. GB2312 and GBK map to GB18030, their superset, as browsers do.
    /// </summary>
    public static Encoding? ByName(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58":
                return Gb18030;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return new UTF8Encoding(false);
            case "utf-16" or "utf-16le" or "unicode":
                return new UnicodeEncoding(false, false);
            case "utf-16be":
                return new UnicodeEncoding(true, false);
        }
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the bytes are valid UTF-8; with <paramref name="allowCutEnd"/>, a sequence cut at the end is allowed.</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes, bool allowCutEnd)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return true;
        if (!allowCutEnd) return false;
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut])) return true;
        return false;
    }

    /// <summary>
    /// True when the bytes are well-formed GB18030 (one-, two- and four-byte sequences); with
    /// <paramref name="allowCutEnd"/>, a sequence cut at the end is allowed.
    /// </summary>
    public static bool IsGb18030(ReadOnlySpan<byte> bytes, bool allowCutEnd)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            if (b is 0x80 or 0xFF) return false;
            if (i + 1 >= bytes.Length) return allowCutEnd;
            var b2 = bytes[i + 1];
            if (b2 is >= 0x40 and <= 0xFE and not 0x7F) { i += 2; continue; }
            if (b2 is < 0x30 or > 0x39) return false;
            if (i + 3 >= bytes.Length) return allowCutEnd;
            if (bytes[i + 2] is < 0x81 or > 0xFE || bytes[i + 3] is < 0x30 or > 0x39) return false;
            i += 4;
        }
        return true;
    }

    /// <summary>Share (0–1) of bytes that are control characters text never holds (not tab, line feed, carriage return, form feed).</summary>
    public static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return 0;
        var controls = 0;
        foreach (var b in bytes)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) || b == 0x7F) controls++;
        return (double)controls / bytes.Length;
    }

    /// <summary>Decodes text: BOM, then the declared encoding, then UTF-8 if valid, else GB18030.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        var fromBom = FromBom(bytes, out var bomLength);
        if (fromBom is not null) return fromBom.GetString(bytes[bomLength..]);
        if (declared is not null)
        {
            // A page that says UTF-8 but is not (or says GB2312 but is UTF-8) is common: trust the bytes when they are clearly UTF-8.
            if (declared.CodePage != Encoding.UTF8.CodePage && IsUtf8(bytes, false) && HasMultiByteUtf8(bytes)) return Encoding.UTF8.GetString(bytes);
            if (declared.CodePage == Encoding.UTF8.CodePage && !IsUtf8(bytes, false)) return Gb18030.GetString(bytes);
            return declared.GetString(bytes);
        }
        return IsUtf8(bytes, false) ? Encoding.UTF8.GetString(bytes) : Gb18030.GetString(bytes);
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
}
