using StdSearch.Comparison;
using StdSearch.Documents;

namespace StdSearch.Reporting.Comparison;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as JSON with the keys hosts rely on: <c>a</c>, <c>b</c>, <c>overlap</c>,
/// <c>coverage</c>, <c>degree</c>, <c>degreeReasons</c>, <c>pairs</c> [{<c>a</c>, <c>b</c>, <c>kind</c>, <c>similarity</c>,
/// <c>diff</c>, and <c>textA</c>/<c>textB</c> when there is no diff}], <c>conflicts</c> [{<c>parameter</c>, <c>a</c>, <c>b</c>, <c>verdict</c>}], <c>changes</c>. Uses
/// <see cref="JsonReport"/>'s options. Thread-safe.
/// </summary>
public static class ComparisonJsonWriter
{
    /// <summary>The result as a JSON string.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="indented">Indented (files, CLI) or compact (HTTP).</param>
    public static string Write(ComparisonResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shape = new
        {
            a = result.A,
            b = result.B,
            overlap = result.Overlap,
            coverage = result.Coverage,
            crossLanguage = result.CrossLanguage,
            degree = result.Degree.Degree.ToCode(),
            degreeReasons = result.Degree.Reasons,
            statedDegree = result.Degree.Stated?.ToCode(),
            agreesWithStated = result.Degree.AgreesWithStated,
            statedDeviations = result.Degree.StatedDeviations,
            technicalChanges = result.TechnicalChangeCount,
            conflictCount = result.ConflictCount,
            pairs = result.Pairs.Select(p => new
            {
                a = p.A,
                b = p.B,
                kind = p.Kind,
                similarity = p.Similarity,
                method = p.Method,
                confidence = p.Confidence,
                moved = p.Moved,
                reasons = p.Reasons,
                // A pair without a word diff (a clause only one side has, or one too different to diff) carries its texts.
                textA = p.Diff.Count == 0 && p.TextA.Length > 0 ? p.TextA : null,
                textB = p.Diff.Count == 0 && p.TextB.Length > 0 ? p.TextB : null,
                diff = p.Diff.Select(d => d.Operation switch
                {
                    DiffOperation.Equal => new { op = "=", text = d.B },
                    DiffOperation.Deleted => new { op = "-", text = d.A },
                    _ => new { op = "+", text = d.B },
                }),
            }),
            conflicts = result.Conflicts.Select(c => new
            {
                parameter = c.Parameter,
                a = c.A,
                b = c.B,
                verdict = c.Verdict,
                kind = c.Kind,
                clauseA = c.ClauseA,
                clauseB = c.ClauseB,
                explanation = c.Explanation,
            }),
            terms = result.Terms,
            references = result.References,
            changes = result.Editions is null ? null : new
            {
                drafted = result.Editions.Drafted.Select(d => d.Text),
                matched = result.Editions.Matched.Select(c => c.Description),
                missed = result.Editions.Missed.Select(c => c.Description),
                extra = result.Editions.Extra.Select(d => d.Text),
            },
        };
        return JsonReport.Serialize(shape, indented);
    }
}
