using System.Globalization;
using System.Text;
using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;

namespace StdSearch.Reporting.Corpus;

/// <summary>
/// Writes a <see cref="PortfolioReport"/> as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted):
/// one row per standard of the set, with its best reference, degree, overlap, coverage, conflict counts, verdict and reason.
/// Save it as UTF-8 with a byte-order mark so spreadsheet programs read the Chinese text. Thread-safe.
/// </summary>
public static class PortfolioCsvWriter
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["standard", "title", "reference", "degree", "overlap", "coverage", "contradictions", "looser", "stricter", "consistent", "reason"];

    /// <summary>The report as CSV text (header row first, CRLF line ends).</summary>
    public static string Write(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        Row(s, Columns);
        foreach (var e in report.Standards)
        {
            Row(s,
            [
                e.Standard, e.Title, e.Reference ?? "", e.Degree == AdoptionDegree.None ? "none" : e.Degree.ToCode(),
                e.Overlap.ToString("0.###", CultureInfo.InvariantCulture), e.Coverage.ToString("0.###", CultureInfo.InvariantCulture),
                e.Conflicts.Count(c => c.Verdict == StrictnessVerdict.Contradictory).ToString(CultureInfo.InvariantCulture),
                e.Conflicts.Count(c => c.Verdict == StrictnessVerdict.AStricter).ToString(CultureInfo.InvariantCulture),
                e.Conflicts.Count(c => c.Verdict == StrictnessVerdict.BStricter).ToString(CultureInfo.InvariantCulture),
                e.Consistent ? "yes" : "no", e.Reason,
            ]);
        }
        return s.ToString();
    }

    private static void Row(StringBuilder s, IEnumerable<string> fields)
    {
        s.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
