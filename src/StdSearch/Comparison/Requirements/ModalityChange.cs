namespace StdSearch.Comparison.Requirements;

/// <summary>How the modality changes from requirement A to requirement B (see <see cref="Strictness.ClassifyModalityChange"/>).</summary>
public enum ModalityChange
{
    /// <summary>The same provision type.</summary>
    Same,
    /// <summary>B is weaker than A: 应 → 宜, 宜 → 可, 不应 → 不宜, 不应 → 可.</summary>
    Weakened,
    /// <summary>B is stronger than A: 宜 → 应, 可 → 应, 不必 → 应.</summary>
    Strengthened,
    /// <summary>One requires or recommends what the other prohibits or discourages: 应 vs 不应, 宜 vs 不应, 应 vs 不宜.</summary>
    Contradictory,
    /// <summary>Not on one scale: a statement (no modal verb), or a capability (能/不能) against a provision.</summary>
    Other,
}
