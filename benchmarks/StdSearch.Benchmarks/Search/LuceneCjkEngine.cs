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

    public LuceneCjkEngine(string folder)
    {
        _folder = folder;
        _directory = FSDirectory.Open(folder);
    }

    public string Name => "Lucene.Net CJKAnalyzer";

    public void Index(IEnumerable<ScaleStandard> standards)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { RAMBufferSizeMB = 256, OpenMode = OpenMode.CREATE }; // replaces any old index
        using (var writer = new IndexWriter(_directory, config))
        {
            var sid = new StringField("sid", "", Field.Store.YES);
            var num = new StoredField("num", "");
            var level = new StringField("level", "", Field.Store.NO);
            var year = new Int32Field("year", 0, Field.Store.NO);
            var text = new TextField("text", "", Field.Store.YES);
            var doc = new Document { sid, num, level, year, text };
            foreach (var standard in standards)
            {
                foreach (var c in standard.Clauses)
                {
                    sid.SetStringValue(c.StandardId);
                    num.SetStringValue(c.Number);
                    level.SetStringValue(c.Level);
                    year.SetInt32Value(c.Year);
                    text.SetStringValue(c.Heading.Length == 0 ? c.Text : c.Heading + "\n" + c.Text);
                    writer.AddDocument(doc);
                }
            }

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

    public long SizeOnDisk() => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length);

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
