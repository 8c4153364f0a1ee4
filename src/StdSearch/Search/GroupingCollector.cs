using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StdSearch.Indexing;

namespace StdSearch.Search;

/// <summary>
/// Collects every match once and groups it by standard Key: per standard the best few clauses with their scores and
/// the score of the standard's own document (title and number matches), so groups are ordered over the whole match
/// set, not a top-N sample. Facets (when asked for) count matching standards, not clauses, by level, region, ICS top
/// level and year: ordinals are counted per segment and turned into strings once per segment.
/// </summary>
internal sealed class GroupingCollector(int clausesPerStandard, float tieBreaker, bool facets, int excludedDoc = -1) : ICollector
{
    private readonly BytesRef _scratch = new();
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private int _docBase;
    private SortedDocValues? _keys;
    private NumericDocValues? _kinds;
    private NumericDocValues? _statuses;
    private Group?[] _byOrd = [];

    // Facet state of the current segment: counts by ordinal, flushed to the dictionaries when the segment ends.
    private SortedDocValues? _levels;
    private SortedDocValues? _regions;
    private SortedSetDocValues? _ics;
    private NumericDocValues? _years;
    private IBits? _hasYear;
    private int[] _levelCounts = [];
    private int[] _regionCounts = [];
    private int[] _icsCounts = [];

    public IReadOnlyCollection<Group> Groups => _groups.Values;

    public int TotalClauses { get; private set; }

    public Dictionary<string, int> Levels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Ics { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Years { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushFacets();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _keys = reader.GetSortedDocValues(IndexFields.Key);
        _kinds = reader.GetNumericDocValues(IndexFields.DocKind);
        _statuses = reader.GetNumericDocValues(IndexFields.Status);
        _byOrd = new Group?[_keys?.ValueCount ?? 0];
        if (!facets) return;
        _levels = reader.GetSortedDocValues(IndexFields.LevelValue);
        _regions = reader.GetSortedDocValues(IndexFields.RegionValue);
        _ics = reader.GetSortedSetDocValues(IndexFields.IcsTopValue);
        _years = reader.GetNumericDocValues(IndexFields.YearValue);
        _hasYear = reader.GetDocsWithField(IndexFields.YearValue);
        _levelCounts = new int[_levels?.ValueCount ?? 0];
        _regionCounts = new int[_regions?.ValueCount ?? 0];
        _icsCounts = new int[(int)(_ics?.ValueCount ?? 0)];
    }

    public void Collect(int doc)
    {
        if (_keys is null || _docBase + doc == excludedDoc) return;
        var ord = _keys.GetOrd(doc);
        if (ord < 0) return;
        var score = _scorer!.GetScore();
        var group = _byOrd[ord];
        if (group is null)
        {
            _keys.LookupOrd(ord, _scratch);
            var key = _scratch.Utf8ToString();
            if (!_groups.TryGetValue(key, out group))
            {
                group = new Group(key, (int)(_statuses?.Get(doc) ?? 0), clausesPerStandard);
                _groups[key] = group;
                if (facets) CountFacets(doc);
            }
            _byOrd[ord] = group;
        }
        if (_kinds is not null && _kinds.Get(doc) == IndexFields.StandardDocValue)
        {
            group.StandardDoc = _docBase + doc;
            group.StandardScore = score;
        }
        else
        {
            TotalClauses++;
            group.Offer(_docBase + doc, score);
        }
    }

    /// <summary>Ends the collection: the last segment's facet counts, and each group's score.</summary>
    public void Finish()
    {
        FlushFacets();
        foreach (var g in _groups.Values) g.Finish(tieBreaker);
    }

    private void CountFacets(int doc)
    {
        if (_levels is not null && _levels.GetOrd(doc) is var l and >= 0) _levelCounts[l]++;
        if (_regions is not null && _regions.GetOrd(doc) is var r and >= 0) _regionCounts[r]++;
        if (_years is not null && _hasYear?.Get(doc) == true)
        {
            var year = _years.Get(doc).ToString(CultureInfo.InvariantCulture);
            Years[year] = Years.GetValueOrDefault(year) + 1;
        }
        if (_ics is null) return;
        _ics.SetDocument(doc);
        long o;
        while ((o = _ics.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _icsCounts[o]++;
    }

    private void FlushFacets()
    {
        Flush(_levelCounts, Levels, o => _levels!.LookupOrd(o, _scratch));
        Flush(_regionCounts, Regions, o => _regions!.LookupOrd(o, _scratch));
        Flush(_icsCounts, Ics, o => _ics!.LookupOrd(o, _scratch));
        _levelCounts = _regionCounts = _icsCounts = [];
    }

    private void Flush(int[] counts, Dictionary<string, int> into, Action<int> lookup)
    {
        for (var o = 0; o < counts.Length; o++)
        {
            if (counts[o] == 0) continue;
            lookup(o);
            var value = _scratch.Utf8ToString();
            into[value] = into.GetValueOrDefault(value) + counts[o];
        }
    }

    internal sealed class Group(string key, int status, int keep)
    {
        private readonly (int Doc, float Score)[] _clauses = new (int, float)[Math.Max(1, keep)];
        private int _count;

        public string Key { get; } = key;
        public int Status { get; } = status;

        /// <summary>The standard's own document when it matched (title, number), else -1.</summary>
        public int StandardDoc { get; set; } = -1;

        /// <summary>Its score; 0 when it did not match.</summary>
        public float StandardScore { get; set; }

        /// <summary>The best clause's score (0 without clauses).</summary>
        public float BestClause => _count == 0 ? 0 : _clauses[0].Score;

        /// <summary>The group's rank score: the better of its best clause and its own document, plus the tie breaker's
        /// share of the other (as a disjunction-max over the clause and the standard would score).</summary>
        public float Score { get; private set; }

        public ReadOnlySpan<(int Doc, float Score)> Clauses => _clauses.AsSpan(0, _count);

        public void Offer(int doc, float score)
        {
            if (_count == _clauses.Length && score <= _clauses[_count - 1].Score) return;
            var at = _count < _clauses.Length ? _count : _count - 1;
            while (at > 0 && (score > _clauses[at - 1].Score || (score == _clauses[at - 1].Score && doc < _clauses[at - 1].Doc)))
            {
                _clauses[at] = _clauses[at - 1];
                at--;
            }
            _clauses[at] = (doc, score);
            if (_count < _clauses.Length) _count++;
        }

        public void Finish(float tieBreaker)
        {
            var (hi, lo) = BestClause >= StandardScore ? (BestClause, StandardScore) : (StandardScore, BestClause);
            Score = hi + tieBreaker * lo;
        }
    }
}
