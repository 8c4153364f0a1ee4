using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdSearch.Search;

/// <summary>
/// The documents that hold a lone ideograph of a query, per field: every bigram the ideograph starts (and the ideograph
/// itself as a unigram), as a filter that Lucene's <see cref="CachingWrapperFilter"/> keeps per segment. Building one
/// walks the postings of every such bigram (hundreds of terms for 的, 要 or 对), which took about half of such a query's
/// time; the most recently asked <see cref="Capacity"/> ideograph-and-field pairs are kept (a bit set of one bit per
/// document and segment each: 125 KB per pair in an index of a million documents).
/// </summary>
/// <remarks>Thread-safe. A segment's cached set is dropped with the segment; a pair falls out when it is the least
/// recently used of more than <see cref="Capacity"/>.</remarks>
internal sealed class IdeographFilters
{
    private readonly object _lock = new();
    private readonly Dictionary<(string Field, string Ideograph), LinkedListNode<(string Field, string Ideograph, Filter Filter)>> _entries = [];
    private readonly LinkedList<(string Field, string Ideograph, Filter Filter)> _recent = new();

    /// <param name="capacity">Ideograph-and-field pairs kept.</param>
    public IdeographFilters(int capacity = 128) => Capacity = Math.Max(1, capacity);

    /// <summary>Pairs kept at most.</summary>
    public int Capacity { get; }

    /// <summary>The cached filter of <paramref name="ideograph"/> in <paramref name="field"/>.</summary>
    public Filter Get(string field, string ideograph)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue((field, ideograph), out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Filter;
            }
            var filter = new CachingWrapperFilter(Uncached(field, ideograph));
            _entries[(field, ideograph)] = _recent.AddFirst((field, ideograph, filter));
            if (_entries.Count > Capacity)
            {
                var last = _recent.Last!.Value;
                _recent.RemoveLast();
                _entries.Remove((last.Field, last.Ideograph));
            }
            return filter;
        }
    }

    /// <summary>The same filter without a cache.</summary>
    public static Filter Uncached(string field, string ideograph) => new PrefixFilter(new Term(field, ideograph));
}

/// <summary>A lone ideograph of a query: every document its filter holds scores the same (the boost); the ideograph is
/// its term for highlights.</summary>
internal sealed class LoneIdeographQuery(Filter filter, Term ideograph) : ConstantScoreQuery(filter)
{
    /// <summary>The ideograph and its field.</summary>
    public Term Ideograph { get; } = ideograph;

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Ideograph);
}
