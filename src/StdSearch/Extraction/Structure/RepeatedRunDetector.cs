namespace StdSearch.Extraction.Structure;

/// <summary>
/// Finds a long run of lines that appears a second time (a web page's body pasted twice) and marks the second copy.
/// Pure.
/// </summary>
internal static class RepeatedRunDetector
{
    /// <summary>Marks the lines of every repeated run in <paramref name="skip"/>; returns how many runs were found.</summary>
    public static int MarkRepeats(IReadOnlyList<SourceLine> lines, bool[] skip, int minLines, int minChars)
    {
        var live = Enumerable.Range(0, lines.Count).Where(i => !skip[i]).ToList();
        var keys = live.Select(i => lines[i].Compact).ToList();
        var firstSeen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var runs = 0;
        for (var a = 0; a < keys.Count; a++)
        {
            if (keys[a].Length == 0) continue;
            if (firstSeen.TryGetValue(keys[a], out var earlier))
            {
                foreach (var b in earlier)
                {
                    var len = 0;
                    var chars = 0;
                    while (a + len < keys.Count && b + len < a && keys[b + len] == keys[a + len])
                    {
                        chars += keys[a + len].Length;
                        len++;
                    }
                    if (len >= minLines && chars >= minChars)
                    {
                        for (var k = 0; k < len; k++) skip[live[a + k]] = true;
                        runs++;
                        a += len - 1;
                        goto next;
                    }
                }
                earlier.Add(a);
            }
            else firstSeen[keys[a]] = [a];
            next:;
        }
        return runs;
    }
}
