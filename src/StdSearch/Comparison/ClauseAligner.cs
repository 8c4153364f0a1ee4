namespace StdSearch.Comparison;

/// <summary>
/// Default <see cref="IClauseAligner"/>. Same language: every pair of units is scored by word-level Dice similarity
/// plus a bonus for the same clause number and the same heading; pairs are taken greedily from the best score down,
/// one to one, so renumbered clauses (GB/T 31999 2015→2021 swaps 5.1 and 5.2) follow their text, and boilerplate that
/// occurs in several clauses follows its number. Units left over are then attached to a unit that contains most of
/// their words (one-to-many and many-to-one). Across languages words cannot be compared: units are matched on the
/// same number, confirmed by anchors (numbers, cited ids, glossary terms, modal verbs), and moved units on anchors alone.
/// Pure and thread-safe.
/// </summary>
public sealed class ClauseAligner : IClauseAligner
{
    private readonly ComparisonOptions _options;

    /// <summary>Creates an aligner with the thresholds of <paramref name="options"/> (defaults when null).</summary>
    public ClauseAligner(ComparisonOptions? options = null) => _options = options ?? ComparisonOptions.Default;

    /// <inheritdoc />
    public IReadOnlyList<UnitMatch> Align(IReadOnlyList<ComparisonUnit> a, IReadOnlyList<ComparisonUnit> b, bool crossLanguage)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var bagsA = a.Select(u => Bag(crossLanguage ? u.Anchors : u.Words, ids)).ToArray();
        var bagsB = b.Select(u => Bag(crossLanguage ? u.Anchors : u.Words, ids)).ToArray();

        var candidates = new List<(int I, int J, double Score, double Sim, bool SameNumber)>();
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
            {
                var sameNumber = a[i].Number == b[j].Number && (a[i].Kind == Kinds.Term) == (b[j].Kind == Kinds.Term);
                // Cheap reject: a different number needs a high similarity, which needs comparable sizes.
                var la = bagsA[i].Length; var lb = bagsB[j].Length;
                if (!sameNumber && (la == 0 || lb == 0 || 2.0 * Math.Min(la, lb) / (la + lb) < MinTextFor(crossLanguage))) continue;
                var sim = Dice(bagsA[i], bagsB[j]);
                var sameHeading = a[i].Heading.Length > 0 && a[i].Heading == b[j].Heading;
                if (crossLanguage)
                {
                    var anchored = sim >= 0.8 && Math.Min(la, lb) >= 3;
                    if (!sameNumber && !anchored) continue;
                    candidates.Add((i, j, sim + (sameNumber ? 1 : 0), sim, sameNumber));
                }
                else
                {
                    if (sameNumber ? sim < _options.MinSameNumberSimilarity : sim < _options.MinTextSimilarity) continue;
                    candidates.Add((i, j, sim + (sameNumber ? 0.25 : 0) + (sameHeading ? 0.1 : 0) + ParentBonus(a[i], b[j]), sim, sameNumber));
                }
            }
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : (x.I, x.J).CompareTo((y.I, y.J)));

        var matchOfA = new int[a.Count];
        var matchOfB = new int[b.Count];
        Array.Fill(matchOfA, -1);
        Array.Fill(matchOfB, -1);
        var matches = new List<(List<int> A, List<int> B, AlignmentMethod Method, double Confidence)>();
        foreach (var c in candidates)
        {
            if (matchOfA[c.I] >= 0 || matchOfB[c.J] >= 0) continue;
            matchOfA[c.I] = matchOfB[c.J] = matches.Count;
            AlignmentMethod method;
            double confidence;
            if (crossLanguage)
            {
                var agree = c.Sim >= 0.5 || (bagsA[c.I].Length == 0 && bagsB[c.J].Length == 0);
                method = c.SameNumber ? (agree ? AlignmentMethod.NumberAndAnchors : AlignmentMethod.Number) : AlignmentMethod.Anchors;
                confidence = c.SameNumber ? (agree ? 0.6 + 0.3 * c.Sim : 0.4) : 0.4 * c.Sim;
            }
            else
            {
                method = c.SameNumber ? AlignmentMethod.NumberAndText : AlignmentMethod.Text;
                confidence = Math.Min(1, c.SameNumber ? 0.5 + c.Sim / 2 : c.Sim);
            }
            matches.Add(([c.I], [c.J], method, Math.Round(confidence, 3)));
        }

        if (!crossLanguage)
        {
            AttachContained(bagsA, bagsB, matchOfA, matchOfB, matches, aIsPart: true);
            AttachContained(bagsB, bagsA, matchOfB, matchOfA, matches, aIsPart: false);
        }
        return matches.Select(m => new UnitMatch(m.A.Order().ToList(), m.B.Order().ToList(), m.Method, m.Confidence)).ToList();
    }

    private double MinTextFor(bool crossLanguage) => crossLanguage ? 0.8 : _options.MinTextSimilarity;

    private static double ParentBonus(ComparisonUnit a, ComparisonUnit b)
    {
        if (a.Path.Count == 0 || b.Path.Count == 0) return 0;
        static string Title(string p) { var s = p.IndexOf(' '); return s < 0 ? "" : p[(s + 1)..]; }
        var ta = Title(a.Path[^1]);
        return ta.Length > 0 && ta == Title(b.Path[^1]) ? 0.05 : 0;
    }

    // Unmatched units whose words lie mostly inside one unit of the other side join that unit's match.
    private void AttachContained(int[][] parts, int[][] wholes, int[] matchOfPart, int[] matchOfWhole,
        List<(List<int> A, List<int> B, AlignmentMethod Method, double Confidence)> matches, bool aIsPart)
    {
        for (var p = 0; p < parts.Length; p++)
        {
            if (matchOfPart[p] >= 0 || parts[p].Length < 5) continue;
            var best = -1; var bestShare = 0.0;
            for (var w = 0; w < wholes.Length; w++)
            {
                if (wholes[w].Length < parts[p].Length) continue;
                var share = Intersection(parts[p], wholes[w]) / (double)parts[p].Length;
                if (share > bestShare) { bestShare = share; best = w; }
            }
            if (best < 0 || bestShare < _options.MinContainment) continue;
            var m = matchOfWhole[best];
            if (m < 0)
            {
                m = matches.Count;
                matches.Add(([], [], AlignmentMethod.Containment, Math.Round(bestShare, 3)));
                (aIsPart ? matches[m].B : matches[m].A).Add(best);
                matchOfWhole[best] = m;
            }
            else if ((aIsPart ? matches[m].B : matches[m].A).Count > 1)
            {
                continue; // many-to-many stays out: too uncertain to report
            }
            (aIsPart ? matches[m].A : matches[m].B).Add(p);
            matchOfPart[p] = m;
        }
    }

    private static int[] Bag(IReadOnlyList<string> items, Dictionary<string, int> ids)
    {
        var bag = new int[items.Count];
        for (var k = 0; k < items.Count; k++)
        {
            if (!ids.TryGetValue(items[k], out var id)) ids[items[k]] = id = ids.Count;
            bag[k] = id;
        }
        Array.Sort(bag);
        return bag;
    }

    /// <summary>Dice coefficient of two sorted multisets.</summary>
    internal static double Dice(int[] x, int[] y) => x.Length + y.Length == 0 ? 1 : 2.0 * Intersection(x, y) / (x.Length + y.Length);

    private static int Intersection(int[] x, int[] y)
    {
        int i = 0, j = 0, n = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { n++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return n;
    }

    private static class Kinds
    {
        public const Documents.ClauseKind Term = Documents.ClauseKind.Term;
    }
}
