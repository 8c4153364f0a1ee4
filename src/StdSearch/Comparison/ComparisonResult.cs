using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>The outcome of <see cref="StandardComparer.Compare"/>: what matched, what changed, why, and how sure. Immutable.</summary>
public sealed record ComparisonResult
{
    /// <summary>Document A.</summary>
    public required ComparedDocument A { get; init; }

    /// <summary>Document B.</summary>
    public required ComparedDocument B { get; init; }

    /// <summary>Share of A's normative body text (by characters, weighted by similarity) found in B, 0–1.</summary>
    public required double Overlap { get; init; }

    /// <summary>Share of B's clauses that have a counterpart in A, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>True when the documents are in different languages and were aligned on anchors only.</summary>
    public bool CrossLanguage { get; init; }

    /// <summary>Every clause of both documents, once, in B's reading order with A-only clauses at their place in A.</summary>
    public required IReadOnlyList<ClausePair> Pairs { get; init; }

    /// <summary>Differences of provisions: limits, modal verbs, definitions.</summary>
    public required IReadOnlyList<Conflict> Conflicts { get; init; }

    /// <summary>Terms defined differently or on one side only.</summary>
    public IReadOnlyList<TermDifference> Terms { get; init; } = [];

    /// <summary>Normative references cited in other editions or on one side only.</summary>
    public IReadOnlyList<ReferenceDifference> References { get; init; } = [];

    /// <summary>Degree of correspondence with its reasons.</summary>
    public required DegreeAssessment Degree { get; init; }

    /// <summary>The drafted change list when A and B are editions of one standard (B replaces A or same lineage); else null.</summary>
    public EditionChanges? Editions { get; init; }

    /// <summary>Number of technical pairs (including added and deleted normative clauses).</summary>
    public int TechnicalChangeCount => Pairs.Count(p => p.IsNormative && p.Kind is PairKind.Technical or PairKind.Added or PairKind.Deleted);

    /// <summary>Number of conflicts other than <c>Same</c>.</summary>
    public int ConflictCount => Conflicts.Count;
}

/// <summary>Identity of a compared document.</summary>
/// <param name="Id">The standard id (display form), or the key when the document has none.</param>
/// <param name="Title">The title.</param>
/// <param name="Language"><c>zh</c> or <c>en</c>, detected from the body text.</param>
public sealed record ComparedDocument(string Id, string Title, string Language);
