using System.Globalization;
using System.Text;
using StdSearch.Documents;
using StdSearch.Extraction.Tables;

namespace StdSearch.Lifecycle;

/// <summary>
/// Imports a catalogue of standards from CSV (UTF-8 with or without BOM, GB18030, tab- or comma-separated) or XLSX
/// (first worksheet), the lists national and provincial platforms publish. Columns are found by their usual Chinese or
/// English headers (标准号/标准编号, 标准名称/中文名称, 状态/标准状态, 发布日期, 实施日期, 代替标准, 被代替标准/替代标准;
/// id, title, status, issued, effective, replaces, replaced by …), in any order, on the first row that names an id
/// column (title lines above it are skipped). Ids in any spelling are normalised with <see cref="StandardId"/>. A row
/// that cannot be read (no id, an id that is not a standard number, an unknown status, a date that is not a date, a
/// replaced-by cell without a standard number, broken quoting) is reported with its line and the rest are kept.
/// Stateless and thread-safe.
/// </summary>
public static class CatalogueImporter
{
    /// <summary>Reads a catalogue file.</summary>
    /// <param name="path">A <c>.csv</c>, <c>.tsv</c>, <c>.txt</c> or <c>.xlsx</c> file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CatalogueImportException">The file is missing, not a table, or has no id column.</exception>
    public static async Task<CatalogueImportResult> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IReadOnlyList<TableRow> rows;
        try
        {
            rows = await TableFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new CatalogueImportException(path, e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message, e);
        }
        return Import(path, rows);
    }

    internal static CatalogueImportResult Import(string fileName, IReadOnlyList<TableRow> rows)
    {
        var headerAt = -1;
        Dictionary<Field, int>? columns = null;
        for (var i = 0; i < Math.Min(rows.Count, MaxPreambleRows) && columns is null; i++)
        {
            if (rows[i].Error is not null) continue;
            var found = CatalogueColumns.Recognise(rows[i].Cells);
            if (found.ContainsKey(Field.Id)) (headerAt, columns) = (i, found);
        }
        if (columns is null)
            throw new CatalogueImportException(fileName,
                $"no id column: none of the first {MaxPreambleRows} rows has a header such as 标准号, 标准编号 or id");

        var entries = new List<CatalogueEntry>();
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (read, normalised, duplicates) = (0, 0, 0);
        foreach (var row in rows.Skip(headerAt + 1))
        {
            if (row.Error is null && row.IsBlank) continue;
            read++;
            if (row.Error is not null) { rejected.Add(new RejectedRow(row.Line, row.Error)); continue; }
            if (!TryReadRow(row, columns, out var entry, out var wasMessy, out var reason))
            {
                rejected.Add(new RejectedRow(row.Line, reason));
                continue;
            }
            if (wasMessy) normalised++;
            if (!seen.Add(entry.Id.Canonical)) duplicates++;
            entries.Add(entry);
        }
        var header = rows[headerAt].Cells;
        return new CatalogueImportResult
        {
            FileName = fileName,
            Catalogue = new Catalogue(entries),
            RowsRead = read,
            IdsNormalised = normalised,
            Duplicates = duplicates,
            Rejected = rejected,
            Columns = columns.ToDictionary(p => CatalogueColumns.Name(p.Key), p => header[p.Value].Trim()),
        };
    }

    // Platform exports put a title and an export date above the header.
    private const int MaxPreambleRows = 10;

    private static bool TryReadRow(TableRow row, Dictionary<Field, int> columns, out CatalogueEntry entry, out bool messy, out string reason)
    {
        entry = null!;
        messy = false;
        string Cell(Field f) => columns.TryGetValue(f, out var c) && c < row.Cells.Count ? row.Cells[c].Trim() : "";

        var idText = Cell(Field.Id);
        if (idText.Length == 0) { reason = "no standard number"; return false; }
        if (!StandardId.TryParse(idText, out var id, out var why))
        {
            // A cell that holds the id with something else ("GB/T 7714-2015 信息与文献…") still has one id in it.
            var found = StandardIdFinder.FindAll(idText);
            if (found.Count != 1) { reason = $"'{idText}' is not a standard number ({why})"; return false; }
            id = found[0].Id;
        }
        messy = !IsWrittenNormally(idText, id);

        LifecycleStatus? status = null;
        var statusText = Cell(Field.Status);
        if (statusText.Length > 0)
        {
            if (CatalogueColumns.Status(statusText) is not { } s) { reason = $"unknown status '{statusText}'"; return false; }
            status = s;
        }
        if (!TryDate(Cell(Field.Issued), out var issued)) { reason = $"issue date '{Cell(Field.Issued)}' is not a date"; return false; }
        if (!TryDate(Cell(Field.Effective), out var effective)) { reason = $"implementation date '{Cell(Field.Effective)}' is not a date"; return false; }
        if (!TryIds(Cell(Field.Replaces), out var replaces)) { reason = $"replaces '{Cell(Field.Replaces)}' holds no standard number"; return false; }
        if (!TryIds(Cell(Field.ReplacedBy), out var replacedBy)) { reason = $"replaced by '{Cell(Field.ReplacedBy)}' holds no standard number"; return false; }

        // A status of 被代替 without the cell naming the successor is still 被代替; a successor without a status implies it.
        if (status is null && replacedBy.Count > 0) status = LifecycleStatus.Replaced;
        entry = new CatalogueEntry
        {
            Id = id,
            Title = Cell(Field.Title),
            Status = status,
            Issued = issued,
            Effective = effective,
            Replaces = replaces,
            ReplacedBy = replacedBy,
        };
        reason = "";
        return true;
    }

    // The display and canonical forms, and the printed form with an ASCII hyphen, count as normal spellings.
    private static bool IsWrittenNormally(string text, StandardId id)
    {
        var t = text.Trim();
        return t == id.Display || t == id.Canonical || t == id.Display.Replace('\u2014', '-');
    }

    private static bool TryIds(string text, out IReadOnlyList<StandardId> ids)
    {
        ids = [];
        if (text.Length == 0 || text is "-" or "—" or "无" or "/") return true;
        var found = StandardIdFinder.FindAll(text).Select(m => m.Id).Distinct().ToList();
        if (found.Count == 0 && StandardId.TryParse(text, out var one)) found.Add(one);
        ids = found;
        return found.Count > 0;
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm",
        "yyyy-M-dTH:mm:ss", "yyyy年M月d日",
    ];

    internal static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        var t = Fold(text);
        if (t.Length == 0 || t is "-" or "—" or "/") return true;
        t = t.Replace(" 00:00:00", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            date = DateOnly.FromDateTime(d);
            return true;
        }
        return false;
    }

    // Full-width digits and punctuation to ASCII; catalogues pasted from web pages hold both.
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Trim())
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        return sb.ToString();
    }
}
