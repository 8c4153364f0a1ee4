namespace StdSearch.Comparison;

/// <summary>Thresholds of <see cref="StandardComparer"/>. Every value has a documented default; use <c>with</c> to change one.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// Lowest word-level Dice similarity (0–1) at which two clauses with different numbers are aligned on text alone.
    /// Default 0.5: reworded clauses of the samples score 0.45–0.8, unrelated clauses of one standard below 0.35.
    /// </summary>
    public double MinTextSimilarity { get; init; } = 0.5;

    /// <summary>Lowest similarity at which two clauses with the same number are aligned. Default 0.2.</summary>
    public double MinSameNumberSimilarity { get; init; } = 0.2;

    /// <summary>
    /// Lowest similarity at which a changed clause with no technical signal (number, unit, comparator, modality, cited
    /// id) still counts as an editorial change; below it the change is technical. Also the definition similarity below
    /// which a term's two definitions are reported as a conflict. Default 0.3: the CNS sample's Taiwan vocabulary
    /// (資料/数据, 之/的) rewords clauses of GB/T 42871 down to 0.36 without changing them.
    /// </summary>
    public double EditorialThreshold { get; init; } = 0.3;

    /// <summary>Share of a clause's words contained in another clause for a one-to-many or many-to-one match. Default 0.7.</summary>
    public double MinContainment { get; init; } = 0.7;

    /// <summary>Coverage (share of clauses matched on both sides) below which the degree is NEQ. Default 0.7.</summary>
    public double MinModCoverage { get; init; } = 0.7;

    /// <summary>
    /// When to draft the edition change list: <see cref="EditionMode.Auto"/> (default) when B replaces A or both carry
    /// the same undated id with A older; <see cref="EditionMode.Always"/> for editions whose ids were not recovered.
    /// </summary>
    public EditionMode Editions { get; init; } = EditionMode.Auto;

    /// <summary>Whether each pair carries a word diff (the largest part of the result). Default true.</summary>
    public bool IncludeDiffs { get; init; } = true;
}

/// <summary>When <see cref="StandardComparer"/> treats A and B as an older and a newer edition of one standard.</summary>
public enum EditionMode
{
    /// <summary>When B's cover says it replaces A, or the ids share a lineage with A older.</summary>
    Auto,

    /// <summary>Always (A older, B newer).</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
