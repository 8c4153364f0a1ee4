using StdSearch.Comparison.Requirements;

namespace StdSearch.Corpus;

/// <summary>What <see cref="DraftChecker"/> found for a draft: how much of it exists elsewhere, where, and what contradicts. Immutable.</summary>
public sealed record DraftCheckResult
{
    /// <summary>The draft's id (display form) or key.</summary>
    public required string Draft { get; init; }

    /// <summary>The draft's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>
    /// Share of the draft's text (normalised characters of all clauses) inside passages found in other standards, 0–1, as
    /// duplicate-check services report it (template text included).
    /// </summary>
    public required double Share { get; init; }

    /// <summary>The same share with template text (found in several standards, such as the GB/T 1.1 lead-ins) left out.</summary>
    public required double ShareWithoutTemplate { get; init; }

    /// <summary>The draft's normalised characters.</summary>
    public required int Characters { get; init; }

    /// <summary>Of those, the characters found elsewhere.</summary>
    public required int MatchedCharacters { get; init; }

    /// <summary>Per existing standard, the share of the draft found in it, largest first.</summary>
    public required IReadOnlyList<SourceShare> Sources { get; init; }

    /// <summary>Every clause of the draft with its best matching passages (clauses without a match have none).</summary>
    public required IReadOnlyList<DraftClauseCheck> Clauses { get; init; }

    /// <summary>Provisions on a shared parameter whose limits or modal verbs differ from the standard the clause repeats.</summary>
    public required IReadOnlyList<DraftConflict> Conflicts { get; init; }

    /// <summary>How the numbers were obtained.</summary>
    public required string Method { get; init; }
}

/// <summary>An existing standard the draft repeats.</summary>
/// <param name="Standard">Its id or key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Share">Share of the draft's characters found in it.</param>
/// <param name="Clauses">Draft clauses with a passage found in it.</param>
public sealed record SourceShare(string Standard, string Title, double Share, int Clauses);

/// <summary>One clause of the draft and where its text is found.</summary>
public sealed record DraftClauseCheck
{
    /// <summary>The clause (number, or 前言 …).</summary>
    public required string Clause { get; init; }

    /// <summary>The clause's normalised characters.</summary>
    public required int Characters { get; init; }

    /// <summary>Share of the clause found elsewhere (union over all matches), 0–1.</summary>
    public required double Share { get; init; }

    /// <summary>True when the matched text is template text (found in several standards).</summary>
    public bool Template { get; init; }

    /// <summary>The best matching clauses of other standards, most shared first.</summary>
    public required IReadOnlyList<ClauseMatch> Matches { get; init; }
}

/// <summary>A clause of another standard that shares text with a draft clause.</summary>
public sealed record ClauseMatch
{
    /// <summary>The other standard's id or key.</summary>
    public required string Standard { get; init; }

    /// <summary>Its clause.</summary>
    public required string Clause { get; init; }

    /// <summary>Share of the draft clause inside these passages, 0–1.</summary>
    public required double Share { get; init; }

    /// <summary>The exact passages: A is the draft clause, B the other standard's clause.</summary>
    public required IReadOnlyList<SharedPassage> Passages { get; init; }
}

/// <summary>A provision of the draft that differs from the one in a standard whose clause it repeats.</summary>
public sealed record DraftConflict
{
    /// <summary>The draft's clause.</summary>
    public required string DraftClause { get; init; }

    /// <summary>The existing standard.</summary>
    public required string Standard { get; init; }

    /// <summary>The existing standard's clause.</summary>
    public required string Clause { get; init; }

    /// <summary>The parameter (钢板厚度).</summary>
    public required string Parameter { get; init; }

    /// <summary>The existing standard's provision (<c>应 ≥ 1.2 mm</c>).</summary>
    public required string Existing { get; init; }

    /// <summary>The draft's provision.</summary>
    public required string Proposed { get; init; }

    /// <summary>A = the existing standard, B = the draft: BStricter means the draft is stricter.</summary>
    public required StrictnessVerdict Verdict { get; init; }

    /// <summary>Why (limits and modal verbs as read).</summary>
    public required string Explanation { get; init; }
}
