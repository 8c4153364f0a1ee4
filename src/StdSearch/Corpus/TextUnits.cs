using StdSearch.Documents;

namespace StdSearch.Corpus;

/// <summary>
/// Cuts a standard into the units duplicates are looked for in: each numbered clause, term, annex and section with its
/// unnumbered paragraphs, notes, list items and table rows, and each unnumbered top-level element (foreword,
/// introduction, a notice's paragraphs). Offsets of passages are relative to a unit's <see cref="TextUnit.Text"/>.
/// </summary>
internal static class TextUnits
{
    public static List<TextUnit> Of(StandardDocument document)
    {
        var units = new List<TextUnit>();
        var top = 0;
        foreach (var clause in document.Clauses) Walk(clause, units, ref top, isTop: true);
        return units;
    }

    /// <summary>How many units <see cref="Of"/> gives, without building their text.</summary>
    public static int Count(StandardDocument document)
    {
        var n = 0;
        foreach (var c in document.Clauses) n += CountIn(c, true);
        return n;
    }

    private static int CountIn(Clause c, bool isTop)
    {
        if (!Owns(c, isTop)) return 0;
        var n = 1;
        foreach (var child in c.Children) n += CountIn(child, false);
        return n;
    }

    private static bool Owns(Clause c, bool isTop) => isTop || IsOwner(c.Kind);

    private static bool IsOwner(ClauseKind kind) =>
        kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex or ClauseKind.Section
            or ClauseKind.Foreword or ClauseKind.Introduction or ClauseKind.Bibliography;

    private static void Walk(Clause clause, List<TextUnit> units, ref int top, bool isTop)
    {
        if (!Owns(clause, isTop)) return;
        top++;
        units.Add(new TextUnit(Label(clause, top), clause.Heading, OwnText(clause)));
        foreach (var child in clause.Children) Walk(child, units, ref top, isTop: false);
    }

    private static string Label(Clause c, int ordinal) => c.Number.Length > 0 ? c.Number : c.Kind switch
    {
        ClauseKind.Foreword => "前言",
        ClauseKind.Introduction => "引言",
        ClauseKind.Bibliography => "参考文献",
        _ => c.Heading.Length > 0 ? c.Heading : $"¶{ordinal}",
    };

    // The element's text and its unnumbered children's, not the text of the numbered clauses under it.
    private static string OwnText(Clause c)
    {
        var parts = new List<string>();
        if (c.Text.Length > 0) parts.Add(c.Text);
        foreach (var child in c.Children)
        {
            if (IsOwner(child.Kind)) continue;
            var t = OwnText(child);
            if (t.Length > 0) parts.Add(t);
        }
        foreach (var row in c.Rows) parts.Add(string.Join(" | ", row));
        return string.Join("\n", parts);
    }
}

/// <summary>One unit of a standard's text.</summary>
/// <param name="Label">The clause number, or 前言/引言/参考文献, or the heading, or ¶n.</param>
/// <param name="Heading">The clause's heading (not part of <paramref name="Text"/>).</param>
/// <param name="Text">The unit's text as the document has it.</param>
internal sealed record TextUnit(string Label, string Heading, string Text);
