using System.Globalization;
using StdSearch.Documents;
using StdSearch.Extraction;

namespace StdSearch.Tests.Extraction.Structure;

/// <summary>
/// The golden-file format shared with the real-standards ground truth: <c>key: value</c> lines, then
/// <c>[clauses]</c> (<c>number TAB heading [TAB annex status]</c>), <c>[terms]</c>, <c>[references]</c>.
/// </summary>
internal sealed class StructureExpectation
{
    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, List<string[]>> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static StructureExpectation Read(string path)
    {
        var e = new StructureExpectation();
        string? section = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith('#')) continue;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('[') && line.EndsWith(']')) { section = line[1..^1]; e.Sections[section] = []; continue; }
            if (section is null)
            {
                var colon = line.IndexOf(':');
                if (colon > 0) e.Fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                continue;
            }
            if (line.Trim().Length == 0) continue;
            e.Sections[section].Add(line.Split('\t'));
        }
        return e;
    }

    /// <summary>The numbered clauses of a document as expectation rows (number, heading, annex status).</summary>
    public static List<string[]> ClauseRows(StandardDocument doc) =>
        doc.AllClauses()
            .Where(c => c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex or ClauseKind.Section)
            .Select(c => c.Kind == ClauseKind.Annex ? new[] { c.Number, c.Heading, StatusText(c.AnnexStatus) } : new[] { c.Number, c.Heading })
            .ToList();

    private static string StatusText(AnnexStatus s) => s switch { AnnexStatus.Normative => "规范性", AnnexStatus.Informative => "资料性", _ => "" };

    /// <summary>Normalises an annex status as written in a truth file (规范性附录, 参考件, informative …).</summary>
    public static string NormaliseStatus(string s) =>
        s.Contains("资料性") || s.Contains("提示") || s.Contains("参考件") || s.Contains("informative", StringComparison.OrdinalIgnoreCase) ? "资料性"
        : s.Length == 0 ? "" : "规范性";

    /// <summary>Differences between the expectation and the document, one line each; empty when they agree.</summary>
    public List<string> Compare(StandardDocument doc)
    {
        var diffs = new List<string>();
        foreach (var (key, expected) in Fields)
        {
            var actual = Actual(doc, key);
            if (actual is null) continue;
            if (!Same(key, expected, actual)) diffs.Add($"{key}: expected '{expected}', got '{actual}'");
        }
        if (Sections.TryGetValue("clauses", out var clauses))
            CompareRows("clauses", clauses, ClauseRows(doc), diffs, annexStatus: true);
        if (Sections.TryGetValue("terms", out var terms))
            CompareRows("terms", terms, doc.Terms.Select(t => new[] { t.Number, t.Designation, t.EnglishEquivalent }).ToList(), diffs, annexStatus: false);
        if (Sections.TryGetValue("references", out var refs))
            CompareRows("references", refs, doc.NormativeReferences.Select(r => new[] { r.Id.Canonical, r.Title }).ToList(), diffs, annexStatus: false, idColumn: true);
        return diffs;
    }

    private static void CompareRows(string name, List<string[]> expected, List<string[]> actual, List<string> diffs, bool annexStatus, bool idColumn = false)
    {
        var n = Math.Max(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var a = i < actual.Count ? actual[i] : null;
            if (e is null || a is null || !RowEquals(e, a, annexStatus, idColumn))
            {
                diffs.Add($"[{name}] row {i + 1}: expected '{(e is null ? "-" : string.Join(" | ", e))}', got '{(a is null ? "-" : string.Join(" | ", a))}'");
                if (diffs.Count > 40) return;
            }
        }
    }

    public static bool RowEquals(string[] e, string[] a, bool annexStatus, bool idColumn)
    {
        var number = idColumn ? SameId(e[0], a[0]) : e[0] == a[0];
        if (!number) return false;
        for (var c = 1; c < e.Length; c++)
        {
            var ev = e[c].Trim();
            var av = c < a.Length ? a[c].Trim() : "";
            if (annexStatus && c == 2) { if (NormaliseStatus(ev) != NormaliseStatus(av)) return false; continue; }
            if (ev != av) return false;
        }
        return true;
    }

    private static bool SameId(string e, string a) =>
        StandardId.TryParse(e, out var x) && StandardId.TryParse(a, out var y) ? x == y : e == a;

    private static bool Same(string key, string expected, string actual) => key.ToLowerInvariant() switch
    {
        "id" => SameId(expected, actual),
        "replaces" => expected.Split(';', ',').Select(s => s.Trim()).Zip(actual.Split(';')).All(p => SameId(p.First, p.Second))
                      && expected.Split(';', ',').Length == actual.Split(';').Length,
        "adoption" => expected.Split(' ', 2) is var p && actual.Split(' ', 2) is var q && p[0].Equals(q[0], StringComparison.OrdinalIgnoreCase) && p.Length == 2 && q.Length == 2 && SameId(p[1], q[1]),
        "ics" => string.Join(';', expected.Split(';', ',').Select(s => s.Replace(" ", ""))) == actual,
        "warnings" => expected.Split(',').Select(s => s.Trim()).OrderBy(s => s).SequenceEqual(actual.Split(',').OrderBy(s => s)),
        _ => expected == actual,
    };

    private static string? Actual(StandardDocument doc, string key) => key.ToLowerInvariant() switch
    {
        "id" => doc.Id.IsEmpty ? "" : doc.Id.Canonical,
        "key" => doc.Key,
        "title" => doc.Title,
        "titleen" => doc.TitleEn,
        "documenttype" => doc.DocumentType,
        "ics" => string.Join(';', doc.Ics),
        "ccs" => string.Join(';', doc.Ccs),
        "issued" => doc.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        "effective" => doc.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        "issuers" => string.Join(';', doc.Issuers),
        "replaces" => string.Join(';', doc.Replaces.Select(r => r.Canonical)),
        "adoption" => doc.Adoption is null ? "" : AdoptionText(doc.Adoption),
        "draft" => doc.DraftStage,
        "proposer" => doc.ProposedBy,
        "committee" => doc.Committee,
        "drafters" => string.Join(';', doc.Drafters),
        "changes" => doc.TechnicalChanges.Count.ToString(CultureInfo.InvariantCulture),
        "warnings" => string.Join(',', doc.Warnings.Select(w => w.Code.ToString()).Distinct()),
        _ => null,
    };

    private static string AdoptionText(Adoption a) =>
        (a.Degree == AdoptionDegree.None ? "NONE" : a.Degree.ToCode()) + " " + a.Source.Canonical;
}

/// <summary>Builds <see cref="LayoutDocument"/>s from the golden text format: one line per LayoutLine,
/// <c>&lt;&lt;page&gt;&gt;</c> starts a new page, <c>| a | b |</c> is a table row with cells.</summary>
internal static class LayoutText
{
    public static LayoutDocument FromText(string sourceName, string text, SourceFormat format = SourceFormat.Pdf)
    {
        var lines = new List<LayoutLine>();
        var page = 1;
        foreach (var raw in text.Replace("\r", "").Split('\n'))
        {
            if (raw.Trim() == "<<page>>") { page++; continue; }
            if (raw.Trim().Length == 0) continue;
            var t = raw.Trim();
            if (t.StartsWith('|') && t.EndsWith('|') && t.Length > 1)
            {
                var cells = t[1..^1].Split('|').Select(c => c.Trim()).ToList();
                lines.Add(new LayoutLine(string.Join(" ", cells), page) { Cells = cells });
                continue;
            }
            lines.Add(new LayoutLine(raw, page));
        }
        return new LayoutDocument(sourceName, format, lines) { PageCount = page };
    }
}
