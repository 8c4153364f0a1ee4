namespace StdSearch.Documents;

/// <summary>Finds standard numbers in free text (<c>本文件代替GB/T 7714—2005</c> yields GB/T 7714-2005).</summary>
/// <remarks>PROVISIONAL SHELL: replaced by the full finder. Stateless and thread-safe.</remarks>
public static partial class StandardIdFinder
{
    /// <summary>Every standard number in <paramref name="text"/>, in order, with offsets into the original text.</summary>
    public static IReadOnlyList<StandardIdMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<StandardIdMatch>();
        foreach (System.Text.RegularExpressions.Match m in Candidate().Matches(text))
        {
            if (StandardId.TryParse(m.Value, out var id)) result.Add(new StandardIdMatch(id, m.Index, m.Length));
        }
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])(?:ISO/IEC|ISO|IEC|GB|JT|DB\d{2,4}|T/[A-Z]+|[A-Z]{2})\s*(?:/\s*[TZ])?\s*\d+(?:\.\d+)*(?:\s*[-—–:]\s*\d{2,4})?")]
    private static partial System.Text.RegularExpressions.Regex Candidate();
}
