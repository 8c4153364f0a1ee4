namespace StdSearch.Tests.TestSupport;

/// <summary>
/// nDCG@k over a ranked list of hit ids (<c>key#clause</c>) against graded judgments. Gain is <c>2^grade − 1</c>,
/// discount <c>log2(rank + 1)</c>; the ideal DCG sorts the judged grades (not the returned hits), so a relevant clause
/// the search never returns costs recall. A judgment <c>key#*</c> stands for the standard as a whole: it is credited
/// once, at the first hit of that standard, whatever its clause. Each judgment is credited at most once.
/// </summary>
internal static class NdcgCalculator
{
    /// <summary>nDCG at <paramref name="k"/>: 1 when the top k hits are ordered as well as the judgments allow; 0 when
    /// none is relevant. Queries without judgments are an error (they would make the mean meaningless).</summary>
    public static double NdcgAt(int k, IReadOnlyList<string> rankedHits, IReadOnlyDictionary<string, int> judgments)
    {
        if (judgments.Count == 0) throw new ArgumentException("a judged query needs at least one judgment", nameof(judgments));

        var credited = new HashSet<string>(StringComparer.Ordinal);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, rankedHits.Count); i++)
        {
            var grade = GradeOf(rankedHits[i], judgments, credited);
            dcg += Gain(grade) / Math.Log2(i + 2);
        }

        var ideal = judgments.Values.OrderDescending().Take(k).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return dcg / ideal;
    }

    /// <summary>The grade a hit earns: its own judgment, else its standard's <c>key#*</c> judgment if not yet credited.</summary>
    public static int GradeOf(string hit, IReadOnlyDictionary<string, int> judgments, ISet<string> credited)
    {
        if (judgments.TryGetValue(hit, out var grade) && credited.Add(hit)) return grade;
        var key = hit[..Math.Max(0, hit.LastIndexOf('#'))];
        var whole = key + "#*";
        return judgments.TryGetValue(whole, out var g) && credited.Add(whole) ? g : 0;
    }

    /// <summary>Parses <c>key#clause=grade</c> items separated by whitespace; keys may hold spaces (an item ends at its
    /// <c>=grade</c>).</summary>
    public static Dictionary<string, int> ParseJudgments(string text)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in
                 System.Text.RegularExpressions.Regex.Matches(text, @"\s*(?<item>[^=]+#[^=\s]+)=(?<grade>[0-3])(?=\s|$)"))
        {
            result[m.Groups["item"].Value.Trim()] = int.Parse(m.Groups["grade"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
