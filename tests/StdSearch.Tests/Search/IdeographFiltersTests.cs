using Lucene.Net.Search;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Tests.Search;

public class IdeographFiltersTests : SampleIndexTests
{
    [TestCase("漏")]
    [TestCase("电 池")]
    [TestCase("储 存 油")]
    public void Cached_filters_find_and_score_what_uncached_ones_do(string text)
    {
        var cache = new IdeographFilters();
        var searcher = Corpus.Index.Acquire();
        try
        {
            var uncached = searcher.Search(Parse(text, null), 10_000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
            Assert.That(uncached, Is.Not.Empty);
            // The first search fills the cache, the second reads it.
            for (var i = 0; i < 2; i++)
                Assert.That(searcher.Search(Parse(text, cache), 10_000).ScoreDocs.Select(d => (d.Doc, d.Score)), Is.EqualTo(uncached));
        }
        finally
        {
            Corpus.Index.Release(searcher);
        }
    }

    [Test]
    public void Keeps_the_most_recently_asked_pairs()
    {
        var cache = new IdeographFilters(capacity: 2);
        var a = cache.Get("text_b", "电");
        var b = cache.Get("text_b", "池");
        Assert.That(cache.Get("text_b", "电"), Is.SameAs(a));
        cache.Get("title_b", "电"); // a third pair: 池 was the least recently asked
        Assert.That(cache.Get("text_b", "电"), Is.SameAs(a));
        Assert.That(cache.Get("text_b", "池"), Is.Not.SameAs(b));
    }

    [Test]
    public void A_lone_ideograph_is_highlighted_where_it_stands()
    {
        var result = Corpus.Search("漏");
        var marked = result.Hits.SelectMany(h => h.Clauses).Select(c => c.Marked).FirstOrDefault(m => m.Contains('漏'));
        Assert.That(marked, Is.Not.Null);
        var open = SearchOptions.Default.Marks.Open;
        Assert.That(marked, Does.Contain(open + "漏"));
    }

    private Query Parse(string text, IdeographFilters? cache) =>
        new StandardsQueryParser(text, Corpus.Index.WordAnalyzer, Corpus.Index.BigramAnalyzer, Corpus.Index.Blocks, SearchOptions.Default,
            looseIdeographs: true, ideographFilters: cache).Parse();
}
