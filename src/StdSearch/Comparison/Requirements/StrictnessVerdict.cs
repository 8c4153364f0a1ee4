namespace StdSearch.Comparison.Requirements;

/// <summary>How two provisions on the same parameter relate (DOMAIN.md §4, strictness and contradiction).</summary>
public enum StrictnessVerdict
{
    /// <summary>The same limit (after unit normalisation) and the same modality.</summary>
    Same,
    /// <summary>A is stricter (严于): a lower maximum, a higher minimum, a contained range, a smaller tolerance, 应 vs 宜.</summary>
    AStricter,
    /// <summary>B is stricter.</summary>
    BStricter,
    /// <summary>No value satisfies both (≤5 vs ≥8, disjoint ranges), or one requires what the other prohibits (应 vs 不应).</summary>
    Contradictory,
    /// <summary>Overlapping ranges neither of which contains the other, or different units or conditions: say so.</summary>
    NotComparable,
}
