using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// Peer: a stock Lucene.Net 4.8 index with <see cref="CJKAnalyzer"/> (bigrams, no folding) and the classic
/// <see cref="QueryParser"/> over one <c>text</c> field (heading + body). The id is a <see cref="StringField"/> in the
/// printed form (a fair user would type it as printed); level is a <see cref="StringField"/>, year an
/// <see cref="Int32Field"/> for the filters. Default writer settings except a 256 MB RAM buffer; one commit at the end.
/// </summary>
internal sealed class LuceneCjkEngine : IScaleEngine
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly string _folder;
    private readonly FSDirectory _directory;
    private readonly CJKAnalyzer _analyzer = new(Version);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneCjkEngine(string folder, int threads = 1)
    {
        _folder = folder;
        _threads = threads;
        _directory = FSDirectory.Open(folder);
    }

    private readonly int _threads;

    public string Name => _threads == 1 ? "Lucene.Net CJKAnalyzer" : $"Lucene.Net CJKAnalyzer ({_threads} indexing threads)";

    public void Index(IEnumerable<ScaleStandard> standards)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { RAMBufferSizeMB = 256, OpenMode = OpenMode.CREATE }; // replaces any old index
        using (var writer = new IndexWriter(_directory, config))
        {
            // With --threads N, N threads add documents to the one writer (it is thread-safe), as ours gets N threads.
            Parallel.ForEach(standards, new ParallelOptions { MaxDegreeOfParallelism = _threads }, () => new Fields(), (standard, _, f) =>
            {
                foreach (var c in standard.Clauses)
                {
                    f.Sid.SetStringValue(c.StandardId);
                    f.Num.SetStringValue(c.Number);
                    f.Level.SetStringValue(c.Level);
                    f.Year.SetInt32Value(c.Year);
                    f.Text.SetStringValue(c.Heading.Length == 0 ? c.Text : c.Heading + "\n" + c.Text);
                    writer.AddDocument(f.Doc);
                }
                return f;
            }, _ => { });

            writer.Commit();
        }

        OpenExisting();
    }

    public void OpenExisting()
    {
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public int Search(ScaleQuery query)
    {
        var parser = new QueryParser(Version, "text", _analyzer) { DefaultOperator = Operator.AND };
        Query q = query.Kind switch
        {
            ScaleQueryKind.Id => new TermQuery(new Term("sid", query.Id)),
            ScaleQueryKind.Phrase => parser.Parse("\"" + QueryParserBase.Escape(query.Terms[0]) + "\""),
            ScaleQueryKind.And => parser.Parse(QueryParserBase.Escape(query.Terms[0]) + " AND " + QueryParserBase.Escape(query.Terms[1])),
            ScaleQueryKind.Filtered => new BooleanQuery
            {
                { parser.Parse(QueryParserBase.Escape(query.Terms[0])), Occur.MUST },
                { new TermQuery(new Term("level", query.Level)), Occur.MUST },
                { NumericRangeQuery.NewInt32Range("year", query.FromYear, null, true, true), Occur.MUST },
            },
            _ => parser.Parse(QueryParserBase.Escape(query.Terms[0])),
        };
        var top = _searcher!.Search(q, 10);
        foreach (var hit in top.ScoreDocs) _ = _searcher.Doc(hit.Doc).Get("num"); // fetch what a result list shows
        return top.ScoreDocs.Length;
    }

    /// <summary>One reusable document per indexing thread.</summary>
    private sealed class Fields
    {
        public StringField Sid { get; } = new("sid", "", Field.Store.YES);
        public StoredField Num { get; } = new("num", "");
        public StringField Level { get; } = new("level", "", Field.Store.NO);
        public Int32Field Year { get; } = new("year", 0, Field.Store.NO);
        public TextField Text { get; } = new("text", "", Field.Store.YES);
        public Document Doc => _doc ??= [Sid, Num, Level, Year, Text];
        private Document? _doc;
    }

    public long SizeOnDisk() => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length);

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
