using StdSearch.Comparison.Requirements;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// Numeric limits of aligned clauses: requirements extracted once per document, paired within each changed clause pair
/// by the requirements stage's <see cref="RequirementMatcher"/>, judged by <see cref="Strictness"/> (DOMAIN.md §4).
/// </summary>
internal sealed class LimitComparison(IRequirementExtractor? extractor)
{
    private readonly IRequirementExtractor _extractor = extractor ?? new RequirementExtractor();
    private readonly RequirementMatcher _matcher = new();

    public IEnumerable<Conflict> Compare(StandardDocument documentA, StandardDocument documentB, IReadOnlyList<ClausePair> pairs)
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
            foreach (var match in _matcher.Match(ra, rb))
            {
                var judged = Strictness.Explain(match.A.Limit!, match.B.Limit!);
                if (judged.Verdict == StrictnessVerdict.Same) continue;
                var parameter = match.A.Parameter.Length > 0 ? match.A.Parameter : match.B.Parameter;
                yield return new Conflict
                {
                    Kind = ConflictKind.Limit,
                    Parameter = parameter,
                    A = Describe(match.A),
                    B = Describe(match.B),
                    Verdict = judged.Verdict,
                    ClauseA = match.A.ClauseNumber,
                    ClauseB = match.B.ClauseNumber,
                    Explanation = $"{parameter}：A {Describe(match.A)}，B {Describe(match.B)}；{judged.Explanation}",
                };
            }
        }
    }

    private static string Describe(Requirement r) => (TextFeatures.Chinese(r.Modality) + " " + r.Limit!.Describe()).Trim();
}
