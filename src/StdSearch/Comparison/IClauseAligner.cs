namespace StdSearch.Comparison;

/// <summary>
/// Aligns the text units of two documents. Implementations must be pure and thread-safe. The default is
/// <see cref="ClauseAligner"/>.
/// </summary>
public interface IClauseAligner
{
    /// <summary>
    /// Matches units of A to units of B. A unit may appear in several matches only as the single side of a
    /// one-to-many or many-to-one match; units in no match are deleted (A) or added (B).
    /// </summary>
    /// <param name="a">Units of document A in reading order.</param>
    /// <param name="b">Units of document B in reading order.</param>
    /// <param name="crossLanguage">True when one document is in Chinese and the other not: words cannot be compared, only anchors.</param>
    IReadOnlyList<UnitMatch> Align(IReadOnlyList<ComparisonUnit> a, IReadOnlyList<ComparisonUnit> b, bool crossLanguage);
}

/// <summary>One match found by an <see cref="IClauseAligner"/>.</summary>
/// <param name="A">Indexes into A's units (one, or several for a merge).</param>
/// <param name="B">Indexes into B's units (one, or several for a split).</param>
/// <param name="Method">How the match was found.</param>
/// <param name="Confidence">How sure the aligner is, 0–1.</param>
public sealed record UnitMatch(IReadOnlyList<int> A, IReadOnlyList<int> B, AlignmentMethod Method, double Confidence);
