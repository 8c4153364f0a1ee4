using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>Terms compared by folded designation (across languages by English equivalent; definitions are then not compared).</summary>
internal static class TermComparison
{
    public static List<TermDifference> Compare(StandardDocument a, StandardDocument b, bool crossLanguage, TextFolder folder, StandardTextTokenizer tokenizer)
    {
        string Key(Term t) => crossLanguage
            ? (t.EnglishEquivalent.Length > 0 ? t.EnglishEquivalent : t.Designation).Trim().ToLowerInvariant()
            : folder.FoldToString(t.Designation).Replace(" ", "", StringComparison.Ordinal);
        var inB = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var t in b.Terms) inB.TryAdd(Key(t), t);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TermDifference>();
        foreach (var ta in a.Terms)
        {
            var key = Key(ta);
            if (!seen.Add(key)) continue;
            if (!inB.TryGetValue(key, out var tb))
            {
                result.Add(new TermDifference(ta.Designation, DifferenceKind.OnlyInA, ta.Definition, "", 0));
                continue;
            }
            if (crossLanguage) continue;
            var fa = folder.FoldToString(ta.Definition);
            var fb = folder.FoldToString(tb.Definition);
            if (TextFeatures.EditorialKey(fa) == TextFeatures.EditorialKey(fb)) continue;
            var wa = tokenizer.Terms(ta.Definition);
            var wb = tokenizer.Terms(tb.Definition);
            var common = wa.GroupBy(w => w).Sum(g => Math.Min(g.Count(), wb.Count(x => x == g.Key)));
            var similarity = wa.Count + wb.Count == 0 ? 1 : 2.0 * common / (wa.Count + wb.Count);
            result.Add(new TermDifference(ta.Designation, DifferenceKind.Different, ta.Definition, tb.Definition, Math.Round(similarity, 3)));
        }
        foreach (var tb in b.Terms)
            if (seen.Add(Key(tb)))
                result.Add(new TermDifference(tb.Designation, DifferenceKind.OnlyInB, "", tb.Definition, 0));
        return result;
    }
}

/// <summary>Normative references compared by undated id: another year of the same lineage, or cited on one side only.</summary>
internal static class ReferenceComparison
{
    public static List<ReferenceDifference> Compare(StandardDocument a, StandardDocument b)
    {
        // An adoption cited on one side (GB/T x (ISO y, IDT)) meets the international document cited on the other.
        static IEnumerable<string> Keys(NormativeReference r)
        {
            yield return r.Id.Undated.Canonical;
            if (r.Adoption is { } adoption && !adoption.Source.IsEmpty) yield return adoption.Source.Undated.Canonical;
        }
        var result = new List<ReferenceDifference>();
        var matchedB = new HashSet<NormativeReference>();
        foreach (var ra in a.NormativeReferences)
        {
            var rb = b.NormativeReferences.FirstOrDefault(r => !matchedB.Contains(r) && Keys(r).Intersect(Keys(ra)).Any());
            if (rb is null)
            {
                result.Add(new ReferenceDifference(ra.Id.Display, "", DifferenceKind.OnlyInA, ra.Title));
                continue;
            }
            matchedB.Add(rb);
            var sameLineage = ra.Id.Undated.Canonical == rb.Id.Undated.Canonical;
            if (sameLineage && ra.Id.Year is { } ya && rb.Id.Year is { } yb && ya != yb)
                result.Add(new ReferenceDifference(ra.Id.Display, rb.Id.Display, DifferenceKind.Different, ra.Title));
        }
        foreach (var rb in b.NormativeReferences)
            if (!matchedB.Contains(rb))
                result.Add(new ReferenceDifference("", rb.Id.Display, DifferenceKind.OnlyInB, rb.Title));
        return result;
    }
}
