using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// One aligned text unit: a numbered clause (chapter, clause, term entry or annex) with its own text, that is the
/// clause's paragraphs, list items, notes and table rows but not its numbered subclauses. Headings without text
/// are not units; they give their children context (<see cref="Path"/>). The foreword, introduction and
/// bibliography are not units: they are front and back matter, not provisions.
/// </summary>
public sealed record ComparisonUnit
{
    /// <summary>Position in the document's unit list (reading order).</summary>
    public required int Index { get; init; }

    /// <summary>Clause number (<c>5.2.1</c>, <c>A.1</c>, <c>3.2</c> for a term).</summary>
    public required string Number { get; init; }

    /// <summary>Kind of the clause.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>Heading as printed (a term's designation), possibly empty.</summary>
    public string Heading { get; init; } = "";

    /// <summary>Own text as printed, paragraphs joined by line feeds, table rows as <c>cell | cell</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Normative text folded for matching (Traditional→Simplified, width, case): <see cref="Text"/> without notes and examples.</summary>
    public required string FoldedText { get; init; }

    /// <summary>Folded word terms (ICU words, numbers and standard ids whole) used for similarity.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Language-neutral features: <c>n:</c> numbers, <c>id:</c> cited standard ids, <c>m:</c> modal verbs, <c>g:</c> glossary terms.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];

    /// <summary>Numbers and headings of the enclosing clauses, outermost first (<c>5 储存要求</c>, <c>5.2 储存条件</c>).</summary>
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>False for informative annexes and their clauses; such text does not count towards overlap.</summary>
    public bool IsNormative { get; init; } = true;
}
