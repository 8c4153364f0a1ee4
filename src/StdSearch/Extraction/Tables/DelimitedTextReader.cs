using System.Text;

namespace StdSearch.Extraction.Tables;

/// <summary>
/// Reads comma-separated (RFC 4180) or tab-separated text into rows, each with the physical line it starts on:
/// quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR line ends; UTF-8 with or
/// without a byte-order mark, UTF-16 with one, otherwise GB18030 (see <see cref="TextDecoding"/>). A record with a
/// stray quote inside an unquoted field, text after a closing quote or a quote left open at the end of the file is
/// returned with an <see cref="TableRow.Error"/> instead of being guessed at; the rows after it are read normally.
/// </summary>
internal static class DelimitedTextReader
{
    /// <summary>Decodes and splits the bytes; the separator is a tab when the first line has tabs and no commas, else a comma.</summary>
    public static IReadOnlyList<TableRow> Read(ReadOnlySpan<byte> bytes) => Parse(TextDecoding.Decode(bytes));

    /// <summary>Splits decoded text.</summary>
    public static IReadOnlyList<TableRow> Parse(string text)
    {
        var separator = ChooseSeparator(text);
        var rows = new List<TableRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        string? error = null;
        var i = 0;
        var atCellStart = true;
        var quoted = false;       // the current cell opened with a quote
        var inQuotes = false;     // inside the quotes of the current cell

        void EndCell()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            atCellStart = true;
            quoted = false;
        }

        void EndRecord()
        {
            EndCell();
            rows.Add(new TableRow(recordLine, cells.ToArray(), error));
            cells.Clear();
            error = null;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                    inQuotes = false;
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n')
                {
                    cell.Append('\n');
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    continue;
                }
                cell.Append(c);
                i++;
                continue;
            }
            if (c == separator) { EndCell(); i++; continue; }
            if (c == '\r' || c == '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                EndRecord();
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"')
            {
                if (atCellStart && cell.Length == 0) { quoted = inQuotes = true; atCellStart = false; i++; continue; }
                error ??= quoted
                    ? $"text after the closing quote in field {cells.Count + 1}"
                    : $"a quote inside the unquoted field {cells.Count + 1}";
            }
            else if (quoted && !char.IsWhiteSpace(c))
            {
                error ??= $"text after the closing quote in field {cells.Count + 1}";
            }
            atCellStart = false;
            cell.Append(c);
            i++;
        }
        if (inQuotes) error ??= $"the quote opened in field {cells.Count + 1} is never closed";
        if (cells.Count > 0 || cell.Length > 0 || inQuotes) EndRecord();
        return rows;
    }

    private static char ChooseSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        return first.Contains('\t') && !first.Contains(',') ? '\t' : ',';
    }
}
