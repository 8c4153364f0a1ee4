using System.Text;
using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// The exact shared passages of two lists of text units: the units' normalised texts are joined with separators that
/// never match (so a run never crosses a clause boundary but may join clauses that moved), the shared runs found
/// (<see cref="SharedRunFinder"/>), and each run mapped back to its clause and its original offsets on both sides.
/// Pure and thread-safe.
/// </summary>
internal static class PassageMatcher
{
    public static List<(SharedPassage Passage, string Normalized, int AUnit, int BUnit)> Match(
        IReadOnlyList<(string Label, NormalizedText Text)> a, IReadOnlyList<(string Label, NormalizedText Text)> b, int minLength)
    {
        var (joinedA, startsA) = Join(a, '\u0001');
        var (joinedB, startsB) = Join(b, '\u0002');
        var result = new List<(SharedPassage, string, int, int)>();
        foreach (var run in SharedRunFinder.Find(joinedA, joinedB, minLength))
        {
            var ua = UnitAt(startsA, run.AStart);
            var ub = UnitAt(startsB, run.BStart);
            var ta = a[ua].Text;
            var tb = b[ub].Text;
            int la = run.AStart - startsA[ua], lb = run.BStart - startsB[ub];
            int aStart = ta.OriginalStart(la), aEnd = ta.OriginalEnd(la + run.Length);
            int bStart = tb.OriginalStart(lb), bEnd = tb.OriginalEnd(lb + run.Length);
            result.Add((new SharedPassage
            {
                Text = ta.Original[aStart..aEnd],
                AClause = a[ua].Label,
                AStart = aStart,
                AEnd = aEnd,
                BClause = b[ub].Label,
                BStart = bStart,
                BEnd = bEnd,
                BText = tb.Original[bStart..bEnd],
                Characters = run.Length,
            }, joinedA.Substring(run.AStart, run.Length), ua, ub));
        }
        return result;
    }

    public static List<(string Label, NormalizedText Text)> Normalize(IEnumerable<TextUnit> units, TextFolder folder) =>
        units.Select(u => (u.Label, NormalizedText.Create(u.Text, folder))).ToList();

    private static (string Joined, int[] Starts) Join(IReadOnlyList<(string Label, NormalizedText Text)> units, char separator)
    {
        var sb = new StringBuilder();
        var starts = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            starts[i] = sb.Length;
            sb.Append(units[i].Text.Chars).Append(separator);
        }
        return (sb.ToString(), starts);
    }

    private static int UnitAt(int[] starts, int position)
    {
        var i = Array.BinarySearch(starts, position);
        if (i >= 0)
        {
            while (i + 1 < starts.Length && starts[i + 1] == position) i++; // empty units share a start
            return i;
        }
        return ~i - 1;
    }
}
