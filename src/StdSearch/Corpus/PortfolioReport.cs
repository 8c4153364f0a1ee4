using StdSearch.Comparison;
using StdSearch.Documents;

namespace StdSearch.Corpus;

/// <summary>What counts as consistent in a <see cref="PortfolioReport"/>.</summary>
public enum ConsistencyRule
{
    /// <summary>
    /// No conflict: the standard contradicts none of its corresponding reference standards and none of its provisions is
    /// looser than theirs (a lower minimum, a higher maximum, 应 weakened to 宜); stricter provisions are allowed. A standard
    /// without a corresponding reference counts as consistent (there is nothing to contradict) and is listed as such.
    /// </summary>
    NoConflict,

    /// <summary>
    /// Adopted: the standard corresponds to a reference standard with degree IDT or MOD (as the comparison assesses it) and
    /// contradicts none of its references; a standard without a corresponding reference is not consistent.
    /// </summary>
    Adopted,
}

/// <summary>What to report on: the set, the reference set, the target and the rule.</summary>
/// <param name="Set">The filter that chose the standards reported on (<c>level:local region:吉林</c>).</param>
/// <param name="Reference">The filter that chose the reference standards (<c>level:national</c>).</param>
public sealed record PortfolioRequest(string Set, string Reference)
{
    /// <summary>The target consistency rate, 0–1. Default 0.9.</summary>
    public double Target { get; init; } = 0.9;

    /// <summary>What counts as consistent. Default <see cref="ConsistencyRule.NoConflict"/>.</summary>
    public ConsistencyRule Rule { get; init; } = ConsistencyRule.NoConflict;
}

/// <summary>The portfolio consistency report. Immutable.</summary>
public sealed record PortfolioReport
{
    /// <summary>The request.</summary>
    public required PortfolioRequest Request { get; init; }

    /// <summary>The summary: rate against target, duplicates, conflicts.</summary>
    public required PortfolioSummary Summary { get; init; }

    /// <summary>One entry per standard of the set, in key order.</summary>
    public required IReadOnlyList<PortfolioEntry> Standards { get; init; }
}

/// <summary>The report's summary.</summary>
public sealed record PortfolioSummary
{
    /// <summary>Standards in the set.</summary>
    public required int Standards { get; init; }

    /// <summary>Reference standards.</summary>
    public required int References { get; init; }

    /// <summary>Standards of the set that meet the definition.</summary>
    public required int Consistent { get; init; }

    /// <summary>Consistent ÷ standards (0 when the set is empty).</summary>
    public required double Rate { get; init; }

    /// <summary>The target.</summary>
    public required double Target { get; init; }

    /// <summary>True when the rate reaches the target.</summary>
    public bool MeetsTarget => Rate >= Target;

    /// <summary>The definition of consistent used, in words.</summary>
    public required string Definition { get; init; }

    /// <summary>Standards with a corresponding reference standard.</summary>
    public required int WithReference { get; init; }

    /// <summary>Standards by degree against their best reference (IDT, MOD, NEQ, none).</summary>
    public required IReadOnlyList<DegreeCount> ByDegree { get; init; }

    /// <summary>Standards that repeat a reference (abolish) or each other (merge).</summary>
    public required IReadOnlyList<DuplicateAction> Duplicates { get; init; }

    /// <summary>Provisions to revise: contradictions and provisions looser than the reference.</summary>
    public required IReadOnlyList<ConflictAction> ConflictsToRevise { get; init; }
}

/// <summary>How many standards of the set have a degree against their best reference.</summary>
/// <param name="Degree"><c>IDT</c>, <c>MOD</c>, <c>NEQ</c> or <c>none</c>.</param>
/// <param name="Count">Standards.</param>
public sealed record DegreeCount(string Degree, int Count);

/// <summary>One standard of the set.</summary>
public sealed record PortfolioEntry
{
    /// <summary>The standard's id or key.</summary>
    public required string Standard { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The best corresponding reference, or null when none corresponds.</summary>
    public string? Reference { get; init; }

    /// <summary>The degree against the best reference (None when none corresponds).</summary>
    public required AdoptionDegree Degree { get; init; }

    /// <summary>Share of the reference's normative text found in the standard (the comparison's overlap), 0–1.</summary>
    public double Overlap { get; init; }

    /// <summary>Share of the standard's clauses with a counterpart in the reference, 0–1.</summary>
    public double Coverage { get; init; }

    /// <summary>Every reference compared, best first.</summary>
    public required IReadOnlyList<ReferenceMatch> Candidates { get; init; }

    /// <summary>Provisions that differ from a corresponding reference (all verdicts but "same").</summary>
    public required IReadOnlyList<ConflictAction> Conflicts { get; init; }

    /// <summary>True when the standard meets the definition.</summary>
    public required bool Consistent { get; init; }

    /// <summary>Why (one sentence).</summary>
    public required string Reason { get; init; }

    /// <summary>True when the standard repeats its reference (IDT by comparison, same language, no adoption stated): a candidate to abolish.</summary>
    public bool RepeatsReference { get; init; }
}

/// <summary>A reference standard compared with a standard of the set.</summary>
/// <param name="Reference">The reference's id or key.</param>
/// <param name="Degree">IDT, MOD, NEQ as the comparison assesses it.</param>
/// <param name="Overlap">Share of the reference's normative text found in the standard.</param>
/// <param name="Coverage">Share of the standard's clauses with a counterpart in the reference.</param>
/// <param name="Corresponds">Coverage reached <see cref="CorpusOptions.MinCorrespondence"/>.</param>
/// <param name="Found">How the candidate was found (stated adoption, shared clauses, similar text).</param>
/// <param name="DegreeReasons">The comparison's reasons for the degree.</param>
public sealed record ReferenceMatch(string Reference, AdoptionDegree Degree, double Overlap, double Coverage, bool Corresponds, string Found,
    IReadOnlyList<string> DegreeReasons);

/// <summary>A standard that duplicates another.</summary>
/// <param name="Standard">The standard of the set.</param>
/// <param name="DuplicateOf">The reference (abolish) or the other standard of the set (merge).</param>
/// <param name="Action"><c>abolish</c> or <c>merge</c>.</param>
/// <param name="Similarity">Estimated Jaccard similarity of the texts.</param>
/// <param name="Reason">Why.</param>
public sealed record DuplicateAction(string Standard, string DuplicateOf, string Action, double Similarity, string Reason);

/// <summary>A provision of a standard that differs from its reference.</summary>
/// <param name="Standard">The standard of the set.</param>
/// <param name="Clause">Its clause.</param>
/// <param name="Reference">The reference standard.</param>
/// <param name="ReferenceClause">The reference's clause.</param>
/// <param name="Parameter">The parameter.</param>
/// <param name="Value">The standard's provision.</param>
/// <param name="ReferenceValue">The reference's provision.</param>
/// <param name="Kind">Limit, modal verb or definition.</param>
/// <param name="Verdict">A = reference, B = standard: AStricter means the standard is looser.</param>
/// <param name="Explanation">The comparison's explanation.</param>
public sealed record ConflictAction(string Standard, string Clause, string Reference, string ReferenceClause, string Parameter, string Value,
    string ReferenceValue, ConflictKind Kind, Comparison.Requirements.StrictnessVerdict Verdict, string Explanation)
{
    /// <summary>True for a contradiction or a provision looser than the reference: to be revised.</summary>
    public bool MustRevise => Verdict is Comparison.Requirements.StrictnessVerdict.Contradictory or Comparison.Requirements.StrictnessVerdict.AStricter;
}
