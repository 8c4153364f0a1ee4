namespace StdSearch.Corpus;

/// <summary>What <see cref="DuplicateFinder"/> found in a corpus. Immutable.</summary>
public sealed record DedupeResult
{
    /// <summary>Standards read.</summary>
    public required int Documents { get; init; }

    /// <summary>Clauses (text units) read.</summary>
    public required int Clauses { get; init; }

    /// <summary>The similarity from which standards were clustered.</summary>
    public required double Threshold { get; init; }

    /// <summary>Groups of near-duplicate standards (two or more members), most similar first.</summary>
    public required IReadOnlyList<DuplicateCluster> Clusters { get; init; }

    /// <summary>Pairs of standards that share clauses, with the shared passages, most shared first.</summary>
    public required IReadOnlyList<DocumentOverlap> Overlaps { get; init; }

    /// <summary>Documents whose body (or a long part of it) appears twice.</summary>
    public required IReadOnlyList<RepeatedBody> RepeatedBodies { get; init; }

    /// <summary>Clauses found in so many standards (<see cref="CorpusOptions.TemplateDocuments"/>) that they are template text, not reuse.</summary>
    public int TemplateClauses { get; init; }

    /// <summary>How the numbers were obtained, for a reader.</summary>
    public required string Method { get; init; }
}

/// <summary>A group of near-duplicate standards.</summary>
public sealed record DuplicateCluster
{
    /// <summary>The member the others are measured against: the one most similar to the rest (a published edition before a draft).</summary>
    public required string Representative { get; init; }

    /// <summary>Every member's id (the representative first).</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>The lowest similarity of a member to the representative.</summary>
    public required double Similarity { get; init; }

    /// <summary>True when every member has exactly the same text (after folding and dropping punctuation).</summary>
    public bool Exact { get; init; }

    /// <summary>Each member with its similarity to the representative and where it came from.</summary>
    public required IReadOnlyList<ClusterMember> MemberSimilarity { get; init; }
}

/// <summary>A member of a <see cref="DuplicateCluster"/>.</summary>
/// <param name="Id">The standard's id (display form) or key.</param>
/// <param name="Similarity">Estimated Jaccard similarity of its shingles to the representative's (1 for the representative).</param>
/// <param name="Exact">True when its text equals the representative's exactly (after folding).</param>
/// <param name="Source">The file it was read from, when known.</param>
/// <param name="IsDraft">True for a draft.</param>
public sealed record ClusterMember(string Id, double Similarity, bool Exact, string Source, bool IsDraft);

/// <summary>Two standards that share clauses.</summary>
public sealed record DocumentOverlap
{
    /// <summary>Standard A (the one listed first in the corpus).</summary>
    public required string A { get; init; }

    /// <summary>Standard B.</summary>
    public required string B { get; init; }

    /// <summary>Estimated Jaccard similarity of the whole texts.</summary>
    public required double Similarity { get; init; }

    /// <summary>Reused clauses (near-duplicate clause pairs, template clauses not counted).</summary>
    public required int SharedClauses { get; init; }

    /// <summary>Share of A's characters (normalised) inside the passages.</summary>
    public required double ShareOfA { get; init; }

    /// <summary>Share of B's characters (normalised) inside the passages.</summary>
    public required double ShareOfB { get; init; }

    /// <summary>The exact shared passages (template passages left out), in A's order.</summary>
    public required IReadOnlyList<SharedPassage> Passages { get; init; }

    /// <summary>Shared passages left out as template text.</summary>
    public int TemplatePassages { get; init; }
}

/// <summary>
/// A run of text two documents share exactly once folded (Traditional and Simplified, full and half width, punctuation
/// ignored). Offsets are into the clause's text as each document has it (<c>Clause.Text</c> with its unnumbered paragraphs,
/// notes and table rows joined by line breaks).
/// </summary>
public sealed record SharedPassage
{
    /// <summary>The passage as A has it.</summary>
    public required string Text { get; init; }

    /// <summary>A's clause (number, or 前言/引言/…).</summary>
    public required string AClause { get; init; }

    /// <summary>Start in A's clause text.</summary>
    public required int AStart { get; init; }

    /// <summary>End (exclusive) in A's clause text.</summary>
    public required int AEnd { get; init; }

    /// <summary>B's clause.</summary>
    public required string BClause { get; init; }

    /// <summary>Start in B's clause text.</summary>
    public required int BStart { get; init; }

    /// <summary>End (exclusive) in B's clause text.</summary>
    public required int BEnd { get; init; }

    /// <summary>The passage as B has it (differs from <see cref="Text"/> in script, width or punctuation only).</summary>
    public required string BText { get; init; }

    /// <summary>Length in A's text (<see cref="AEnd"/> − <see cref="AStart"/>).</summary>
    public int Length => AEnd - AStart;

    /// <summary>Number of normalised characters shared.</summary>
    public required int Characters { get; init; }
}

/// <summary>A document whose body appears twice.</summary>
/// <param name="Id">The document's id or key.</param>
/// <param name="Source">The file.</param>
/// <param name="Reason">How it was found (the extractor's warning, or clauses repeated in the stored text).</param>
public sealed record RepeatedBody(string Id, string Source, string Reason);
