namespace StdSearch.Corpus;

/// <summary>
/// Character shingles and MinHash signatures. A shingle is <see cref="ShingleLength"/> consecutive normalised
/// characters, hashed to 64 bits; a signature holds, for each of <see cref="HashCount"/> hash functions
/// <c>h(x) = (a·x + b) &gt;&gt; 32</c> (a odd, a and b drawn from a fixed seed with SplitMix64), the minimum over the shingles.
/// The share of equal positions of two signatures estimates the Jaccard similarity of their shingle sets. The signature of a
/// union is the position-wise minimum of the parts' signatures, so a document's signature is built from its clauses'.
/// Immutable and thread-safe.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int hashCount, int shingleLength, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleLength, 1);
        HashCount = hashCount;
        ShingleLength = shingleLength;
        _a = new ulong[hashCount];
        _b = new ulong[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
        {
            _a[i] = SplitMix(ref state) | 1UL;
            _b[i] = SplitMix(ref state);
        }
    }

    public int HashCount { get; }

    public int ShingleLength { get; }

    /// <summary>The distinct shingle hashes of <paramref name="chars"/>, sorted; a text shorter than a shingle is one shingle.</summary>
    public ulong[] Shingles(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return [];
        var k = ShingleLength;
        var count = Math.Max(1, chars.Length - k + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++) hashes[i] = Hash(chars.Slice(i, Math.Min(k, chars.Length - i)));
        Array.Sort(hashes);
        var n = 1;
        for (var i = 1; i < hashes.Length; i++)
            if (hashes[i] != hashes[n - 1]) hashes[n++] = hashes[i];
        return n == hashes.Length ? hashes : hashes[..n];
    }

    /// <summary>Writes the signature of <paramref name="shingles"/> into <paramref name="signature"/> (length <see cref="HashCount"/>);
    /// an empty set gives all <see cref="uint.MaxValue"/>.</summary>
    public void Sign(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var a = _a;
        var b = _b;
        foreach (var x in shingles)
            for (var i = 0; i < signature.Length; i++)
            {
                var v = (uint)((a[i] * x + b[i]) >> 32);
                if (v < signature[i]) signature[i] = v;
            }
    }

    /// <summary>The estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>The exact Jaccard similarity of two sorted distinct shingle sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>FNV-1a over the characters, finished with SplitMix64's mixer.</summary>
    public static ulong Hash(ReadOnlySpan<char> chars)
    {
        var h = 14695981039346656037UL;
        foreach (var c in chars) h = (h ^ c) * 1099511628211UL;
        return Mix(h);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }
}
