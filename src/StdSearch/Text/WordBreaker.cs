using Icu;

namespace StdSearch.Text;

/// <summary>
/// Chinese word boundaries from ICU's dictionary-based word break iterator (locale zh), over runs of ideographs.
/// Remembers the segmentation of runs it has seen (standards repeat their phrasing: 应符合…的规定, 按…进行试验), up to
/// <see cref="CacheCapacity"/> runs.
/// </summary>
/// <remarks>Not thread-safe (ICU break iterators are not): create one per thread or per tokenizer. Dispose it.</remarks>
public sealed class WordBreaker : IDisposable
{
    /// <summary>How many distinct runs the breaker remembers before it starts afresh.</summary>
    public const int CacheCapacity = 50_000;

    /// <summary>Runs longer than this are segmented but not remembered.</summary>
    private const int MaxCachedRunLength = 64;

    private readonly BreakIterator _iterator;
    private readonly Dictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _disposed;

    /// <summary>Creates a breaker with its own ICU iterator.</summary>
    /// <exception cref="InvalidOperationException">libicu is not installed.</exception>
    public WordBreaker()
    {
        _iterator = IcuRuntime.CreateWordBreakIterator();
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Word boundaries inside <paramref name="run"/> (a run of ideographs): offsets relative to the run, starting with 0
    /// and ending with the run's length.
    /// </summary>
    public ReadOnlySpan<int> Break(ReadOnlySpan<char> run)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (run.Length <= 1) return run.Length == 0 ? [0] : [0, 1];
        if (run.Length <= MaxCachedRunLength && _lookup.TryGetValue(run, out var cached)) return cached;

        var text = run.ToString();
        _iterator.SetText(text);
        var boundaries = _iterator.Boundaries;
        if (run.Length <= MaxCachedRunLength)
        {
            if (_cache.Count >= CacheCapacity) _cache.Clear();
            _cache[text] = boundaries;
        }
        return boundaries;
    }

    /// <summary>Splits text into words (ideograph runs by ICU, everything else as given); for tests and tools.</summary>
    public IReadOnlyList<string> Split(string run)
    {
        var b = Break(run).ToArray();
        var words = new List<string>(b.Length);
        for (var i = 0; i + 1 < b.Length; i++) words.Add(run[b[i]..b[i + 1]]);
        return words;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _iterator.Dispose();
    }
}
