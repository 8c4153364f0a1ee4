using System.Globalization;
using StdSearch.Text;
using StdSearch.Text.Quantities;

namespace StdSearch.Comparison.Requirements;

/// <summary>
/// Pairs the provisions of two documents that constrain the same parameter, so their limits and modalities can be
/// compared (<see cref="Strictness"/>). Evidence, in order of weight: the same clause number; the parameter names, folded
/// (width, case, Traditional→Simplified, <see cref="TextFolder"/>) and compared by character bigrams, so 累計水量 meets 累计水量
/// and 儲存油溫 meets 储存油温; limits in units of one dimension (℃ never pairs with Pa); the whole sentence's similarity.
/// Each provision is paired at most once, best pairs first (greedy).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RequirementMatcher
{
    private readonly TextFolder _folder;

    /// <summary>Creates a matcher with <see cref="TextFolder.Default"/> and <see cref="MinimumConfidence"/> 0.4.</summary>
    public RequirementMatcher() : this(0.4) { }

    /// <summary>Creates a matcher that keeps pairs of at least <paramref name="minimumConfidence"/> (0…1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0…1.</exception>
    public RequirementMatcher(double minimumConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumConfidence, 1.0);
        MinimumConfidence = minimumConfidence;
        _folder = TextFolder.Default;
    }

    /// <summary>Pairs below this confidence are dropped.</summary>
    public double MinimumConfidence { get; }

    /// <summary>Pairs provisions of A with provisions of B, best first; each provision appears in at most one pair.</summary>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public IReadOnlyList<RequirementPair> Match(IReadOnlyList<Requirement> a, IReadOnlyList<Requirement> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var fa = a.Select(Features).ToList();
        var fb = b.Select(Features).ToList();
        var candidates = new List<(int I, int J, double Score, string Reason)>();
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
            {
                var (score, reason) = Score(a[i], b[j], fa[i], fb[j]);
                if (score >= MinimumConfidence) candidates.Add((i, j, score, reason));
            }
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var pairs = new List<RequirementPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.I - c.J)))
        {
            if (usedA[c.I] || usedB[c.J]) continue;
            usedA[c.I] = usedB[c.J] = true;
            pairs.Add(new RequirementPair(a[c.I], b[c.J], Math.Round(c.Score, 3), c.Reason));
        }
        return pairs;
    }

    /// <summary>How alike two parameter names are, 0…1 (folded, Dice coefficient of character bigrams).</summary>
    public double ParameterSimilarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Dice(Bigrams(Fold(a)), Bigrams(Fold(b)));
    }

    private (HashSet<string> Parameter, HashSet<string> Text) Features(Requirement r) =>
        (Bigrams(Fold(r.Parameter)), Bigrams(Fold(r.Text)));

    private static (double, string) Score(Requirement a, Requirement b, (HashSet<string> P, HashSet<string> T) fa, (HashSet<string> P, HashSet<string> T) fb)
    {
        var sameClause = a.ClauseNumber.Length > 0 && a.ClauseNumber == b.ClauseNumber;
        double units;
        string unitWords;
        if (a.Limit is not null && b.Limit is not null)
        {
            var comparable = Units.AreComparable(a.Limit.Unit, b.Limit.Unit);
            if (!comparable) return (0, "");
            units = 1;
            unitWords = $"units {Show(a.Limit.Unit)}/{Show(b.Limit.Unit)}";
        }
        else if (a.Limit is null && b.Limit is null) { units = 0.7; unitWords = "no limits"; }
        else { units = 0; unitWords = "one limit missing"; }
        var parameter = fa.P.Count > 0 && fb.P.Count > 0 ? Dice(fa.P, fb.P) : 0;
        var text = Dice(fa.T, fb.T);
        var score = (sameClause ? 0.4 : 0) + 0.3 * parameter + 0.15 * units + 0.15 * text;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{(sameClause ? "same clause " + a.ClauseNumber : $"clauses {a.ClauseNumber}/{b.ClauseNumber}")}; {unitWords}; parameter {parameter:0.00}; text {text:0.00}");
        return (score, reason);
    }

    private static string Show(string unit) => unit.Length == 0 ? "(none)" : unit;

    private string Fold(string s) => _folder.FoldToString(s).Replace(" ", "", StringComparison.Ordinal);

    private static HashSet<string> Bigrams(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (s.Length == 1) set.Add(s);
        for (var i = 0; i + 1 < s.Length; i++) set.Add(s.Substring(i, 2));
        return set;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
