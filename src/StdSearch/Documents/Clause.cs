namespace StdSearch.Documents;

/// <summary>
/// One element of a standard's body: a chapter, subclause, paragraph, list item, note, table, annex … with its
/// children. Immutable.
/// </summary>
public sealed record Clause
{
    /// <summary>What the element is.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>The number as printed, normalised (<c>4.1.2</c>, <c>A.1</c>, <c>A</c> for an annex, <c>a)</c>, <c>表1</c>); empty when unnumbered.</summary>
    public string Number { get; init; } = "";

    /// <summary>The title on the clause's own line (<c>范围</c>); empty when the clause has none.</summary>
    public string Heading { get; init; } = "";

    /// <summary>The element's own text (not its children's), lines joined as the reader rejoined them.</summary>
    public string Text { get; init; } = "";

    /// <summary>The 1-based pages the element came from (first and last); empty for sources without pages.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>For annexes: normative or informative.</summary>
    public AnnexStatus AnnexStatus { get; init; }

    /// <summary>For tables: the rows, each a list of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    /// <summary>Sub-elements in document order.</summary>
    public IReadOnlyList<Clause> Children { get; init; } = [];

    /// <summary>This element and all its descendants, depth first in document order.</summary>
    public IEnumerable<Clause> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var c in child.DescendantsAndSelf())
                yield return c;
    }

    /// <summary>The element's own text with the text of its unnumbered children (paragraphs, list items, notes, tables).</summary>
    public string FullText()
    {
        var parts = new List<string>();
        if (Text.Length > 0) parts.Add(Text);
        foreach (var child in Children)
        {
            if (child.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex) continue;
            var t = child.FullText();
            if (t.Length > 0) parts.Add(t);
        }
        foreach (var row in Rows) parts.Add(string.Join(" | ", row));
        return string.Join("\n", parts);
    }
}
