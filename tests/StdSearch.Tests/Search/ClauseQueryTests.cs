using Lucene.Net.Index;
using Lucene.Net.Search;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Tests.Search;

/// <summary>
/// <see cref="ClauseQuery"/> must match and score exactly as the nested boolean queries it replaces:
/// <c>(text MUST, heading SHOULD) SHOULD title</c> without coord.
/// </summary>
public class ClauseQueryTests : SampleIndexTests
{
    [TestCase("储存油温")]
    [TestCase("儲存油溫")]
    [TestCase("\"储存油温\"")]
    [TestCase("充电柜 安全")]
    [TestCase("酸价 OR 过氧化值")]
    [TestCase("电池 -充电")]
    [TestCase("thermal runaway")]
    [TestCase("漏")]
    [TestCase("充电* level:group")]
    [TestCase("温度 year:>=2015")]
    public void Matches_and_scores_as_the_nested_boolean_queries(string text)
    {
        var query = Parse(text);
        Assert.That(Contains(query), Is.True, "the parser builds a ClauseQuery for " + text);
        var nested = Nested(query);
        var searcher = Corpus.Index.Acquire();
        try
        {
            var ours = searcher.Search(query, 10_000).ScoreDocs;
            var theirs = searcher.Search(nested, 10_000).ScoreDocs;
            Assert.That(ours, Is.Not.Empty);
            Assert.That(ours.Select(d => (d.Doc, d.Score)), Is.EqualTo(theirs.Select(d => (d.Doc, d.Score))));
            // Each score explains itself with the same value.
            var weight = searcher.CreateNormalizedWeight(searcher.Rewrite(query));
            foreach (var hit in ours.Take(20))
            {
                var leaves = searcher.IndexReader.Leaves;
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var explanation = weight.Explain(leaf, hit.Doc - leaf.DocBase);
                Assert.That(explanation.IsMatch, Is.True);
                Assert.That(explanation.Value, Is.EqualTo(hit.Score).Within(1e-5f));
            }
        }
        finally
        {
            Corpus.Index.Release(searcher);
        }
    }

    [Test]
    public void Advancing_skips_to_the_same_documents_as_the_nested_queries()
    {
        // Under a filter the scorer is advanced, not stepped.
        var query = new BooleanQuery { { Parse("电池"), Occur.MUST }, { Parse("level:national"), Occur.MUST } };
        var nested = new BooleanQuery { { Nested(Parse("电池")), Occur.MUST }, { Parse("level:national"), Occur.MUST } };
        var searcher = Corpus.Index.Acquire();
        try
        {
            var ours = searcher.Search(query, 10_000).ScoreDocs;
            Assert.That(ours, Is.Not.Empty);
            Assert.That(ours.Select(d => (d.Doc, d.Score)), Is.EqualTo(searcher.Search(nested, 10_000).ScoreDocs.Select(d => (d.Doc, d.Score))));
        }
        finally
        {
            Corpus.Index.Release(searcher);
        }
    }

    private Query Parse(string text) =>
        new StandardsQueryParser(text, Corpus.Index.WordAnalyzer, Corpus.Index.BigramAnalyzer, Corpus.Index.Blocks, SearchOptions.Default).Parse();

    private static bool Contains(Query query) => query switch
    {
        ClauseQuery => true,
        BooleanQuery b => b.Clauses.Any(c => Contains(c.Query)),
        _ => false,
    };

    // The same query with every ClauseQuery written as the boolean queries it stands for.
    private static Query Nested(Query query)
    {
        switch (query)
        {
            case ClauseQuery c:
                Query clause = c.Heading is null
                    ? c.Text
                    : new BooleanQuery(disableCoord: true) { { c.Text, Occur.MUST }, { c.Heading, Occur.SHOULD } };
                return new BooleanQuery(disableCoord: true) { { clause, Occur.SHOULD }, { c.Title, Occur.SHOULD } }.WithBoost(c.Boost);
            case BooleanQuery b:
                var copy = new BooleanQuery(b.CoordDisabled) { Boost = b.Boost, MinimumNumberShouldMatch = b.MinimumNumberShouldMatch };
                foreach (var c in b.Clauses) copy.Add(Nested(c.Query), c.Occur);
                return copy;
            default:
                return query;
        }
    }
}

internal static class QueryBoost
{
    public static Query WithBoost(this Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
