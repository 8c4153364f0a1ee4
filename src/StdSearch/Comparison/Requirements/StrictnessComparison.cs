namespace StdSearch.Comparison.Requirements;

/// <summary>The outcome of comparing two limits or two requirements, with the reason in words.</summary>
/// <param name="Verdict">Same, A stricter, B stricter, contradictory or not comparable.</param>
/// <param name="Explanation">Why, for a report: <c>A: ≤ 25 ℃; B: ≤ 20 ℃ — upper bound, lower is stricter: B stricter</c>.</param>
public sealed record StrictnessComparison(StrictnessVerdict Verdict, string Explanation)
{
    /// <summary>For two requirements: how the modality changes from A to B; <see cref="ModalityChange.Same"/> for two bare limits.</summary>
    public ModalityChange ModalityChange { get; init; } = ModalityChange.Same;
}
