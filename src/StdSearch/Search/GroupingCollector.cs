using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StdSearch.Indexing;

namespace StdSearch.Search;

/// <summary>
/// Groups every match by standard in two passes. The first pass (this collector) visits each matching document once
/// and keeps, per standard of the segment, only its best clause score and its own document's score in flat arrays
/// indexed by the Key ordinal: no allocation per hit or per matching standard. When a segment ends, each standard it
/// touched gets its group score and competes for the requested page in a bounded heap. It also records every matching
/// clause with its score (in rented arrays, in document order), so that <see cref="FillClauses"/> finds the page's
/// standards' best few clauses by a binary search per standard — a standard's documents are one contiguous block —
/// instead of scoring them again; past <see cref="DefaultMaxRecordedMatches"/> matches it stops recording and the page's
/// blocks are scored again (a second pass). Facets (when asked for) count matching standards, not clauses. A search on
/// several threads gives each slice of the index its own collector (<see cref="CollectSlice"/>); no standard is in two
/// slices, so <see cref="FinishAll"/> and <see cref="AddCounts"/> merge them into what one collector would have found.
/// </summary>
internal sealed class GroupingCollector
{
    private readonly int _clausesPerStandard;
    private readonly float _tieBreaker;
    private readonly bool _facets;
    private readonly int _excludedDoc;
    private readonly int _keep;
    private readonly DocumentBlocks _blocks;
    private readonly BytesRef _scratch = new();
    private readonly BytesRef _scratch2 = new();
    private readonly PriorityQueue<Candidate, Candidate> _top;
    private readonly List<Segment> _segments = [];

    // State of the current segment: per Key ordinal the best clause and the standard's own document.
    private Scorer? _scorer;
    private Segment? _segment;
    // Rented (an index of a million clauses has tens of thousands of Keys per segment: four fresh arrays per search
    // would be large-object allocations, each a step towards a full GC) and returned by Finish. Entries of the touched
    // ordinals are reset when a segment ends, so the cleared part stays empty (default) between segments.
    private Slot[] _slots = [];
    private int[] _touched = []; // the ordinals touched in the segment (rented with the slots)
    private int _cleared; // _slots[0.._cleared) are empty but for the touched ones
    private int _touchedCount;

    // Every matching clause (top-level doc, score) in document order, rented; null once too many to record.
    public const int DefaultMaxRecordedMatches = 1 << 20;
    private readonly int _maxRecordedMatches;
    private int[]? _matchDocs = [];
    private float[] _matchScores = [];
    private int _matchCount;

    /// <param name="clausesPerStandard">Clauses to keep per standard of the page.</param>
    /// <param name="tieBreaker">Share of the lesser of best clause and own document added to the group score.</param>
    /// <param name="facets">Count facets.</param>
    /// <param name="excludedDoc">A top-level document to leave out (the clause of a more-like-this), or -1.</param>
    /// <param name="keep">How many groups to keep: the end of the requested page.</param>
    /// <param name="blocks">The index's block layout: a clause's standard is the head before it.</param>
    /// <param name="maxRecordedMatches">Matches recorded for <see cref="FillClauses"/> before it falls back to a second pass.</param>
    public GroupingCollector(int clausesPerStandard, float tieBreaker, bool facets, int excludedDoc, int keep, DocumentBlocks blocks,
        int maxRecordedMatches = DefaultMaxRecordedMatches)
    {
        _maxRecordedMatches = maxRecordedMatches;
        _blocks = blocks;
        _clausesPerStandard = Math.Max(1, clausesPerStandard);
        _tieBreaker = tieBreaker;
        _facets = facets;
        _excludedDoc = excludedDoc;
        _keep = Math.Max(1, keep);
        _top = new PriorityQueue<Candidate, Candidate>(Comparer<Candidate>.Create(CompareWorstFirst));
    }

    /// <summary>Standards that matched.</summary>
    public int TotalGroups { get; private set; }

    /// <summary>Clauses that matched.</summary>
    public int TotalClauses { get; private set; }

    public Dictionary<string, int> Levels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Ics { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Years { get; } = new(StringComparer.Ordinal);

    /// <summary>Scores the documents of a slice's parts with <paramref name="weight"/> and collects them.</summary>
    public void CollectSlice(Weight weight, IEnumerable<SlicePart> parts, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SetNextReader(part.Leaf);
            // In doc order (Weight.GetScorer): Lucene's out-of-order bucket scorer (for queries of optional clauses, as
            // every word query is: the clause or the title) allocates its bucket table per segment and measured slower.
            var scorer = weight.GetScorer(part.Leaf, part.Leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            _scorer = scorer;
            for (var doc = part.From == 0 ? scorer.NextDoc() : scorer.Advance(part.From); doc < part.To; doc = scorer.NextDoc()) Collect(doc);
        }
    }

    /// <summary>Whether <paramref name="group"/> is one this collector found (its clauses are in its recorded matches).</summary>
    public bool Owns(Group group) => _segments.Contains(group.Segment);

    /// <summary>
    /// Ends the first pass of collectors that scored disjoint slices and returns their kept groups merged, best first,
    /// as one collector over all the slices would have kept them.
    /// </summary>
    public static List<Group> FinishAll(IReadOnlyList<GroupingCollector> collectors)
    {
        if (collectors.Count == 1) return collectors[0].Finish();
        var all = collectors.SelectMany(c => c.Finish()).ToList();
        var (scratchA, scratchB) = (new BytesRef(), new BytesRef());
        all.Sort((a, b) => CompareBestFirst(a, b, scratchA, scratchB));
        var keep = collectors[0]._keep;
        if (all.Count > keep) all.RemoveRange(keep, all.Count - keep);
        return all;
    }

    // The order of Finish across collectors, the heap's order reversed: higher score, then a current standard first, then
    // the lower Key.
    private static int CompareBestFirst(Group a, Group b, BytesRef scratchA, BytesRef scratchB)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byStatus = a.Status.CompareTo(b.Status);
        if (byStatus != 0) return byStatus;
        return CompareKeys(a.Segment, a.Ord, b.Segment, b.Ord, scratchA, scratchB);
    }

    /// <summary>Adds the totals and facet counts of a collector of another slice to this one's.</summary>
    public void AddCounts(GroupingCollector other)
    {
        Add(other.Levels, Levels);
        Add(other.Regions, Regions);
        Add(other.Ics, Ics);
        Add(other.Years, Years);
        TotalGroups += other.TotalGroups;
        TotalClauses += other.TotalClauses;

        static void Add(Dictionary<string, int> from, Dictionary<string, int> into)
        {
            foreach (var (key, count) in from) into[key] = into.GetValueOrDefault(key) + count;
        }
    }

    private void SetNextReader(AtomicReaderContext context)
    {
        EndSegment();
        var reader = context.AtomicReader;
        var keys = reader.GetSortedDocValues(IndexFields.Key);
        _segment = new Segment(context, keys, _blocks.HeadsOf(reader), _blocks.GroupsOf(reader), reader.GetNumericDocValues(IndexFields.Status));
        _segments.Add(_segment);
        var n = keys?.ValueCount ?? 0;
        if (_slots.Length < n)
        {
            ReturnSlots();
            _slots = System.Buffers.ArrayPool<Slot>.Shared.Rent(n);
            _touched = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        }
        // Cleared as far as the segment's ordinals go, once per array: the shared pool hands out new arrays uninitialised.
        if (_cleared < n)
        {
            Array.Clear(_slots, _cleared, n - _cleared);
            _cleared = n;
        }
    }

    private void ReturnSlots()
    {
        if (_slots.Length > 0) System.Buffers.ArrayPool<Slot>.Shared.Return(_slots);
        if (_touched.Length > 0) System.Buffers.ArrayPool<int>.Shared.Return(_touched);
        _slots = [];
        _touched = [];
        _cleared = 0;
    }

    private void Collect(int doc)
    {
        var segment = _segment!;
        if (segment.Keys is null || segment.DocBase + doc == _excludedDoc) return;
        // The standard's Key ordinal (its keywords and doc values are on its own document, the head of the block).
        var group = segment.Groups[doc];
        if (group == -1) return; // a file record
        var own = group < -1;
        var ord = own ? DocumentBlocks.OwnDocument(group) : group;
        var score = _scorer!.GetScore();
        ref var slot = ref _slots[ord];
        if (slot.BestDoc < 0 && slot.OwnDoc < 0)
        {
            _touched[_touchedCount++] = ord;
            slot.Head = own ? doc : DocumentBlocks.HeadOf(segment.Heads, doc);
        }
        if (own)
        {
            slot.Own = score;
            slot.OwnDoc = doc;
            return;
        }
        TotalClauses++;
        if (_matchDocs is not null) Record(segment.DocBase + doc, score);
        if (slot.BestDoc < 0 || score > slot.Best || (score == slot.Best && doc < slot.BestDoc))
        {
            slot.Best = score;
            slot.BestDoc = doc;
        }
    }

    /// <summary>Ends the first pass and returns the kept groups, best first (ties: current before replaced or abolished,
    /// then by Key).</summary>
    public List<Group> Finish()
    {
        EndSegment();
        ReturnSlots();
        var groups = new List<Group>(_top.Count);
        while (_top.TryDequeue(out var c, out _))
        {
            c.Segment.Keys!.LookupOrd(c.Ord, _scratch);
            var status = c.Segment.Statuses?.Get(c.Head) ?? 0;
            groups.Add(new Group(_scratch.Utf8ToString(), (int)status, c.Segment, c.Ord, c.Head, _clausesPerStandard)
            {
                Score = c.Score,
                StandardDoc = c.OwnDoc < 0 ? -1 : c.Segment.DocBase + c.OwnDoc,
                StandardScore = c.Own,
                BestClause = c.Best,
                HasClauses = c.BestDoc >= 0,
            });
        }
        groups.Reverse();
        return groups;
    }

    private void Record(int doc, float score)
    {
        var docs = _matchDocs!;
        if (_matchCount > 0 && doc <= docs[_matchCount - 1])
        {
            StopRecording(); // not in document order: the second pass will do
            return;
        }
        if (_matchCount == docs.Length)
        {
            if (_matchCount >= _maxRecordedMatches)
            {
                StopRecording();
                return;
            }
            var length = Math.Min(Math.Max(1024, _matchCount * 2), Math.Max(1, _maxRecordedMatches));
            var (moreDocs, moreScores) = (System.Buffers.ArrayPool<int>.Shared.Rent(length), System.Buffers.ArrayPool<float>.Shared.Rent(length));
            Array.Copy(docs, moreDocs, _matchCount);
            Array.Copy(_matchScores, moreScores, _matchCount);
            ReturnMatches();
            (_matchDocs, _matchScores) = (docs = moreDocs, moreScores);
        }
        docs[_matchCount] = doc;
        _matchScores[_matchCount++] = score;
    }

    private void StopRecording()
    {
        ReturnMatches();
        (_matchDocs, _matchScores, _matchCount) = (null, [], 0);
    }

    // Gives the arrays back to the pool; the caller replaces them.
    private void ReturnMatches()
    {
        if (_matchDocs is { Length: > 0 } docs) System.Buffers.ArrayPool<int>.Shared.Return(docs);
        if (_matchScores.Length > 0) System.Buffers.ArrayPool<float>.Shared.Return(_matchScores);
    }

    /// <summary>
    /// Keeps each group's best clauses: from the matches the first pass recorded, or, when there were too many to
    /// record, by scoring the documents of each group's block again with <paramref name="weight"/> (the same scores: the
    /// same weight on the same reader). Call once, after <see cref="Finish"/>.
    /// </summary>
    public void FillClauses(Weight weight, IEnumerable<Group> groups, CancellationToken cancellationToken)
    {
        if (_matchDocs is not null)
        {
            try
            {
                foreach (var group in groups.Where(g => g.HasClauses))
                {
                    var segment = group.Segment;
                    var start = segment.DocBase + group.Head + 1;
                    var end = segment.DocBase + DocumentBlocks.EndOf(segment.Heads, group.Head, segment.Context.AtomicReader.MaxDoc);
                    var at = Array.BinarySearch(_matchDocs, 0, _matchCount, start);
                    for (at = at < 0 ? ~at : at; at < _matchCount && _matchDocs[at] < end; at++) group.Offer(_matchDocs[at], _matchScores[at]);
                }
            }
            finally
            {
                StopRecording();
            }
            return;
        }
        foreach (var bySegment in groups.GroupBy(g => g.Segment))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = bySegment.Key;
            var context = segment.Context;
            // One scorer per segment: blocks are disjoint, so visiting them in doc order only ever moves it forward (a
            // scorer per group would redo per-segment work such as a range filter's bit set for every group).
            var scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            var doc = -1;
            foreach (var group in bySegment.Where(g => g.HasClauses).OrderBy(g => g.Head))
            {
                // The clauses: the block after the standard's own document.
                var (start, end) = (group.Head + 1, DocumentBlocks.EndOf(segment.Heads, group.Head, context.AtomicReader.MaxDoc));
                if (doc < start) doc = scorer.Advance(start);
                while (doc != DocIdSetIterator.NO_MORE_DOCS && doc < end)
                {
                    if (segment.DocBase + doc != _excludedDoc) group.Offer(segment.DocBase + doc, scorer.GetScore());
                    doc = scorer.NextDoc();
                }
            }
        }
    }

    private void EndSegment()
    {
        var segment = _segment;
        if (segment is null) return;
        foreach (var ord in _touched.AsSpan(0, _touchedCount))
        {
            TotalGroups++;
            var (best, bestDoc, own, ownDoc, head) = (_slots[ord].Best, _slots[ord].BestDoc, _slots[ord].Own, _slots[ord].OwnDoc, _slots[ord].Head);
            _slots[ord] = default;
            if (_facets) CountFacets(segment, head);
            if (bestDoc < 0) best = 0;
            if (ownDoc < 0) own = 0;
            var (hi, lo) = best >= own ? (best, own) : (own, best);
            var candidate = new Candidate(hi + _tieBreaker * lo, best, bestDoc, own, ownDoc, head, ord, segment);
            if (_top.Count < _keep) _top.Enqueue(candidate, candidate);
            else if (CompareWorstFirst(candidate, _top.Peek()) > 0) _top.EnqueueDequeue(candidate, candidate);
        }
        _touchedCount = 0;
        _segment = null;
    }

    // The heap's order: the worst group first, so the kept set is the best _keep. Better = higher score, then lower Key.
    private int CompareWorstFirst(Candidate a, Candidate b)
    {
        var byScore = a.Score.CompareTo(b.Score);
        if (byScore != 0) return byScore;
        // Equal scores (editions of one text): a current standard before a replaced or abolished one.
        var byStatus = StatusOf(b).CompareTo(StatusOf(a));
        if (byStatus != 0) return byStatus;
        return -CompareKeys(a.Segment, a.Ord, b.Segment, b.Ord, _scratch, _scratch2); // the lower Key is the better
    }

    // Two Keys by their ordinals: sorted doc values number a segment's Keys in order, so within a segment the ordinals
    // compare as the Keys do; across segments the Keys' bytes are compared (scratch holds them).
    private static int CompareKeys(Segment a, int ordA, Segment b, int ordB, BytesRef scratchA, BytesRef scratchB)
    {
        if (a == b) return ordA.CompareTo(ordB);
        a.Keys!.LookupOrd(ordA, scratchA);
        b.Keys!.LookupOrd(ordB, scratchB);
        return scratchA.CompareTo(scratchB);
    }

    private static long StatusOf(Candidate c) => c.Segment.Statuses?.Get(c.Head) ?? StandardStatusCodes.Current;

    private void CountFacets(Segment segment, int doc)
    {
        var facets = segment.Facets;
        Count(facets.Levels, doc, Levels);
        Count(facets.Regions, doc, Regions);
        if (facets.Years is { } years && facets.HasYear?.Get(doc) == true)
        {
            var year = years.Get(doc).ToString(CultureInfo.InvariantCulture);
            Years[year] = Years.GetValueOrDefault(year) + 1;
        }
        if (facets.Ics is not { } ics) return;
        ics.SetDocument(doc);
        long o;
        while ((o = ics.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            ics.LookupOrd(o, _scratch);
            var value = _scratch.Utf8ToString();
            Ics[value] = Ics.GetValueOrDefault(value) + 1;
        }
    }

    private void Count(SortedDocValues? values, int doc, Dictionary<string, int> into)
    {
        if (values is null || values.GetOrd(doc) is not (var o and >= 0)) return;
        values.LookupOrd(o, _scratch);
        var value = _scratch.Utf8ToString();
        into[value] = into.GetValueOrDefault(value) + 1;
    }

    // The documents are kept plus one, so that default(Slot) is empty (no document): a rented array is emptied by a
    // clear of the entries the segment uses (a memset), where a fill with an empty value over the whole rented array
    // (rounded up to a power of two: 32,768 slots of 20 bytes for a segment of a 1M index) cost more than grouping a
    // few hundred matches did.
    internal struct Slot
    {
        private int _head;
        private int _bestDoc;
        private int _ownDoc;
        public float Best;
        public float Own;

        public int Head { readonly get => _head - 1; set => _head = value + 1; }
        public int BestDoc { readonly get => _bestDoc - 1; set => _bestDoc = value + 1; }
        public int OwnDoc { readonly get => _ownDoc - 1; set => _ownDoc = value + 1; }
    }

    private readonly record struct Candidate(float Score, float Best, int BestDoc, float Own, int OwnDoc, int Head, int Ord, Segment Segment);

    /// <summary>A segment, its block heads and the doc values the collector reads in it (on the standards' documents).</summary>
    internal sealed class Segment(AtomicReaderContext context, SortedDocValues? keys, FixedBitSet heads, int[] groups, NumericDocValues? statuses)
    {
        /// <summary>Each document's standard (<see cref="DocumentBlocks.GroupsOf"/>).</summary>
        public int[] Groups { get; } = groups;
        public AtomicReaderContext Context { get; } = context;
        public int DocBase { get; } = context.DocBase;
        public SortedDocValues? Keys { get; } = keys;
        public FixedBitSet Heads { get; } = heads;
        public NumericDocValues? Statuses { get; } = statuses;

        /// <summary>The facet doc values of the segment, read once on first use.</summary>
        public FacetValues Facets => _facets ??= new FacetValues(Context.AtomicReader);
        private FacetValues? _facets;
    }

    /// <summary>The doc values facets are counted on, in one segment.</summary>
    internal sealed class FacetValues(AtomicReader reader)
    {
        public SortedDocValues? Levels { get; } = reader.GetSortedDocValues(IndexFields.LevelValue);
        public SortedDocValues? Regions { get; } = reader.GetSortedDocValues(IndexFields.RegionValue);
        public SortedSetDocValues? Ics { get; } = reader.GetSortedSetDocValues(IndexFields.IcsTopValue);
        public NumericDocValues? Years { get; } = reader.GetNumericDocValues(IndexFields.YearValue);
        public IBits? HasYear { get; } = reader.GetDocsWithField(IndexFields.YearValue);
    }

    internal sealed class Group(string key, int status, Segment segment, int ord, int head, int keep)
    {
        private readonly (int Doc, float Score)[] _clauses = new (int, float)[Math.Max(1, keep)];
        private int _count;

        public string Key { get; } = key;
        public int Status { get; } = status;
        internal Segment Segment { get; } = segment;
        internal int Ord { get; } = ord;
        /// <summary>The standard's own document in the segment (the head of its block).</summary>
        internal int Head { get; } = head;

        /// <summary>Whether any of its clauses matched (else only its own document did).</summary>
        internal bool HasClauses { get; init; }

        /// <summary>The standard's own document when it matched (title, number), else -1.</summary>
        public int StandardDoc { get; init; } = -1;

        /// <summary>Its score; 0 when it did not match.</summary>
        public float StandardScore { get; init; }

        /// <summary>The best clause's score (0 without clauses).</summary>
        public float BestClause { get; init; }

        /// <summary>The group's rank score: the better of its best clause and its own document, plus the tie breaker's
        /// share of the other (as a disjunction-max over the clause and the standard would score).</summary>
        public float Score { get; init; }

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
    }
}
