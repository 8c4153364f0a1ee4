using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>A bilingual glossary harvested from Chinese term entries (designation and English equivalent).</summary>
internal sealed class Glossary
{
    private readonly List<(string English, string Chinese)> _entries = [];

    public static Glossary From(IEnumerable<StandardDocument> documents, TextFolder folder)
    {
        var g = new Glossary();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var t in d.Terms)
            {
                var en = t.EnglishEquivalent.Trim().ToLowerInvariant();
                var zh = folder.FoldToString(t.Designation).Replace(" ", "", StringComparison.Ordinal);
                if (en.Length < 3 || zh.Length < 2 || !seen.Add(en)) continue;
                g._entries.Add((en, zh));
            }
        return g;
    }

    public int Count => _entries.Count;

    /// <summary>Glossary anchors (<c>g:english term</c>) of a folded text; Chinese designations searched without spaces.</summary>
    public IEnumerable<string> AnchorsOf(string folded, bool english)
    {
        if (_entries.Count == 0) yield break;
        var haystack = english ? folded.ToLowerInvariant() : folded.Replace(" ", "", StringComparison.Ordinal);
        foreach (var (en, zh) in _entries)
            if (haystack.Contains(english ? en : zh, StringComparison.Ordinal)) yield return "g:" + en;
    }
}

/// <summary>Turns a document's clause tree into <see cref="ComparisonUnit"/>s (see that type for what a unit is).</summary>
internal static class UnitBuilder
{
    public static List<ComparisonUnit> Build(StandardDocument document, StandardTextTokenizer tokenizer, TextFolder folder, Glossary glossary, bool english)
    {
        var units = new List<ComparisonUnit>();
        var path = new List<string>();
        foreach (var clause in document.Clauses) Walk(clause, true);
        return units;

        void Walk(Clause clause, bool normative)
        {
            if (clause.Kind is ClauseKind.Foreword or ClauseKind.Introduction or ClauseKind.Bibliography) return;
            var numbered = clause.Number.Length > 0 && clause.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex;
            if (!numbered) return; // unnumbered text belongs to its numbered parent (Clause.FullText)
            if (clause.Kind == ClauseKind.Annex && clause.AnnexStatus == AnnexStatus.Informative) normative = false;
            var text = OwnText(clause, includeNotes: true).Trim();
            var normativeText = OwnText(clause, includeNotes: false).Trim();
            if (text.Length > 0 || clause.Kind == ClauseKind.Term)
            {
                var heading = clause.Heading.Trim();
                var folded = folder.FoldToString(normativeText);
                var foldedWithHeading = heading.Length > 0 ? folder.FoldToString(heading) + "\n" + folded : folded;
                var words = tokenizer.Terms(heading.Length > 0 ? heading + "\n" + text : text);
                units.Add(new ComparisonUnit
                {
                    Index = units.Count,
                    Number = clause.Number,
                    Kind = clause.Kind,
                    Heading = heading,
                    Text = text,
                    FoldedText = folded,
                    Words = words,
                    Anchors = Anchors(foldedWithHeading, words, english, glossary),
                    Path = [.. path],
                    IsNormative = normative,
                });
            }
            path.Add(clause.Heading.Length > 0 ? clause.Number + " " + clause.Heading.Trim() : clause.Number);
            foreach (var child in clause.Children) Walk(child, normative);
            path.RemoveAt(path.Count - 1);
        }
    }

    // The clause's own text: its paragraphs, lists, table and figure captions and rows, not its numbered subclauses.
    // Notes and examples are informative: left out of the text whose numbers, ids and modal verbs are compared.
    private static string OwnText(Clause clause, bool includeNotes)
    {
        var parts = new List<string>();
        if (clause.Kind is ClauseKind.Table or ClauseKind.Figure)
        {
            var caption = (clause.Number + " " + clause.Heading).Trim();
            if (caption.Length > 0) parts.Add(caption);
        }
        if (clause.Text.Length > 0) parts.Add(clause.Text);
        foreach (var child in clause.Children)
        {
            if (child.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex && child.Number.Length > 0) continue;
            if (!includeNotes && (child.Kind is ClauseKind.Note or ClauseKind.Example || IsNoteText(child.Text))) continue;
            var t = OwnText(child, includeNotes);
            if (t.Length > 0) parts.Add(t);
        }
        foreach (var row in clause.Rows) parts.Add(string.Join(" | ", row));
        return string.Join("\n", parts);
    }

    // Notes the parser kept as paragraphs: 注：, 注1：, CNS 備考1. (folded 备考).
    private static bool IsNoteText(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("備考", StringComparison.Ordinal) || t.StartsWith("备考", StringComparison.Ordinal)
            || (t.StartsWith('注') && t.Length > 1 && (t[1] is '：' or ':' || char.IsDigit(t[1])));
    }

    private static List<string> Anchors(string folded, IReadOnlyList<string> words, bool english, Glossary glossary)
    {
        var anchors = new List<string>();
        foreach (var n in TextFeatures.Numbers(folded)) anchors.Add("n:" + n);
        foreach (var id in TextFeatures.CitedIds(folded)) anchors.Add("id:" + id);
        foreach (var m in TextFeatures.Modalities(words, english, folded)) anchors.Add("m:" + m);
        anchors.AddRange(glossary.AnchorsOf(folded, english));
        return anchors;
    }
}
