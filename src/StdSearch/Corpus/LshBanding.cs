namespace StdSearch.Corpus;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of rows, each band hashed; items
/// whose hash agrees in any band are candidates, and a candidate is kept when <c>accept</c> says so (the full
/// signature's similarity). Bands run in parallel; each sorts one array of (band hash, item), so memory is bounded by
/// one array per running band. Buckets larger than a limit are not expanded (their items are reported as crowded).
/// </summary>
internal static class LshBanding
{
    /// <summary>The hash of one band of a signature: the key items must share to be candidates.</summary>
    public static ulong BandHash(ReadOnlySpan<uint> signature, int band, int rows)
    {
        var h = 0xCBF29CE484222325UL ^ (ulong)band;
        for (var r = 0; r < rows; r++) h = MinHasher.Mix(h ^ signature[band * rows + r]);
        return h;
    }

    /// <param name="signatures">Flat signatures, <paramref name="stride"/> values per item.</param>
    /// <param name="stride">Values per item in <paramref name="signatures"/>.</param>
    /// <param name="items">Number of items.</param>
    /// <param name="bands">Bands over the item's <paramref name="stride"/> values.</param>
    /// <param name="include">Items to band (null for all).</param>
    /// <param name="accept">Called for each candidate pair (a &lt; b); true keeps it. Must be thread-safe.</param>
    /// <param name="maxBucket">Buckets with more items are not expanded.</param>
    /// <param name="parallelism">Bands banded at once.</param>
    /// <param name="crowded">Set for items that were in an oversized bucket.</param>
    /// <param name="cancellationToken">Checked between bands.</param>
    /// <returns>The accepted pairs, each once, as (a &lt;&lt; 32 | b).</returns>
    public static long[] Pairs(uint[] signatures, int stride, int items, int bands, bool[]? include, Func<int, int, bool> accept,
        int maxBucket, int parallelism, bool[] crowded, CancellationToken cancellationToken)
    {
        var rows = stride / bands;
        var perBand = new List<long>[bands];
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, band =>
        {
            var keys = new (ulong Key, int Item)[items];
            var n = 0;
            for (var i = 0; i < items; i++)
            {
                if (include is not null && !include[i]) continue;
                keys[n++] = (BandHash(signatures.AsSpan((int)((long)i * stride), stride), band, rows), i);
            }
            var span = keys.AsSpan(0, n);
            span.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Item.CompareTo(y.Item));
            var found = new List<long>();
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && span[end].Key == span[start].Key) end++;
                if (end - start > maxBucket)
                {
                    for (var k = start; k < end; k++) crowded[span[k].Item] = true;
                }
                else
                {
                    for (var x = start; x < end; x++)
                        for (var y = x + 1; y < end; y++)
                        {
                            int a = span[x].Item, b = span[y].Item;
                            if (accept(a, b)) found.Add(((long)a << 32) | (uint)b);
                        }
                }
                start = end;
            }
            perBand[band] = found;
        });
        var all = new long[perBand.Sum(l => l.Count)];
        var at = 0;
        foreach (var list in perBand) { list.CopyTo(all, at); at += list.Count; }
        Array.Sort(all);
        var m = 0;
        for (var i = 0; i < all.Length; i++)
            if (m == 0 || all[i] != all[m - 1]) all[m++] = all[i];
        return all[..m];
    }
}
