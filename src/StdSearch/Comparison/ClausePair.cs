namespace StdSearch.Comparison;

/// <summary>
/// A clause of A and its counterpart(s) in B, or a clause only on one side. Immutable.
/// </summary>
public sealed record ClausePair
{
    /// <summary>Clause numbers in A (empty for an added clause; several when B merged them).</summary>
    public required IReadOnlyList<string> A { get; init; }

    /// <summary>Clause numbers in B (empty for a deleted clause; several when B split A's clause).</summary>
    public required IReadOnlyList<string> B { get; init; }

    /// <summary>What changed.</summary>
    public required PairKind Kind { get; init; }

    /// <summary>Word-level Dice similarity of the folded texts, 0–1 (anchor similarity for cross-language pairs).</summary>
    public double Similarity { get; init; }

    /// <summary>How the pair was aligned.</summary>
    public AlignmentMethod Method { get; init; }

    /// <summary>How sure the alignment is, 0–1: high for same-language text matches, lower across languages.</summary>
    public double Confidence { get; init; }

    /// <summary>True when the clause number changed (also for technically changed clauses).</summary>
    public bool Moved { get; init; }

    /// <summary>Why the kind was chosen, in Chinese (<c>数值：25 → 20</c>, <c>情态：应 → 宜</c>).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Heading of the clause, or of its nearest titled parent (B's for added clauses).</summary>
    public string Heading { get; init; } = "";

    /// <summary>Text of A's side as printed.</summary>
    public string TextA { get; init; } = "";

    /// <summary>Text of B's side as printed.</summary>
    public string TextB { get; init; } = "";

    /// <summary>Word diff A → B (ICU words; original text kept); empty when identical, one-sided or cross-language.</summary>
    public IReadOnlyList<DiffPiece> Diff { get; init; } = [];

    /// <summary>False when the clause on A's side is informative.</summary>
    public bool IsNormative { get; init; } = true;
}
