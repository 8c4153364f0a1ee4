using System.Text;
using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// Reads the numbers of a clause that can carry a technical value, for the "数值" test of <see cref="PairClassifier"/>.
/// Numbers that only locate or name something are left out, because a draft and its published edition differ in
/// them without any change of content:
/// <list type="bullet">
/// <item>cited standard ids, and the compared documents' own id in running headers and footers that PDF extraction
/// left in the text, even when split (<c>JT/T 808-201 1</c>);</item>
/// <item>references to tables, figures, formulas and clauses (<c>见表 63</c>, <c>图 1</c>, <c>式(1)</c>, <c>见 8.12</c>),
/// and a clause number of either document followed by text (a heading the extraction ran into the body);</item>
/// <item>hexadecimal literals (<c>0x0200</c>, OCR <c>Ox7e</c>): identifiers, compared apart (<see cref="Identifiers"/>);</item>
/// <item>cells of positional table columns (<c>起始字节</c>, <c>位</c>, <c>序号</c>, <c>步骤</c>): byte offsets and ordinals
/// shift whenever a field is added or removed; the field change itself shows in the wording.</item>
/// </list>
/// Values are normalised (thousands separators and leading zeros dropped, trailing decimal zeros dropped). Immutable
/// and thread-safe once built.
/// </summary>
internal sealed partial class ValueReader
{
    // A number with optional thousands groups ("2 400", "1,000") and decimals; CJK text may touch it (不小于1.5).
    [GeneratedRegex(@"(?<![0-9.])\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?(?![0-9])|(?<![0-9.])\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // 0x0200, OCR Ox7e and 0x 8105, assembler style 01H.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:[0Oo][xX] ?[0-9A-Fa-f]+|[0-9][0-9A-Fa-f]*[hH])(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();

    // 表 63, 表 A. 1, 图1, 式(1), 见 8.12, 第 5 章, 按 6.2.1, Table 1, see 5.2 (a reference locates text, it is not a value).
    [GeneratedRegex(@"(?:表|图|式|见|按|第|附录|\b(?:[Tt]able|[Ff]igure|[Ff]ormula|[Ee]quation|[Cc]lause|[Ss]ubclause|[Aa]nnex|[Ss]ee))\s*[(（]?\s*(?:[A-Za-z]\s*\.\s*)?\d+(?:\s*\.\s*\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    // A dotted number followed by text, a candidate clause number: 4.1 消息结构, 4.4.2 标识位.
    [GeneratedRegex(@"(?<![0-9.])\d+(?:\.\d+)+(?![0-9.])(?=\s*(?:[\p{IsCJKUnifiedIdeographs}]|$))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DottedBeforeText();

    // Positional column headings of protocol and step tables.
    private static readonly HashSet<string> PositionalHeadings = new(["起始字节", "字节偏移", "偏移", "偏移量", "位", "比特位", "序号", "步骤", "编号"], StringComparer.Ordinal);

    // CJK measure words after which a dotted number is a value, not a clause number (1.5 倍).
    private const string CjkUnits = "倍米个次秒分时天年月日周克升度元位字节帧路";

    private readonly HashSet<string> _clauseNumbers;
    private readonly Regex? _ownIds;
    private readonly string[] _ownNumbers;

    private ValueReader(HashSet<string> clauseNumbers, Regex? ownIds, string[] ownNumbers)
    {
        _clauseNumbers = clauseNumbers;
        _ownIds = ownIds;
        _ownNumbers = ownNumbers;
    }

    /// <summary>A reader that knows the clause numbers and own ids of the compared documents.</summary>
    public static ValueReader For(params StandardDocument[] documents)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var ownNumbers = new List<string>();
        foreach (var d in documents)
        {
            foreach (var c in d.AllClauses())
                if (c.Number.Contains('.')) numbers.Add(c.Number);
            if (!d.Id.IsEmpty && d.Id.Number.Length > 0)
            {
                // Number and year as printed in a header, spaces allowed anywhere the OCR put them: 808-201 1.
                var year = d.Id.Year is { } y ? @"\s*[-—–－]\s*" + string.Join(@"\s*", y.ToString().Select(ch => ch.ToString())) : "";
                ownNumbers.Add(d.Id.Number);
                ids.Add(@"(?<![0-9])" + Regex.Escape(d.Id.Number).Replace(@"\.", @"\s*\.\s*") + year + @"(?![0-9])");
            }
        }
        var ownIds = ids.Count == 0 ? null : new Regex(@"(?:[A-Z]{1,4}\s*/\s*[A-Z]\s*)?(?:" + string.Join("|", ids.Distinct()) + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        return new ValueReader(numbers, ownIds, [.. ownNumbers.Distinct()]);
    }

    /// <summary>Normalised values of a folded text, in reading order; <paramref name="citedIds"/> are the text's standard ids when already found.</summary>
    public List<string> Values(string folded, IReadOnlyList<StandardIdMatch>? citedIds = null)
    {
        var result = new List<string>();
        if (folded.Length == 0) return result;
        var text = Mask(folded, citedIds ?? (folded.Length >= 4 ? StandardIdFinder.FindAll(folded) : []));
        HashSet<int>? positional = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.Contains('|'))
            {
                positional = null;
                AddNumbers(line, result);
                continue;
            }
            var cells = line.Split('|');
            // A row without digits is a heading row, unless its first cell is empty: then it continues the row above.
            if (!cells.Any(c => c.Any(char.IsAsciiDigit)) && cells[0].Trim().Length > 0)
            {
                // A heading row: remember which columns only locate a field.
                positional = [];
                for (var k = 0; k < cells.Length; k++)
                    if (PositionalHeadings.Contains(cells[k].Trim().Replace(" ", "", StringComparison.Ordinal))) positional.Add(k);
                continue;
            }
            for (var k = 0; k < cells.Length; k++)
                if (positional is null || !positional.Contains(k)) AddNumbers(cells[k], result);
        }
        return result;
    }

    /// <summary>Hexadecimal identifiers (message ids, codes), normalised to <c>0x</c> and upper-case digits.</summary>
    public static List<string> Identifiers(string folded)
    {
        var result = new List<string>();
        foreach (Match m in HexPattern().Matches(folded)) result.Add("0x" + (m.Value[^1] is 'h' or 'H' ? m.Value[..^1] : m.Value[2..].Trim()).ToUpperInvariant());
        return result;
    }

    private string Mask(string folded, IReadOnlyList<StandardIdMatch> citedIds)
    {
        var sb = new StringBuilder(folded);
        void Blank(int start, int length) { for (var i = start; i < start + length && i < sb.Length; i++) if (sb[i] != '\n' && sb[i] != '|') sb[i] = '#'; }
        foreach (var id in citedIds) Blank(id.Start, id.End - id.Start);
        // The own-id pattern is interpreted, not generated: run it only where the number occurs.
        if (_ownIds is not null && _ownNumbers.Any(n => folded.Contains(n, StringComparison.Ordinal)))
            foreach (Match m in _ownIds.Matches(folded)) Blank(m.Index, m.Length);
        foreach (Match m in HexPattern().Matches(folded)) Blank(m.Index, m.Length);
        foreach (Match m in ReferencePattern().Matches(folded)) Blank(m.Index, m.Length);
        var masked = sb.ToString();
        foreach (Match m in DottedBeforeText().Matches(masked))
        {
            if (!_clauseNumbers.Contains(m.Value)) continue;
            var next = m.Index + m.Length;
            while (next < masked.Length && masked[next] == ' ') next++;
            if (next < masked.Length && CjkUnits.Contains(masked[next])) continue;
            Blank(m.Index, m.Length);
        }
        return sb.ToString();
    }

    private static void AddNumbers(string text, List<string> result)
    {
        foreach (Match m in NumberPattern().Matches(text)) result.Add(Normalise(m.Value));
    }

    /// <summary>2 400 and 2,400 → 2400; 1.50 → 1.5; 09 → 9.</summary>
    internal static string Normalise(string value)
    {
        var v = value.Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (v.Contains('.')) v = v.TrimEnd('0').TrimEnd('.');
        var dot = v.IndexOf('.');
        var integerEnd = dot < 0 ? v.Length : dot;
        var zeros = 0;
        while (zeros < integerEnd - 1 && v[zeros] == '0') zeros++;
        return zeros == 0 ? v : v[zeros..];
    }
}
