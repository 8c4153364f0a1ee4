using System.Globalization;
using System.Text;
using StdSearch.Documents;

namespace StdSearch.Tests.TestSupport;

/// <summary>
/// Measures an extracted <see cref="StandardDocument"/> against a <see cref="TruthFile"/>: the share of truth clauses
/// whose number AND heading come out exact, and the share of cover metadata fields that come out exact.
/// "Exact" compares after NFKC and with white space removed (a gap between 中文 and Latin on the page is layout, not text).
/// </summary>
internal sealed class ExtractionAccuracy
{
    public required string Name { get; init; }
    public int ClausesExpected { get; init; }
    public int ClausesExact { get; init; }
    public int MetadataExpected { get; init; }
    public int MetadataExact { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }

    public double ClauseScore => ClausesExpected == 0 ? 1 : (double)ClausesExact / ClausesExpected;
    public double MetadataScore => MetadataExpected == 0 ? 1 : (double)MetadataExact / MetadataExpected;

    public override string ToString() =>
        $"{Name}: clauses {ClausesExact}/{ClausesExpected} ({ClauseScore:P1}), metadata {MetadataExact}/{MetadataExpected} ({MetadataScore:P1})";

    public static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var n = s.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch { '—' or '–' or '－' => '-', _ => c });
        }
        return sb.ToString();
    }

    public static ExtractionAccuracy Measure(StandardDocument doc, TruthFile truth)
    {
        var problems = new List<string>();

        // Clauses: walk the truth in order, matching each number to the next unused extracted clause with that number.
        var extracted = doc.AllClauses()
            .Where(c => c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex && c.Number.Length > 0)
            .ToList();
        var used = new bool[extracted.Count];
        var exact = 0;
        foreach (var row in truth.Clauses)
        {
            var number = row[0].Trim();
            var heading = row.Length > 1 ? row[1] : "";
            var index = -1;
            for (var i = 0; i < extracted.Count; i++)
                if (!used[i] && Normalize(extracted[i].Number) == Normalize(number)) { index = i; break; }
            if (index < 0) { problems.Add($"missing clause {number} {heading}"); continue; }
            used[index] = true;
            var got = extracted[index];
            var headingOk = Normalize(got.Heading) == Normalize(heading);
            var statusOk = row.Length < 3 || got.AnnexStatus == ParseAnnexStatus(row[2]);
            if (headingOk && statusOk) exact++;
            else problems.Add($"clause {number}: heading '{got.Heading}' expected '{heading}'" + (statusOk ? "" : $", status {got.AnnexStatus} expected {row[2]}"));
        }
        var extra = extracted.Where((c, i) => !used[i]).Select(c => c.Number).ToList();
        if (extra.Count > 0) problems.Add($"{extra.Count} extra clauses: {string.Join(' ', extra.Take(15))}");

        // Metadata: each key the truth states.
        var metaExpected = 0;
        var metaExact = 0;
        foreach (var (key, expected) in truth.Metadata)
        {
            string? actual;
            bool ok;
            switch (key)
            {
                case "id":
                    actual = doc.Id.IsEmpty ? "" : doc.Id.Canonical;
                    ok = expected.Length == 0 ? doc.Id.IsEmpty : StandardId.TryParse(expected, out var id) && id == doc.Id;
                    break;
                case "title": actual = doc.Title; ok = Normalize(actual) == Normalize(expected); break;
                case "titleEn": actual = doc.TitleEn; ok = Normalize(actual).Equals(Normalize(expected), StringComparison.OrdinalIgnoreCase); break;
                case "ics": actual = string.Join(";", doc.Ics); ok = SameList(doc.Ics, expected); break;
                case "ccs": actual = string.Join(";", doc.Ccs); ok = SameList(doc.Ccs, expected); break;
                case "issued": actual = doc.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); ok = SameDate(doc.Issued, expected); break;
                case "effective": actual = doc.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); ok = SameDate(doc.Effective, expected); break;
                case "replaces":
                    actual = string.Join(",", doc.Replaces.Select(r => r.Canonical));
                    ok = SameIds(doc.Replaces, expected);
                    break;
                case "adoption":
                    actual = doc.Adoption is null ? "" : $"{doc.Adoption.Degree.ToCode()} {doc.Adoption.Source.Canonical}";
                    ok = doc.Adoption is not null && SameAdoption(doc.Adoption, expected);
                    break;
                case "draft": actual = doc.DraftStage; ok = expected == "yes" ? doc.IsDraft : Normalize(actual) == Normalize(expected); break;
                case "committee": actual = doc.Committee; ok = Normalize(actual) == Normalize(expected); break;
                case "proposer": actual = doc.ProposedBy; ok = Normalize(actual) == Normalize(expected); break;
                default: continue;
            }
            metaExpected++;
            if (ok) metaExact++;
            else problems.Add($"metadata {key}: '{actual}' expected '{expected}'");
        }

        return new ExtractionAccuracy
        {
            Name = truth.BaseName,
            ClausesExpected = truth.Clauses.Count,
            ClausesExact = exact,
            MetadataExpected = metaExpected,
            MetadataExact = metaExact,
            Problems = problems,
        };
    }

    private static AnnexStatus ParseAnnexStatus(string s) => s.Trim() switch
    {
        "规范性" or "normative" or "补充件" or "标准的附录" => AnnexStatus.Normative,
        "资料性" or "informative" or "参考件" or "提示的附录" => AnnexStatus.Informative,
        _ => AnnexStatus.None,
    };

    private static bool SameAdoption(Adoption adoption, string expected)
    {
        var space = expected.IndexOf(' ');
        if (space < 0) return false;
        var degree = expected[..space].Trim().ToUpperInvariant();
        return adoption.Degree.ToCode() == degree
            && StandardId.TryParse(expected[(space + 1)..], out var source) && source == adoption.Source;
    }

    private static bool SameList(IReadOnlyList<string> actual, string expected)
    {
        var want = expected.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).Order();
        return actual.Select(Normalize).Order().SequenceEqual(want);
    }

    private static bool SameIds(IReadOnlyList<StandardId> actual, string expected)
    {
        var want = new List<StandardId>();
        foreach (var part in expected.Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StandardId.TryParse(part, out var id)) return false;
            want.Add(id);
        }
        return actual.Distinct().Order().SequenceEqual(want.Distinct().Order());
    }

    private static bool SameDate(DateOnly? actual, string expected)
    {
        if (actual is not DateOnly d) return false;
        if (DateOnly.TryParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full)) return d == full;
        // Month-only truth (二〇一三年一月): the first of the month.
        return DateOnly.TryParseExact(expected + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && d == month;
    }
}
