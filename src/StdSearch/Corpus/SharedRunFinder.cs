namespace StdSearch.Corpus;

/// <summary>
/// Finds the exact shared runs of two normalised texts: every maximal common substring of at least a minimum length,
/// seeded by equal k-grams and extended both ways, then chosen longest first so that no character of either side is used
/// twice. Pure and thread-safe.
/// </summary>
internal static class SharedRunFinder
{
    private const int MaxChain = 64; // positions looked at per seed: a k-gram repeated more often than this is filler

    /// <summary>The shared runs, ordered by their start in <paramref name="a"/>.</summary>
    /// <param name="a">Side A (characters that never occur in B, such as a separator, never match).</param>
    /// <param name="b">Side B.</param>
    /// <param name="minLength">The shortest run kept (≥ 2).</param>
    public static List<SharedRun> Find(string a, string b, int minLength)
    {
        var runs = new List<SharedRun>();
        var seed = Math.Max(2, Math.Min(minLength, 8));
        if (a.Length < minLength || b.Length < minLength) return runs;
        var first = new Dictionary<ulong, int>(b.Length);
        var next = new int[b.Length];
        for (var j = b.Length - seed; j >= 0; j--)
        {
            var h = MinHasher.Hash(b.AsSpan(j, seed));
            next[j] = first.TryGetValue(h, out var after) ? after : -1;
            first[h] = j;
        }
        var reached = new Dictionary<int, int>(); // diagonal (i - j) → end in A of the last run found on it
        var candidates = new List<SharedRun>();
        for (var i = 0; i + seed <= a.Length; i++)
        {
            if (!first.TryGetValue(MinHasher.Hash(a.AsSpan(i, seed)), out var j)) continue;
            for (var steps = 0; j >= 0 && steps < MaxChain; j = next[j], steps++)
            {
                var diagonal = i - j;
                if (reached.TryGetValue(diagonal, out var end) && end > i) continue;
                int start = i, startB = j;
                while (start > 0 && startB > 0 && a[start - 1] == b[startB - 1]) { start--; startB--; }
                int stop = i, stopB = j;
                while (stop < a.Length && stopB < b.Length && a[stop] == b[stopB]) { stop++; stopB++; }
                reached[diagonal] = stop;
                if (stop - start >= minLength) candidates.Add(new SharedRun(start, startB, stop - start));
            }
        }
        var usedA = new bool[a.Length];
        var usedB = new bool[b.Length];
        foreach (var run in candidates.OrderByDescending(r => r.Length).ThenBy(r => r.AStart))
        {
            // Keep the part of the run whose characters are still free on both sides (the longest such stretch).
            int bestStart = -1, bestLength = 0, curStart = -1;
            for (var k = 0; k <= run.Length; k++)
            {
                var free = k < run.Length && !usedA[run.AStart + k] && !usedB[run.BStart + k];
                if (free) { if (curStart < 0) curStart = k; continue; }
                if (curStart >= 0 && k - curStart > bestLength) { bestStart = curStart; bestLength = k - curStart; }
                curStart = -1;
            }
            if (bestLength < minLength) continue;
            for (var k = 0; k < bestLength; k++) usedA[run.AStart + bestStart + k] = usedB[run.BStart + bestStart + k] = true;
            runs.Add(new SharedRun(run.AStart + bestStart, run.BStart + bestStart, bestLength));
        }
        runs.Sort((x, y) => x.AStart.CompareTo(y.AStart));
        return runs;
    }
}

/// <summary>A run of equal normalised characters.</summary>
internal readonly record struct SharedRun(int AStart, int BStart, int Length);
