using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Search;
using StdSearch.Text;

namespace StdSearch.Tests.Search;

public class SearchTests : SampleIndexTests
{
    private static IEnumerable<string> Keys(SearchResult r) => r.Hits.Select(h => h.Key);

    private static IEnumerable<(string Key, string Number)> Clauses(SearchResult r) =>
        r.Hits.SelectMany(h => h.Clauses.Select(c => (h.Key, c.Number)));

    [TestCase("储存油温")]
    [TestCase("\"储存油温\"")]
    [TestCase("酸价 OR 过氧化值")]
    [TestCase("充电柜 level:group")]
    [TestCase("GB/T 31999")]
    public void Clauses_from_the_recorded_matches_equal_a_second_pass(string query)
    {
        // With nothing recorded, the page's clauses come from scoring its standards' blocks again.
        var secondPass = new StandardsSearcher(Corpus.Index) { MaxRecordedMatches = 0 };
        var recorded = Corpus.Search(query);
        var rescored = secondPass.Search(new SearchRequest(query) { PageSize = 20 });
        Assert.That(recorded.Hits, Is.Not.Empty);
        static IEnumerable<string> Shown(SearchResult r) =>
            r.Hits.SelectMany(h => h.Clauses.Select(c => $"{h.Key} {c.Number} {c.Score:R}").Prepend($"{h.Key} {h.Score:R}"));
        Assert.That(Shown(rescored), Is.EqualTo(Shown(recorded)));
    }

    [TestCase("\"散装储存\"", "散装储存")]
    [TestCase("\"充电柜\"", "充电柜")]
    [TestCase("\"儲存油溫\"", "储存油温")]
    public void A_phrase_is_highlighted_whole_and_only_where_it_stands(string query, string phrase)
    {
        // Before, the phrase's bigrams were marked wherever they stood: 【储存】 in 直接储存于, 【充电】 in 充电仓.
        var marked = Corpus.Search(query).Hits.SelectMany(h => h.Clauses)
            .SelectMany(c => c.Highlights.Select(s => c.Snippet.Substring(s.Start, s.Length))).ToList();
        Assert.That(marked, Is.Not.Empty);
        Assert.That(marked.Select(TextFolder.Default.FoldToString), Is.All.EqualTo(phrase));
    }

    [TestCase("油温 油温", "油温")]
    [TestCase("储存油温 油温", "储存油温")]
    [TestCase("充电 柜 充电", "充电 柜")]
    public void A_term_asked_twice_is_required_once(string repeated, string once)
    {
        static IEnumerable<string> Shown(SearchResult r) =>
            r.Hits.SelectMany(h => h.Clauses.Select(c => $"{h.Key} {c.Number} {c.Score:R}").Prepend($"{h.Key} {h.Score:R}"));
        var expected = Corpus.Search(once);
        Assert.That(expected.Hits, Is.Not.Empty);
        Assert.That(Shown(Corpus.Search(repeated)), Is.EqualTo(Shown(expected)));
    }

    [Test]
    public void Ingest_reports_every_bad_sample_by_reason_and_indexes_the_rest()
    {
        var report = Corpus.Report;
        Assert.That(report.Failed, Is.EqualTo(7));
        Assert.That(report.Files.Where(f => f.Path.Contains("/bad/") && f.Status == IngestStatus.Failed).Select(f => f.Failure),
            Is.EquivalentTo(new ExtractionFailureList()));
        // 10 standards + the notice + the text-only T/JLLY 036 (lifecycle sample); the .txt copy of WB/T 1999 is the same standard as its PDF.
        Assert.That(Corpus.Index.StandardCount, Is.EqualTo(12));
        Assert.That(report.Duplicates, Is.EqualTo(2));
        Assert.That(report.Files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)), Is.Empty, "Markdown sources are skipped in folders");
    }

    private sealed class ExtractionFailureList : List<StdSearch.Extraction.ExtractionFailure?>
    {
        public ExtractionFailureList()
        {
            AddRange(new StdSearch.Extraction.ExtractionFailure?[]
            {
                StdSearch.Extraction.ExtractionFailure.Corrupt, StdSearch.Extraction.ExtractionFailure.Empty,
                StdSearch.Extraction.ExtractionFailure.Encrypted, StdSearch.Extraction.ExtractionFailure.UnsupportedType,
                StdSearch.Extraction.ExtractionFailure.NoTextLayer, StdSearch.Extraction.ExtractionFailure.Truncated,
                StdSearch.Extraction.ExtractionFailure.NoPages,
            });
        }
    }

    [TestCase("儲存油溫", "GB/T 31999-2021", "5.2.1")]
    [TestCase("儲存油溫", "DB22/T 3999-2023", "5.2.1")]
    [TestCase("呼吸閥正壓開啟壓力", "GB/T 31999-2021", "5.4.1")]
    [TestCase("冬季出庫前油溫", "DB22/T 3999-2023", "5.2.7")]
    [TestCase("充氮保護", "GB/T 31999-2021", "3.3")]
    [TestCase("軟體分離", "GB/T 42871-2023", "4.1")]
    [TestCase("計量軟體", "GB/T 42871-2023", "1")]
    public void Traditional_query_finds_simplified_clause(string query, string key, string number) =>
        Assert.That(Clauses(Corpus.Search(query)), Does.Contain((key, number)));

    // Text is indexed as bigrams; the query's words come from the word breaker. Single ideographs it leaves are joined
    // to a neighbour (漏/电 → 漏电, 柜 → 充电柜) and, when that finds nothing, stand apart (阀 of 呼吸阀 in 呼吸阀等附件).
    [TestCase("充电柜漏电保护", "T/JSEBA 018-2022", "5.2.3")]
    [TestCase("充電櫃漏電保護", "T/HZEV 007-2024", "5.2.3")]
    [TestCase("阀附件", "DB22/T 3999-2023", "3.2")]
    public void Words_the_word_breaker_splits_into_single_ideographs_still_find_their_clause(string query, string key, string number) =>
        Assert.That(Clauses(Corpus.Search(query)), Does.Contain((key, number)));

    [Test]
    public void Single_ideographs_of_the_word_breaker_pair_up_into_the_words_they_are()
    {
        // ICU: 充电|柜|漏|电|保护. The query asks for 充电柜, 漏电 and 保护 (not 柜漏), so the clause matches as written
        // and its snippet marks every word.
        var hit = Corpus.Search("充電櫃漏電保護").Hits.First(h => h.Key == "T/JSEBA 018-2022").Clauses.Single(c => c.Number == "5.2.3");
        Assert.That(hit.Marked, Does.Contain("【充电柜】").And.Contain("【漏电保护】"), hit.Marked);
    }

    [TestCase("软件分离", "CNS 16289", "4.1")]
    [TestCase("信息安全管理", "CNS 16289", "5.3.3")]
    [TestCase("相关软件", "CNS 16289", "3.2")]
    [TestCase("计量软件", "CNS 16289", "1")]
    public void Simplified_query_finds_traditional_clause(string query, string key, string number) =>
        Assert.That(Clauses(Corpus.Search(query)), Does.Contain((key, number)));

    [TestCase("储油罐多久清洗一次", "GB/T 31999-2021", "4.2.5")]        // question words dropped
    [TestCase("充电柜外壳防护等级要求是多少", "T/JSEBA 018-2022", "5.3.1")] // not every word in the clause: ranked by words matched
    [TestCase("thermal runaway", "T/JSEBA 018-2022", "3.3")]            // the term's English equivalent
    [TestCase("nitrogen blanketing", "GB/T 31999-2021", "3.3")]
    public void Questions_and_english_terms_find_the_answering_clause(string query, string key, string number) =>
        Assert.That(Clauses(Corpus.Search(query)), Does.Contain((key, number)));

    [Test]
    public void A_number_alone_shows_its_standard_without_filler_clauses()
    {
        var hit = Corpus.Search("GBT31999-2021").Hits[0];
        Assert.That(hit.Key, Is.EqualTo("GB/T 31999-2021"));
        Assert.That(hit.Title, Is.Not.Empty);
        Assert.That(hit.Clauses.Select(c => c.Heading), Does.Not.Contain("前言"));
    }

    [TestCase("GBT31999-2021", "GB/T 31999-2021")]
    [TestCase("ＧＢ／Ｔ　３１９９９—２０２１", "GB/T 31999-2021")]
    [TestCase("GB/T 31999—2015", "GB/T 31999-2015")]
    [TestCase("gb/t 31999-2015", "GB/T 31999-2015")]
    [TestCase("DB22/T3999-2023", "DB22/T 3999-2023")]
    [TestCase("db22/t 3999—2023", "DB22/T 3999-2023")]
    [TestCase("T/JSEBA 018-2022", "T/JSEBA 018-2022")]
    [TestCase("ISO 29875:2019", "ISO 29875:2019")]
    [TestCase("WB/T1999-2020", "WB/T 1999-2020")]
    [TestCase("储存油温 GBT31999-2015", "GB/T 31999-2015")]
    [TestCase("DB22/T 3999-2023 呼吸阀", "DB22/T 3999-2023")]
    public void Messy_standard_number_ranks_its_standard_first(string query, string key) =>
        Assert.That(Corpus.Search(query).Hits[0].Key, Is.EqualTo(key));

    [Test]
    public void Of_editions_scoring_alike_the_current_one_comes_first()
    {
        var hits = Corpus.Search("储存油温").Hits.ToList();
        var current = hits.FindIndex(h => h.Key == "GB/T 31999-2021");
        var replaced = hits.FindIndex(h => h.Key == "GB/T 31999-2015");
        Assert.That(hits[current].Score, Is.EqualTo(hits[replaced].Score), "the two editions say the same here");
        Assert.That(hits[replaced].Status, Is.EqualTo(StandardStatus.Replaced));
        Assert.That(current, Is.LessThan(replaced));
    }

    [Test]
    public void Undated_number_finds_both_editions_first()
    {
        var hits = Corpus.Search("gb/t 31999").Hits;
        Assert.That(hits.Take(2).Select(h => h.Key), Is.EquivalentTo(new[] { "GB/T 31999-2015", "GB/T 31999-2021" }));
    }

    [TestCase("\"存油温\"", "GB/T 31999-2021", "5.2.1")]           // across the word boundary 储存|油温
    [TestCase("\"油温应不大于\"", "DB22/T 3999-2023", "5.2.1")]
    [TestCase("\"罐顶压力\"", "GB/T 31999-2021", "5.3.1")]
    [TestCase("\"Smart Water Meters\"", "ISO 29875:2019", "1")]
    public void Phrase_matches_across_segmentation_boundaries(string query, string key, string number) =>
        Assert.That(Clauses(Corpus.Search(query)), Does.Contain((key, number)));

    [Test]
    public void Phrase_does_not_match_words_apart()
    {
        var apart = Corpus.Search("储存 压力"); // both words in some clauses, never adjacent
        var phrase = Corpus.Search("\"储存压力\"");
        Assert.That(apart.Total, Is.GreaterThan(0));
        Assert.That(phrase.Total, Is.EqualTo(0));
    }

    [Test]
    public void Boolean_operators_and_filters()
    {
        var both = Corpus.Search("储存油温");
        var local = Corpus.Search("储存油温 level:local");
        var notLocal = Corpus.Search("储存油温 -level:local");
        Assert.That(Keys(local), Is.EqualTo(new[] { "DB22/T 3999-2023" }));
        Assert.That(Keys(notLocal), Is.EquivalentTo(Keys(both).Except(["DB22/T 3999-2023"])));
        Assert.That(Keys(Corpus.Search("储存油温 region:吉林")), Is.EqualTo(new[] { "DB22/T 3999-2023" }));
        Assert.That(Keys(Corpus.Search("储存油温 region:22")), Is.EqualTo(new[] { "DB22/T 3999-2023" }));
        Assert.That(Keys(Corpus.Search("储存油温 year:>=2021")), Is.EquivalentTo(new[] { "GB/T 31999-2021", "DB22/T 3999-2023" }));
        Assert.That(Keys(Corpus.Search("储存油温 status:current")), Does.Not.Contain("GB/T 31999-2015"));
        Assert.That(Keys(Corpus.Search("储存油温 status:replaced")), Is.EqualTo(new[] { "GB/T 31999-2015" }));
        Assert.That(Keys(Corpus.Search("水表 adoption:IDT")), Is.EqualTo(new[] { "GB/T 42871-2023" }));
        Assert.That(Keys(Corpus.Search("ics:67.200")), Is.EquivalentTo(Keys(Corpus.Search("ics:67"))));
        Assert.That(Keys(Corpus.Search("id:31999")), Is.EquivalentTo(new[] { "GB/T 31999-2015", "GB/T 31999-2021" }));
        Assert.That(Keys(Corpus.Search("(充电柜 OR 水表) AND 加密")).ToList(), Is.Not.Empty);
        Assert.That(Keys(Corpus.Search("充电柜 OR 水表")).Count(), Is.GreaterThan(Keys(Corpus.Search("充电柜")).Count()));
        Assert.That(Corpus.Search("充电柜 NOT 商业街区").TotalClauses, Is.LessThan(Corpus.Search("充电柜").TotalClauses));
    }

    [TestCase("儲存油溫")]
    [TestCase("\"存油温\"")]
    [TestCase("软件 分离")]
    [TestCase("資訊安全")]
    [TestCase("呼吸阀 800")]
    public void Highlights_land_on_the_matched_original_characters(string query)
    {
        var folder = TextFolder.Default;
        var foldedQuery = folder.FoldToString(query.Replace("\"", "")).Replace(" ", "");
        var result = Corpus.Search(query);
        var spans = 0;
        foreach (var clause in result.Hits.SelectMany(h => h.Clauses))
            foreach (var span in clause.Highlights)
            {
                var original = clause.Snippet.Substring(span.Start, span.Length);
                var folded = folder.FoldToString(original).Replace(" ", "");
                Assert.That(foldedQuery, Does.Contain(folded), $"'{original}' in {clause.Snippet}");
                spans++;
            }
        Assert.That(spans, Is.GreaterThan(0));
        Assert.That(result.Hits.SelectMany(h => h.Clauses).Where(c => c.Highlights.Count > 0),
            Has.All.Matches<ClauseHit>(c => c.Marked.Contains('【') && c.Marked.Contains('】')));
    }

    [Test]
    public void Traditional_highlight_points_at_traditional_text()
    {
        var hit = Corpus.Search("信息安全 level:foreign").Hits.Single();
        var clause = hit.Clauses.First(c => c.Number == "5.3.3");
        Assert.That(clause.Highlights.Select(s => clause.Snippet.Substring(s.Start, s.Length)), Does.Contain("資訊安全"));
    }

    [TestCase("储存")]
    [TestCase("软件")]
    [TestCase("应")]
    public void Facets_count_matching_standards(string query)
    {
        var result = Corpus.Search(query, pageSize: 1000);
        // Brute force: every matching standard's stored document.
        var documents = result.Hits.Select(h => Corpus.Index.GetDocument(h.Key)!).ToList();
        Assert.That(result.Total, Is.EqualTo(documents.Count));
        Assert.That(Counts(result.Facets.Level), Is.EquivalentTo(documents.GroupBy(d => IndexDocumentBuilder.LevelName(d.Id.Level)).ToDictionary(g => g.Key, g => g.Count())));
        Assert.That(Counts(result.Facets.Region), Is.EquivalentTo(documents.Where(d => d.Id.Region is not null).GroupBy(d => d.Id.Region!).ToDictionary(g => g.Key, g => g.Count())));
        Assert.That(Counts(result.Facets.Ics), Is.EquivalentTo(documents.SelectMany(d => d.Ics.Select(i => i.Split('.')[0]).Distinct()).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count())));
        Assert.That(Counts(result.Facets.Year), Is.EquivalentTo(documents.Where(d => (d.Id.Year ?? d.Issued?.Year) is not null)
            .GroupBy(d => (d.Id.Year ?? d.Issued!.Value.Year).ToString()).ToDictionary(g => g.Key, g => g.Count())));
    }

    private static Dictionary<string, int> Counts(IEnumerable<FacetCount> facet) => facet.ToDictionary(f => f.Value, f => f.Count);

    [Test]
    public void Paging_walks_the_groups_in_score_order()
    {
        var all = Corpus.Searcher.Search(new SearchRequest("应") { PageSize = 100 });
        var pages = Enumerable.Range(1, 4).SelectMany(p => Corpus.Searcher.Search(new SearchRequest("应") { Page = p, PageSize = 3 }).Hits).Select(h => h.Key);
        Assert.That(pages, Is.EqualTo(all.Hits.Select(h => h.Key).Take(12)));
        Assert.That(all.Hits.Select(h => h.Score), Is.Ordered.Descending);
    }

    [Test]
    public void Notice_without_a_number_is_searchable_under_its_key()
    {
        var hit = Corpus.Search("标准化发展 十四五 规划").Hits[0];
        Assert.That(hit.Key, Is.EqualTo("jl-bzh-14th-fyp-notice"));
        Assert.That(hit.Id.IsEmpty);
        Assert.That(Corpus.Index.GetDocument("jl-bzh-14th-fyp-notice")!.Title, Does.Contain("十四五"));
    }

    [TestCase("GB/T 31999-2021")]
    [TestCase("GBT31999-2021")]
    [TestCase("ＧＢ／Ｔ　３１９９９—２０２１")]
    [TestCase("gb/t 31999")] // undated: the newest edition
    public void GetDocument_takes_any_spelling_of_the_id(string id)
    {
        var document = Corpus.Index.GetDocument(id);
        Assert.That(document, Is.Not.Null);
        Assert.That(document!.Id.Canonical, Is.EqualTo("GB/T 31999-2021"));
        Assert.That(document.FindClause("5.2.1")!.Text, Does.Contain("25"));
    }

    [Test]
    public void More_like_a_clause_finds_its_counterparts()
    {
        var similar = Corpus.Searcher.MoreLikeThis("GB/T 31999-2021", "4.2.1");
        Assert.That(Clauses(similar).Take(6), Does.Contain(("DB22/T 3999-2023", "4.2.1")));
        Assert.That(Clauses(similar), Does.Not.Contain(("GB/T 31999-2021", "4.2.1")));
        var pasted = Corpus.Searcher.MoreLikeThis("充电柜应具有充电仓占用状态和累计用电量的远程查询功能");
        Assert.That(Clauses(pasted).First(), Is.EqualTo(("T/HZEV 007-2024", "5.4.5")));
    }

    [TestCase("\"储存油温", 0, "quote")]
    [TestCase("(储存 OR 油温", 0, "'('")]
    [TestCase("储存)", 2, "')'")]
    [TestCase("colour:red", 0, "unknown field")]
    [TestCase("储存 *油", 3, "wildcard")]
    [TestCase("", 0, "empty")]
    [TestCase("   ", 0, "empty")]
    [TestCase("储存 AND", 3, "AND")]
    [TestCase("level:city", 6, "level:")]
    [TestCase("year:recent", 5, "year:")]
    public void Bad_queries_give_a_clear_syntax_error(string query, int position, string words)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => Corpus.Search(query))!;
        Assert.That(e.Position, Is.EqualTo(position));
        Assert.That(e.Message, Does.Contain(words).And.Contain("position"));
    }

    [Test]
    public void Query_size_is_bounded()
    {
        Assert.Throws<QuerySyntaxException>(() => Corpus.Search(new string('油', 1001)));
        Assert.Throws<QuerySyntaxException>(() => Corpus.Search(string.Join(" ", Enumerable.Range(0, 65).Select(i => "w" + i))));
        Assert.That(Corpus.Search("储*").Total, Is.GreaterThan(0));
    }
}
