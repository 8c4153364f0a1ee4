using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StdSearch.Indexing;

namespace StdSearch.Search;

/// <summary>
/// Collects every matching clause once: per standard Key the best few clauses and their scores (so groups are ordered
/// by their best clause over the whole match set, not a top-N sample), and per standard the facet values read from
/// doc values (level, region, ICS top level, year) — counts are of matching standards, not clauses.
/// </summary>
internal sealed class GroupingCollector(int clausesPerStandard, int excludedDoc = -1) : ICollector
{
    private readonly BytesRef _scratch = new();
    private Scorer? _scorer;
    private int _docBase;
    private SortedDocValues? _keys;
    private SortedDocValues? _levels;
    private SortedDocValues? _regions;
    private SortedSetDocValues? _ics;
    private NumericDocValues? _years;
    private NumericDocValues? _statuses;
    private IBits? _hasYear;
    private Group?[] _byOrd = [];

    public Dictionary<string, Group> Groups { get; } = new(StringComparer.Ordinal);

    public int TotalClauses { get; private set; }

    public Dictionary<string, int> Levels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Ics { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Years { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _keys = reader.GetSortedDocValues(IndexFields.Key);
        _levels = reader.GetSortedDocValues(IndexFields.LevelValue);
        _regions = reader.GetSortedDocValues(IndexFields.RegionValue);
        _ics = reader.GetSortedSetDocValues(IndexFields.IcsTopValue);
        _years = reader.GetNumericDocValues(IndexFields.YearValue);
        _hasYear = reader.GetDocsWithField(IndexFields.YearValue);
        _statuses = reader.GetNumericDocValues(IndexFields.Status);
        _byOrd = new Group?[_keys?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (_keys is null || _docBase + doc == excludedDoc) return;
        var ord = _keys.GetOrd(doc);
        if (ord < 0) return;
        TotalClauses++;
        var score = _scorer!.GetScore();
        var group = _byOrd[ord];
        if (group is null)
        {
            _keys.LookupOrd(ord, _scratch);
            var key = _scratch.Utf8ToString();
            if (!Groups.TryGetValue(key, out group))
            {
                group = new Group(key, (int)(_statuses?.Get(doc) ?? 0));
                Groups[key] = group;
                CountFacets(doc);
            }
            _byOrd[ord] = group;
        }
        group.Offer(_docBase + doc, score, clausesPerStandard);
    }

    private void CountFacets(int doc)
    {
        Increment(Levels, Lookup(_levels, doc));
        Increment(Regions, Lookup(_regions, doc));
        if (_years is not null && _hasYear?.Get(doc) == true) Increment(Years, _years.Get(doc).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_ics is not null)
        {
            _ics.SetDocument(doc);
            long o;
            while ((o = _ics.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _ics.LookupOrd(o, _scratch);
                Increment(Ics, _scratch.Utf8ToString());
            }
        }
    }

    private string? Lookup(SortedDocValues? values, int doc)
    {
        if (values is null) return null;
        var ord = values.GetOrd(doc);
        if (ord < 0) return null;
        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }

    private static void Increment(Dictionary<string, int> counts, string? value)
    {
        if (value is null) return;
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    internal sealed class Group(string key, int status)
    {
        public string Key { get; } = key;
        public int Status { get; } = status;
        public float Best => Clauses.Count == 0 ? 0 : Clauses[0].Score;
        public List<(int Doc, float Score)> Clauses { get; } = [];

        public void Offer(int doc, float score, int keep)
        {
            if (Clauses.Count == keep && score <= Clauses[^1].Score) return;
            var at = Clauses.FindIndex(c => score > c.Score || (score == c.Score && doc < c.Doc));
            if (at < 0) at = Clauses.Count;
            Clauses.Insert(at, (doc, score));
            if (Clauses.Count > keep) Clauses.RemoveAt(Clauses.Count - 1);
        }
    }
}
