using Lucene.Net.Index;
using Lucene.Net.Search;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Tests.Search;

/// <summary>
/// <see cref="SharedTermStates"/> looks a query's terms up once per field and segment; the query it returns must match
/// and score exactly as the query Lucene looks up itself.
/// </summary>
public class SharedTermStatesTests : SampleIndexTests
{
    [TestCase("储存油温")]
    [TestCase("儲存油溫 酸价")]
    [TestCase("充电柜 OR 漏电保护")]
    [TestCase("电池 -充电")]
    [TestCase("GBT31999-2021 温度")]
    [TestCase("thermal runaway")]
    [TestCase("温度 year:>=2015")]
    [TestCase("不存在的词语 温度")]
    public void Scores_as_the_query_that_looks_its_terms_up_itself(string text)
    {
        var searcher = Corpus.Index.Acquire();
        try
        {
            var query = searcher.Rewrite(new StandardsQueryParser(text, Corpus.Index.WordAnalyzer, Corpus.Index.BigramAnalyzer,
                Corpus.Index.Blocks, SearchOptions.Default).Parse());
            var shared = SharedTermStates.Attach(query, searcher.TopReaderContext);
            Assert.That(shared, Is.Not.SameAs(query), "the query has term queries to share states for");
            var theirs = searcher.Search(query, 10_000).ScoreDocs;
            var ours = searcher.Search(shared, 10_000).ScoreDocs;
            Assert.That(ours.Select(d => (d.Doc, d.Score)), Is.EqualTo(theirs.Select(d => (d.Doc, d.Score))));
            if (!text.StartsWith("不存在", StringComparison.Ordinal)) Assert.That(ours, Is.Not.Empty);
        }
        finally
        {
            Corpus.Index.Release(searcher);
        }
    }

    [Test]
    public void A_query_of_one_term_is_left_as_it_is()
    {
        var searcher = Corpus.Index.Acquire();
        try
        {
            var query = new TermQuery(new Term(IndexFields.TextBigrams, "温度"));
            Assert.That(SharedTermStates.Attach(query, searcher.TopReaderContext), Is.SameAs(query));
        }
        finally
        {
            Corpus.Index.Release(searcher);
        }
    }
}
