using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.PlainText;

/// <summary>
/// Reads plain text and Markdown: UTF-8 (with or without BOM), UTF-16 (with BOM), and GB18030/GBK when the bytes are
/// not valid UTF-8. Markdown <c>#</c> headings give <see cref="LayoutLine.HeadingLevel"/>, pipe tables give rows with
/// <see cref="LayoutLine.Cells"/>, <c>**</c> emphasis is removed, and a blank line starts a new paragraph.
/// The fallback reader: put it after the binary and HTML readers. Stateless and thread-safe.
/// </summary>
public sealed partial class PlainTextDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.PlainText;

    /// <summary>
    /// True for text: a UTF-16 byte-order mark, or no NUL bytes, hardly any control characters and bytes that are valid
    /// UTF-8 or well-formed GB18030.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> header)
    {
        if (header.Length == 0) return false;
        var bom = TextDecoding.FromBom(header, out var bomLength);
        if (bom is not null && bomLength == 2) return true; // UTF-16: NUL bytes are expected
        var body = header[bomLength..];
        if (body.Contains((byte)0)) return false;
        if (TextDecoding.ControlShare(body) > 0.01) return false;
        return TextDecoding.IsUtf8(body, allowCutEnd: true) || TextDecoding.IsGb18030(body, allowCutEnd: true);
    }

    /// <inheritdoc />
    public Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        var text = TextDecoding.Decode(content.Span);
        var lines = ParseLines(text, cancellationToken);
        if (lines.Count == 0)
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the text file holds no text");
        return Task.FromResult(new LayoutDocument(Path.GetFileName(sourceName), SourceFormat.PlainText, lines));
    }

    /// <summary>Turns decoded text (Markdown or plain) into lines.</summary>
    internal static List<LayoutLine> ParseLines(string text, CancellationToken cancellationToken)
    {
        var raw = LineBreak().Split(text);
        var lines = new List<LayoutLine>();
        var startsParagraph = true;
        var inTable = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (i % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = raw[i];
            if (string.IsNullOrWhiteSpace(line) || line.All(LineText.IsBlank))
            {
                startsParagraph = true;
                inTable = false;
                continue;
            }

            if (TableSeparator().IsMatch(line) && line.Contains('-'))
            {
                inTable = line.Contains('|');
                continue; // the |---|---| line under a table header
            }

            var trimmed = line.Trim();
            var nextIsSeparator = i + 1 < raw.Length && TableSeparator().IsMatch(raw[i + 1]) && raw[i + 1].Contains('|');
            if (trimmed.Contains('|') && (trimmed.StartsWith('|') || nextIsSeparator || inTable))
            {
                var cells = SplitCells(trimmed).Select(c => LineText.Clean(StripEmphasis(c, out _))).ToList();
                if (cells.Any(c => c.Length > 0))
                {
                    lines.Add(new LayoutLine(LineText.JoinCells(cells), 0) { Cells = cells, StartsParagraph = true });
                    inTable = true;
                    startsParagraph = true;
                    continue;
                }
            }
            inTable = false;

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var title = LineText.Clean(StripEmphasis(heading.Groups["text"].Value, out _));
                if (title.Length > 0)
                {
                    lines.Add(new LayoutLine(title, 0) { HeadingLevel = heading.Groups["hashes"].Length, StartsParagraph = true });
                    startsParagraph = true;
                    continue;
                }
            }

            var cleaned = LineText.Clean(StripEmphasis(line, out var wholeLineBold));
            if (cleaned.Length == 0) continue;
            lines.Add(new LayoutLine(cleaned, 0) { StartsParagraph = startsParagraph, IsBold = wholeLineBold });
            startsParagraph = false;
        }
        return lines;
    }

    /// <summary>Removes Markdown <c>**strong**</c> markers; says whether the whole line was strong.</summary>
    private static string StripEmphasis(string text, out bool wholeLineBold)
    {
        var trimmed = text.Trim();
        wholeLineBold = trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal)
            && trimmed.IndexOf("**", 2, StringComparison.Ordinal) == trimmed.Length - 2;
        return text.Contains("**", StringComparison.Ordinal) ? Strong().Replace(text, "$1") : text;
    }

    /// <summary>Splits a pipe-table row into cells; <c>\|</c> is a literal bar.</summary>
    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|') { current.Append('|'); i++; }
            else if (row[i] == '|') { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(row[i]);
        }
        cells.Add(current.ToString());
        if (row.StartsWith('|')) cells.RemoveAt(0);
        if (row.EndsWith('|') && !row.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    [GeneratedRegex(@"\r\n|\n|\r|\f|\u2028|\u2029")]
    private static partial Regex LineBreak();

    // ATX heading: up to three spaces, 1-6 hashes, a space (or straight into Chinese text), the title, optional closing hashes.
    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+|(?=[\u3000-\u9FFF]))(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Strong();
}
