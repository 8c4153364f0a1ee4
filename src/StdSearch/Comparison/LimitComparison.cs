using StdSearch.Comparison.Requirements;
using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>
/// Numeric limits of aligned clauses: requirements extracted from both sides of each changed pair, matched by folded
/// parameter name (or, when each side states exactly one limit of the same dimension, to each other), then compared.
/// </summary>
/// <remarks>
/// The verdict rules (DOMAIN.md §4) are a stopgap until the requirements stage's <c>Strictness</c> lands: same unit
/// only (other units are not comparable here), upper bound lower is stricter, lower bound higher is stricter, nested
/// ranges, smaller tolerances, disjoint bounds contradict.
/// </remarks>
internal sealed class LimitComparison(IRequirementExtractor? extractor)
{
    private readonly IRequirementExtractor _extractor = extractor ?? new RequirementExtractor();

    public IEnumerable<Conflict> Compare(StandardDocument documentA, StandardDocument documentB, IReadOnlyList<ClausePair> pairs, TextFolder folder)
    {
        var changed = pairs.Where(p => p.A.Count > 0 && p.B.Count > 0 && p.Kind is not (PairKind.Identical or PairKind.Moved or PairKind.Editorial or PairKind.Translated)).ToList();
        if (changed.Count == 0) yield break;
        // Once per document (one tokenizer each), so tables inherit the modality of the sentence that cites them.
        var byClauseA = _extractor.Extract(documentA).Where(r => r.Limit is not null).ToLookup(r => r.ClauseNumber);
        var byClauseB = _extractor.Extract(documentB).Where(r => r.Limit is not null).ToLookup(r => r.ClauseNumber);
        foreach (var pair in changed)
        {
            var ra = pair.A.SelectMany(n => byClauseA[n]).ToList();
            var rb = pair.B.SelectMany(n => byClauseB[n]).ToList();
            if (ra.Count == 0 || rb.Count == 0) continue;
            var used = new HashSet<Requirement>();
            foreach (var a in ra)
            {
                var key = Key(a.Parameter, folder);
                var b = rb.FirstOrDefault(r => !used.Contains(r) && key.Length > 0 && Key(r.Parameter, folder) == key)
                    ?? (ra.Count == 1 && rb.Count == 1 ? rb[0] : null);
                if (b is null) continue;
                used.Add(b);
                var verdict = Verdict(a.Limit!, b.Limit!);
                if (verdict == StrictnessVerdict.Same) continue;
                var parameter = a.Parameter.Length > 0 ? a.Parameter : b.Parameter;
                yield return new Conflict
                {
                    Kind = ConflictKind.Limit,
                    Parameter = parameter,
                    A = Describe(a),
                    B = Describe(b),
                    Verdict = verdict,
                    ClauseA = a.ClauseNumber,
                    ClauseB = b.ClauseNumber,
                    Explanation = $"{parameter}：A {Describe(a)}，B {Describe(b)}，" + verdict switch
                    {
                        StrictnessVerdict.AStricter => "A 严于 B（B 放宽）",
                        StrictnessVerdict.BStricter => "B 严于 A",
                        StrictnessVerdict.Contradictory => "没有同时满足两者的值（矛盾）",
                        _ => "单位、条件或限值类型不同，不可比",
                    },
                };
            }
        }
    }

    private static string Describe(Requirement r) => (TextFeatures.Chinese(r.Modality) + " " + r.Limit!.Describe()).Trim();

    private static string Key(string parameter, TextFolder folder) => folder.FoldToString(parameter).Replace(" ", "", StringComparison.Ordinal);

    internal static StrictnessVerdict Verdict(NumericLimit a, NumericLimit b)
    {
        if (!string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)) return StrictnessVerdict.NotComparable;
        var (aMin, aMax) = Bounds(a);
        var (bMin, bMax) = Bounds(b);
        if (aMin == bMin && aMax == bMax && a.MinInclusive == b.MinInclusive && a.MaxInclusive == b.MaxInclusive) return StrictnessVerdict.Same;
        if ((aMax is { } x && bMin is { } y && x < y) || (bMax is { } u && aMin is { } v && u < v)) return StrictnessVerdict.Contradictory;
        var aInB = Within(aMin, aMax, bMin, bMax);
        var bInA = Within(bMin, bMax, aMin, aMax);
        if (aInB && !bInA) return StrictnessVerdict.AStricter;
        if (bInA && !aInB) return StrictnessVerdict.BStricter;
        if (aInB && bInA) return a.MaxInclusive && !b.MaxInclusive || a.MinInclusive && !b.MinInclusive ? StrictnessVerdict.BStricter : StrictnessVerdict.AStricter;
        return StrictnessVerdict.NotComparable;
    }

    private static (decimal? Min, decimal? Max) Bounds(NumericLimit l) =>
        l.Kind == LimitKind.Tolerance && l.Nominal is { } n && l.Tolerance is { } t ? (n - t, n + t) : (l.Min, l.Max);

    // Interval [min1, max1] inside [min2, max2]; a missing bound is infinite.
    private static bool Within(decimal? min1, decimal? max1, decimal? min2, decimal? max2) =>
        (min2 is null || (min1 is { } a && a >= min2)) && (max2 is null || (max1 is { } b && b <= max2));
}
