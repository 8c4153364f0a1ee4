using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StdSearch.Indexing;

/// <summary>
/// The block layout of the index: a standard's own document is followed by its clause documents, written together and
/// kept together and in order by Lucene through merges and deletions. Only the standard's document carries the
/// standard's keywords and doc values (Key, level, region, ICS, id, year, status …); a clause finds them on the
/// standard's document before it. Per segment, the <em>heads</em> are the documents that are not clauses (standards and
/// file records): a clause's standard is the head before it, and a standard's block runs to the next head.
/// </summary>
/// <remarks>Thread-safe. One instance per index; a segment's heads and groups are computed once per segment core (they do
/// not change with deletions, which remove whole blocks) and dropped with it.</remarks>
internal sealed class DocumentBlocks
{
    private readonly ConditionalWeakTable<object, FixedBitSet> _heads = new();
    private readonly ConditionalWeakTable<object, int[]> _groups = new();

    /// <summary>The heads of <paramref name="reader"/>'s segment, deleted documents included.</summary>
    public FixedBitSet HeadsOf(AtomicReader reader) => _heads.GetValue(reader.CoreCacheKey, _ => BuildHeads(reader));

    /// <summary>
    /// The standard of every document of the segment, by the ordinal of its Key in the segment's sorted Key doc values:
    /// the ordinal for a clause, <see cref="OwnDocument"/>(ordinal) for the standard's own document, -1 for a document of
    /// no standard (a file record). Four bytes per document, built once per segment core: grouping reads one array
    /// element per match instead of finding the block's head and reading its doc value.
    /// </summary>
    public int[] GroupsOf(AtomicReader reader) => _groups.GetValue(reader.CoreCacheKey, _ => BuildGroups(reader, HeadsOf(reader)));

    /// <summary>How <see cref="GroupsOf"/> marks a standard's own document (negative, below -1); its own inverse.</summary>
    public static int OwnDocument(int ordinal) => -2 - ordinal;

    private static int[] BuildGroups(AtomicReader reader, FixedBitSet heads)
    {
        var maxDoc = reader.MaxDoc;
        var groups = new int[maxDoc];
        Array.Fill(groups, -1);
        var keys = reader.GetSortedDocValues(IndexFields.Key);
        if (keys is null || maxDoc == 0) return groups;
        for (var head = NextHead(heads, 0); head >= 0; head = NextHead(heads, head + 1))
        {
            var ord = keys.GetOrd(head);
            if (ord < 0) continue; // a file record
            var end = EndOf(heads, head, maxDoc);
            groups[head] = OwnDocument(ord);
            Array.Fill(groups, ord, head + 1, end - head - 1);
        }
        return groups;
    }

    /// <summary>The first head at or after <paramref name="from"/>, or -1.</summary>
    public static int NextHead(FixedBitSet heads, int from) => from < heads.Length ? heads.NextSetBit(from) : -1;

    private static FixedBitSet BuildHeads(AtomicReader reader)
    {
        var heads = new FixedBitSet(Math.Max(1, reader.MaxDoc));
        var terms = reader.GetTerms(IndexFields.Type)?.GetEnumerator();
        if (terms is null) return heads;
        DocsEnum? docs = null;
        foreach (var type in new[] { IndexFields.StandardType, IndexFields.FileType })
        {
            if (!terms.SeekExact(new BytesRef(type))) continue;
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) heads.Set(doc);
        }
        return heads;
    }

    /// <summary>The head a document belongs to: itself for a head, else the standard before it (-1 for none).</summary>
    public static int HeadOf(FixedBitSet heads, int doc) => heads.Get(doc) ? doc : heads.PrevSetBit(doc);

    /// <summary>The end (exclusive) of the block that starts at <paramref name="head"/>.</summary>
    public static int EndOf(FixedBitSet heads, int head, int maxDoc)
    {
        var next = NextHead(heads, head + 1);
        return next < 0 ? maxDoc : next;
    }

    /// <summary>
    /// A filter on standards as a filter on their blocks: every document of a standard that <paramref name="standards"/>
    /// accepts (its own document and its clauses). Nothing is materialised: the iterator walks the accepted standards and
    /// their blocks, and an advance to a clause checks the clause's standard.
    /// </summary>
    public Filter Blocks(Filter standards) => new BlockFilter(this, standards);

    /// <summary>
    /// Every document of a Key, for deletion: the documents with the Key term (the standard's own document, its file
    /// records, and in indexes written before the block layout its clauses) and the blocks of its standard documents.
    /// </summary>
    public Query KeyBlocks(string key) => new ConstantScoreQuery(new KeyBlockFilter(this, new Term(IndexFields.Key, key)));

    private sealed class BlockFilter(DocumentBlocks blocks, Filter standards) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var set = standards.GetDocIdSet(context, null);
            if (set is null) return null;
            var reader = context.AtomicReader;
            var heads = blocks.HeadsOf(reader);
            var bits = set.Bits;
            DocIdSetIterator? iterator = null;
            if (bits is null && (iterator = set.GetIterator()) is null) return null;
            var result = new BlockDocIdSet(heads, bits, iterator, reader.MaxDoc);
            return BitsFilteredDocIdSet.Wrap(result, acceptDocs);
        }

        public override string ToString() => $"blocks({standards})";

        public override bool Equals(object? obj) => obj is BlockFilter other && other.Standards.Equals(standards);

        public override int GetHashCode() => standards.GetHashCode() ^ 0x5bd1e995;

        private Filter Standards => standards;
    }

    private sealed class BlockDocIdSet(FixedBitSet heads, IBits? standards, DocIdSetIterator? iterator, int maxDoc) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new BlockIterator(heads, standards, iterator, maxDoc);
    }

    /// <summary>Documents of the accepted standards' blocks, in order. The accepted standards are given either as random
    /// access bits (checked on heads) or as an iterator over standard documents.</summary>
    private sealed class BlockIterator(FixedBitSet heads, IBits? standards, DocIdSetIterator? iterator, int maxDoc) : DocIdSetIterator
    {
        private int _doc = -1;
        private int _end = -1;

        public override int DocID => _doc;

        public override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : _doc + 1 < _end ? ++_doc : NextBlockFrom(_doc + 1);

        public override int Advance(int target)
        {
            if (target < _end) return _doc = Math.Max(target, _doc + 1);
            if (target >= maxDoc) return _doc = NO_MORE_DOCS;
            var head = HeadOf(heads, target);
            if (head >= 0 && Accepts(head))
            {
                _end = EndOf(heads, head, maxDoc);
                return _doc = target;
            }
            return NextBlockFrom(target);
        }

        public override long GetCost() => maxDoc;

        // The first accepted block starting at or after `from`.
        private int NextBlockFrom(int from)
        {
            if (from >= maxDoc) return _doc = NO_MORE_DOCS;
            if (iterator is not null)
            {
                var d = iterator.DocID >= from ? iterator.DocID : iterator.Advance(from);
                while (d != NO_MORE_DOCS && !heads.Get(d)) d = iterator.NextDoc();
                if (d == NO_MORE_DOCS) return _doc = NO_MORE_DOCS;
                _end = EndOf(heads, d, maxDoc);
                return _doc = d;
            }
            var h = NextHead(heads, from);
            while (h >= 0 && !standards!.Get(h)) h = NextHead(heads, h + 1);
            if (h < 0) return _doc = NO_MORE_DOCS;
            _end = EndOf(heads, h, maxDoc);
            return _doc = h;
        }

        private bool Accepts(int head)
        {
            if (standards is not null) return standards.Get(head);
            var d = iterator!.DocID >= head ? iterator.DocID : iterator.Advance(head);
            return d == head;
        }
    }

    private sealed class KeyBlockFilter(DocumentBlocks blocks, Term key) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var docs = reader.GetTermDocsEnum(key);
            if (docs is null) return null;
            var heads = blocks.HeadsOf(reader);
            var kinds = reader.GetNumericDocValues(IndexFields.DocKind);
            var result = new FixedBitSet(Math.Max(1, reader.MaxDoc));
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (kinds is not null && kinds.Get(doc) == IndexFields.StandardDocValue) result.Set(doc, EndOf(heads, doc, reader.MaxDoc));
                else result.Set(doc);
            }
            return BitsFilteredDocIdSet.Wrap(result, acceptDocs);
        }

        public override string ToString() => $"keyBlocks({key})";
    }
}
