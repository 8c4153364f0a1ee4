using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>A standard cited by a document: the id as cited, whether the normative references list it, and where.</summary>
/// <param name="Id">The cited id (dated or undated).</param>
/// <param name="Normative">True when the normative references chapter lists it.</param>
/// <param name="Where">Clause numbers (or 引言 / 参考文献) where it is cited, in document order.</param>
public sealed record Citation(StandardId Id, bool Normative, IReadOnlyList<string> Where);

/// <summary>
/// Finds every standard a document cites: the entries of its normative references chapter
/// (<see cref="StandardDocument.NormativeReferences"/>) and the ids <see cref="StandardIdFinder"/> finds in the text of
/// the body, annexes, introduction and bibliography, each with the clause numbers it is cited in. The foreword is not
/// read (its 代替 statement, drafting-rules sentence and edition history are not citations), nor are the document's own
/// number, other editions of its own number, the editions it replaces and the document it adopts. Stateless and thread-safe.
/// </summary>
public static class CitationFinder
{
    /// <summary>The citations of <paramref name="document"/>: normative references in their order, then the others by first citation.</summary>
    public static IReadOnlyList<Citation> Find(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var order = new List<string>();
        var byCanonical = new Dictionary<string, (StandardId Id, bool Normative, List<string> Where)>(StringComparer.Ordinal);
        var referencesChapter = document.Clauses.FirstOrDefault(IsReferencesChapter);
        var referencesWhere = referencesChapter is { Number.Length: > 0 } ? referencesChapter.Number : "2";

        void Add(StandardId id, bool normative, string where)
        {
            if (id.IsEmpty || IsExcluded(document, id)) return;
            if (!byCanonical.TryGetValue(id.Canonical, out var entry))
            {
                entry = (id, normative, []);
                byCanonical[id.Canonical] = entry;
                order.Add(id.Canonical);
            }
            else if (normative && !entry.Normative)
            {
                entry = entry with { Normative = true };
                byCanonical[id.Canonical] = entry;
            }
            if (where.Length > 0 && !entry.Where.Contains(where)) entry.Where.Add(where);
        }

        foreach (var reference in document.NormativeReferences)
        {
            Add(reference.Id, true, referencesWhere);
            // One document under two numbers: "ITU-T Rec. T.800 | ISO/IEC 15444-1: …" (the second number opens the title).
            if (reference.Title.TrimStart().StartsWith('|'))
                foreach (var joint in StandardIdFinder.FindAll(reference.Title).Take(1))
                    Add(joint.Id, true, referencesWhere);
        }
        // Entries the chapter's paragraphs hold beyond those parsed: a second entry run into the line before it
        // ("… <http://…> Rec. ITU-R TF.460-6, …"); the source of an adoption suffix ("（ISO 2859-1:1999，IDT）") is not one.
        if (referencesChapter is not null)
            foreach (var element in referencesChapter.DescendantsAndSelf())
                foreach (var match in StandardIdFinder.FindAll(element.Text))
                    if (!IsAdoptionSource(element.Text, match)) Add(match.Id, true, referencesWhere);
        foreach (var clause in document.Clauses)
        {
            if (clause.Kind == ClauseKind.Foreword || ReferenceEquals(clause, referencesChapter)) continue;
            Visit(clause, Label(clause, ""), Add);
        }
        // Normative references first (their order is the chapter's), then the rest by first citation.
        return order.Select(k => byCanonical[k])
            .OrderBy(e => e.Normative ? 0 : 1)
            .Select(e => new Citation(e.Id, e.Normative, e.Where.OrderBy(w => w, ClauseOrder.Instance).ToList()))
            .ToList();
    }

    private static void Visit(Clause clause, string where, Action<StandardId, bool, string> add)
    {
        Scan(clause.Heading, where, add);
        Scan(clause.Text, where, add);
        foreach (var row in clause.Rows)
            foreach (var cell in row)
                Scan(cell, where, add);
        foreach (var child in clause.Children) Visit(child, Label(child, where), add);
    }

    private static void Scan(string text, string where, Action<StandardId, bool, string> add)
    {
        if (text.Length == 0) return;
        foreach (var match in StandardIdFinder.FindAll(text)) add(match.Id, false, where);
    }

    private static bool IsAdoptionSource(string text, StandardIdMatch match)
    {
        var after = text.AsSpan(match.End, Math.Min(12, text.Length - match.End)).TrimStart();
        if (after.Length == 0 || after[0] is not ('，' or ',')) return false;
        after = after[1..].TrimStart();
        return after.StartsWith("IDT", StringComparison.OrdinalIgnoreCase) || after.StartsWith("MOD", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("NEQ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("EQV", StringComparison.OrdinalIgnoreCase);
    }

    private static string Label(Clause clause, string parent) => clause.Kind switch
    {
        ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex when clause.Number.Length > 0 => clause.Number,
        ClauseKind.Introduction => "引言",
        ClauseKind.Bibliography => "参考文献",
        _ => parent,
    };

    internal static bool IsReferencesChapter(Clause clause) =>
        clause.Kind == ClauseKind.Chapter
        && (clause.Heading.Contains("引用", StringComparison.Ordinal)
            || clause.Heading.Contains("normative reference", StringComparison.OrdinalIgnoreCase));

    private static bool IsExcluded(StandardDocument document, StandardId id) =>
        id.IsSameLineage(document.Id)
        || document.Replaces.Any(r => r == id || r.IsSameLineage(id) && !id.IsDated)
        || document.Adoption is { } a && a.Source.Undated == id.Undated;

    /// <summary>Clause labels in reading order: numbered clauses by their numbers (4.2 before 4.10), annexes after chapters, words last.</summary>
    private sealed class ClauseOrder : IComparer<string>
    {
        public static readonly ClauseOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var (kx, ky) = (Kind(x!), Kind(y!));
            if (kx != ky) return kx.CompareTo(ky);
            var px = x!.Split('.');
            var py = y!.Split('.');
            for (var i = 0; i < Math.Min(px.Length, py.Length); i++)
            {
                var c = int.TryParse(px[i], out var a) && int.TryParse(py[i], out var b) ? a.CompareTo(b) : string.CompareOrdinal(px[i], py[i]);
                if (c != 0) return c;
            }
            return px.Length.CompareTo(py.Length);
        }

        private static int Kind(string s) => s.Length == 0 ? 3 : s == "引言" ? 0 : char.IsAsciiDigit(s[0]) ? 1 : char.IsAsciiLetter(s[0]) ? 2 : 3;
    }
}
