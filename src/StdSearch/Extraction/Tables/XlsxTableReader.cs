using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StdSearch.Extraction.Tables;

/// <summary>
/// Reads the first worksheet of an Excel 2007+ workbook (.xlsx) into rows of cell texts, each with its worksheet row
/// number: shared and inline strings, numbers as written in invariant culture, booleans, and numbers formatted as
/// dates (built-in date formats 14–22, 45–47 and custom formats with y/m/d) as <c>yyyy-MM-dd</c>. Cells are placed by
/// their column reference, so a skipped cell stays an empty string.
/// </summary>
internal static class XlsxTableReader
{
    /// <summary>Reads the workbook.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a readable workbook, or it has no worksheet; the message says why.</exception>
    public static IReadOnlyList<TableRow> Read(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (!FormatSniffer.IsZip(content.Span))
            throw new InvalidDataException(FormatSniffer.IsOleCompoundFile(content.Span)
                ? "a legacy .xls or encrypted workbook, not an .xlsx (save it as .xlsx or CSV)"
                : "not an .xlsx workbook (no ZIP signature)");
        using var stream = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        try
        {
            using var workbook = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var part = workbook.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
            var firstSheet = part.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new InvalidDataException("the workbook has no worksheet");
            var sheet = (WorksheetPart)part.GetPartById(firstSheet.Id!.Value!);
            var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(part.WorkbookStylesPart?.Stylesheet);
            var rows = new List<TableRow>();
            var data = sheet.Worksheet?.GetFirstChild<SheetData>();
            if (data is null) return rows;
            var next = 1;
            foreach (var row in data.Elements<Row>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var number = (int?)row.RowIndex?.Value ?? next;
                next = number + 1;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(CellText(cell, strings, dateStyles));
                }
                rows.Add(new TableRow(number, cells));
            }
            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or FileFormatException or InvalidOperationException
                                       or ArgumentException or KeyNotFoundException)
        {
            throw new InvalidDataException($"the workbook cannot be parsed ({ex.Message})", ex);
        }
    }

    private static string CellText(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k >= 0 && k < strings.Length ? strings[k] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (raw.Length == 0) return "";
        if (cell.StyleIndex?.Value is uint style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw;
    }

    // Indexes of cell formats (styles.xml cellXfs) whose number format is a date.
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var isDate = id is >= 14 and <= 22 or >= 45 and <= 47
                || custom.TryGetValue(id, out var code) && IsDateCode(code);
            if (isDate) result.Add(index);
            index++;
        }
        return result;
    }

    private static bool IsDateCode(string code)
    {
        // Strip quoted literals and bracketed sections ([Red], [$-804]) before looking for date letters.
        var plain = new System.Text.StringBuilder();
        var inQuote = false;
        var inBracket = false;
        foreach (var c in code)
        {
            if (c == '"') { inQuote = !inQuote; continue; }
            if (!inQuote && c == '[') { inBracket = true; continue; }
            if (inBracket) { if (c == ']') inBracket = false; continue; }
            if (!inQuote) plain.Append(char.ToLowerInvariant(c));
        }
        var s = plain.ToString();
        return s.Contains('y') || s.Contains('d') || s.Contains("m") && !s.Contains('h') && !s.Contains('s') && !s.Contains('0') && !s.Contains('#');
    }

    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, column - 1);
    }
}
