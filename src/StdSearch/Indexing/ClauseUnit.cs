using StdSearch.Documents;

namespace StdSearch.Indexing;

/// <summary>
/// One searchable unit of a standard: a numbered clause (chapter, clause, term, annex) or an unnumbered section
/// (foreword, introduction, bibliography) with the text of its unnumbered children; a document without numbered
/// clauses (a policy notice) is cut into runs of paragraphs. A term entry carries the English equivalent the standard
/// prints beside the term (<see cref="Term.EnglishEquivalent"/>), so that English queries find the Chinese entry.
/// </summary>
internal sealed record ClauseUnit(int Order, string Number, string Heading, ClauseKind Kind, string Text, IReadOnlyList<int> Pages)
{
    /// <summary>The English equivalent of a term entry; empty otherwise.</summary>
    public string English { get; init; } = "";

    private const int OrphanChunkChars = 600;

    public static IReadOnlyList<ClauseUnit> Split(StandardDocument document)
    {
        var units = new List<ClauseUnit>();
        var orphan = new List<Clause>();
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in document.Terms)
            if (term.EnglishEquivalent.Length > 0 && term.Number.Length > 0) english.TryAdd(term.Number, term.EnglishEquivalent);
        foreach (var clause in document.Clauses)
        {
            if (IsUnit(clause))
            {
                Flush(units, orphan);
                Visit(units, clause, english);
            }
            else
            {
                orphan.Add(clause);
                if (orphan.Sum(c => c.FullText().Length) >= OrphanChunkChars) Flush(units, orphan);
            }
        }
        Flush(units, orphan);
        return units;
    }

    private static bool IsUnit(Clause c) =>
        c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex or ClauseKind.Foreword
            or ClauseKind.Introduction or ClauseKind.Bibliography or ClauseKind.Section;

    private static void Visit(List<ClauseUnit> units, Clause clause, Dictionary<string, string> english)
    {
        var text = clause.FullText();
        if (text.Length > 0 || clause.Heading.Length > 0 || clause.Number.Length > 0)
        {
            var pages = clause.DescendantsAndSelf().Where(c => c == clause || !IsUnit(c)).SelectMany(c => c.Pages).Distinct().Order().ToList();
            units.Add(new ClauseUnit(units.Count, clause.Number, HeadingOf(clause), clause.Kind, text, pages)
            {
                English = clause.Kind == ClauseKind.Term && english.TryGetValue(clause.Number, out var en) ? en : "",
            });
        }
        foreach (var child in clause.Children)
            if (IsUnit(child)) Visit(units, child, english);
    }

    private static string HeadingOf(Clause c) => c.Heading.Length > 0 ? c.Heading : c.Kind switch
    {
        ClauseKind.Foreword => "前言",
        ClauseKind.Introduction => "引言",
        ClauseKind.Bibliography => "参考文献",
        _ => "",
    };

    private static void Flush(List<ClauseUnit> units, List<Clause> orphan)
    {
        if (orphan.Count == 0) return;
        var text = string.Join("\n", orphan.Select(c => c.FullText()).Where(t => t.Length > 0));
        if (text.Length > 0)
            units.Add(new ClauseUnit(units.Count, "", "", orphan[0].Kind, text, orphan.SelectMany(c => c.Pages).Distinct().Order().ToList()));
        orphan.Clear();
    }
}
