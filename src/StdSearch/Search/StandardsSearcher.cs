using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Text;
using Term = Lucene.Net.Index.Term;

namespace StdSearch.Search;

/// <summary>
/// Searches a <see cref="StandardsIndex"/>: parses the query (<see cref="SearchRequest.Query"/>), ranks clauses with
/// BM25 over the bigram fields (clause text, heading, title), groups them by standard, cuts highlighted snippets and counts facets. Also
/// finds clauses like a given clause or paragraph (<see cref="MoreLikeThis(string, string, SearchRequest?)"/>).
/// </summary>
/// <remarks>Thread-safe; searches run on the index's near-real-time searcher, concurrently with ingest.</remarks>
public sealed class StandardsSearcher
{
    private readonly StandardsIndex _index;

    /// <summary>Creates a searcher over <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="options">Default ranking and limits for requests without their own; <see cref="SearchOptions.Default"/> when null.</param>
    public StandardsSearcher(StandardsIndex index, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        Options = options ?? SearchOptions.Default;
    }

    /// <summary>The default ranking and limits.</summary>
    public SearchOptions Options { get; }

    /// <summary>Matches a search records to find its page's clauses without a second pass (tests set 0 to force it).</summary>
    internal int MaxRecordedMatches { get; init; } = GroupingCollector.DefaultMaxRecordedMatches;

    /// <summary>Runs a search.</summary>
    /// <param name="request">The query, filters and page.</param>
    /// <param name="cancellationToken">Checked before the search and between hits.</param>
    /// <returns>Matching standards of the page with their best clauses, the totals and the facets.</returns>
    /// <exception cref="QuerySyntaxException">The query cannot be parsed, or is empty or too large.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var options = request.Options ?? Options;
        var parser = new StandardsQueryParser(request.Query ?? "", _index.WordAnalyzer, _index.BigramAnalyzer, _index.Blocks, options,
            ideographFilters: _index.IdeographFilters);
        var query = parser.Parse();
        var filters = new List<Query>();
        if (request.Level is { Length: > 0 } level) filters.Add(FilterFromQuery("level:" + level, options));
        if (request.Region is { Length: > 0 } region) filters.Add(FilterFromQuery("region:" + region, options));
        // A question, or words that are not all in any clause: rank by how many of the words match instead.
        if (parser.Relaxed is { } relaxed && parser.IsQuestion && options.RelaxBelowStandards > 0)
            return Run(relaxed, filters, request, options, excludedDoc: null, cancellationToken, StandardsQueryParser.RelaxedWordScore);
        var result = Run(query, filters, request, options, excludedDoc: null, cancellationToken);
        // A lone ideograph was joined to its neighbour (注增加 asks for 注增) and nothing matched: let it stand apart.
        if (parser.JoinedIdeographs && result.Total < Math.Max(1, options.RelaxBelowStandards))
        {
            var loose = new StandardsQueryParser(request.Query ?? "", _index.WordAnalyzer, _index.BigramAnalyzer, _index.Blocks, options, looseIdeographs: true,
                _index.IdeographFilters);
            var looseResult = Run(loose.Parse(), filters, request, options, excludedDoc: null, cancellationToken);
            if (looseResult.Total > result.Total) result = looseResult;
        }
        if (parser.Relaxed is { } fallback && result.Total < options.RelaxBelowStandards)
            result = Run(fallback, filters, request, options, excludedDoc: null, cancellationToken, StandardsQueryParser.RelaxedWordScore);
        return result;
    }

    /// <summary>Clauses like a clause of an indexed standard (the clause itself is left out).</summary>
    /// <param name="idOrKey">The standard's Key or id.</param>
    /// <param name="clauseNumber">The clause number (<c>5.2.1</c>).</param>
    /// <param name="request">Page and options; its query is ignored. Null for the first page.</param>
    /// <returns>Similar clauses grouped by standard; empty when the clause is not in the index.</returns>
    public SearchResult MoreLikeThis(string idOrKey, string clauseNumber, SearchRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(idOrKey);
        ArgumentNullException.ThrowIfNull(clauseNumber);
        request ??= new SearchRequest("");
        var key = _index.ResolveKey(idOrKey);
        if (key is null) return Empty(request);
        var searcher = _index.Acquire();
        try
        {
            var find = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Key, key)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Type, IndexFields.StandardType)), Occur.MUST },
            };
            var top = searcher.Search(find, 1).ScoreDocs;
            if (top.Length == 0) return Empty(request);
            var standardDoc = top[0].Doc;
            if (UnitsOf(searcher, standardDoc) is { } units)
            {
                for (var i = 0; i < units.Count; i++)
                {
                    if (units[i].Number != clauseNumber) continue;
                    var text = string.Join("\n", units[i].Heading, units[i].Text);
                    return Run(LikeText(searcher.IndexReader, text), [], request, request.Options ?? Options, standardDoc + 1 + i, default);
                }
                return Empty(request);
            }
            // An index written before the units were stored with the standard: the clause documents hold them.
            var clauses = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Key, key)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Type, IndexFields.ClauseType)), Occur.MUST },
            };
            foreach (var sd in searcher.Search(clauses, int.MaxValue).ScoreDocs)
            {
                var doc = searcher.Doc(sd.Doc);
                if (doc.Get(IndexFields.Number) != clauseNumber) continue;
                var text = string.Join("\n", doc.Get(IndexFields.Heading), doc.Get(IndexFields.Text));
                return Run(LikeText(searcher.IndexReader, text), [], request, request.Options ?? Options, sd.Doc, default);
            }
            return Empty(request);
        }
        finally
        {
            _index.Release(searcher);
        }
    }

    /// <summary>Clauses like a pasted paragraph: a query of its most distinctive bigrams and words (tf-idf).</summary>
    /// <param name="paragraph">The text.</param>
    /// <param name="request">Page and options; its query is ignored. Null for the first page.</param>
    /// <returns>Similar clauses grouped by standard.</returns>
    public SearchResult MoreLikeThis(string paragraph, SearchRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        request ??= new SearchRequest("");
        var searcher = _index.Acquire();
        Query query;
        try
        {
            query = LikeText(searcher.IndexReader, paragraph);
        }
        finally
        {
            _index.Release(searcher);
        }
        return Run(query, [], request, request.Options ?? Options, null, default);
    }

    private Query LikeText(IndexReader reader, string text)
    {
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = _index.BigramAnalyzer,
            FieldNames = [IndexFields.TextBigrams],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 40,
            MinWordLen = 1,
        };
        using var input = new StringReader(text);
        return mlt.Like(input, IndexFields.TextBigrams);
    }

    private Query FilterFromQuery(string filter, SearchOptions options) =>
        new StandardsQueryParser(filter, _index.WordAnalyzer, _index.BigramAnalyzer, _index.Blocks, options).Parse();

    // wordScore: the constant a relaxed query adds per matched word (0 for other queries).
    private SearchResult Run(Query query, IReadOnlyList<Query> filters, SearchRequest request, SearchOptions options, int? excludedDoc,
        CancellationToken cancellationToken, float wordScore = 0)
    {
        // Clauses match on their text and headings, a standard's own document on its title and number.
        var full = new BooleanQuery { { query, Occur.MUST } };
        foreach (var f in filters) full.Add(f, Occur.MUST);
        var searcher = _index.Acquire();
        try
        {
            var rewritten = searcher.Rewrite(full);
            var weight = searcher.CreateNormalizedWeight(SharedTermStates.Attach(rewritten, searcher.TopReaderContext));
            var leaves = searcher.IndexReader.Leaves;
            var threads = ThreadsFor(leaves, options);
            var slices = SearchSlices.Plan(leaves, _index.Blocks, threads);
            var collectors = slices.Select(_ => new GroupingCollector(options.ClausesPerStandard, options.TieBreaker, request.Facets,
                excludedDoc ?? -1, request.Page * request.PageSize, _index.Blocks, MaxRecordedMatches)).ToArray();
            SearchSlices.Run(slices.Count, threads, i => collectors[i].CollectSlice(weight, slices[i], cancellationToken));
            var ordered = GroupingCollector.FinishAll(collectors);
            var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
            foreach (var c in collectors) c.FillClauses(weight, page.Where(c.Owns), cancellationToken);
            var collector = collectors[0];
            foreach (var other in collectors.Skip(1)) collector.AddCounts(other);

            var terms = new HashSet<Term>();
            HighlightTerms(rewritten, terms);
            // Reading a hit's stored standard (a Brotli stream) is most of what the page costs: side by side.
            var stored = new StoredHit[page.Count];
            SearchSlices.Run(page.Count, threads, i =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                stored[i] = Read(searcher, page[i], options, wordScore);
            });
            using var highlighter = new Highlighter(terms, options);
            var hits = new List<StandardHit>(page.Count);
            for (var i = 0; i < page.Count; i++) hits.Add(ToHit(page[i], stored[i], highlighter));
            var facets = new SearchFacets
            {
                Level = Sorted(collector.Levels),
                Region = Sorted(collector.Regions),
                Ics = Sorted(collector.Ics),
                Year = collector.Years.OrderByDescending(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value)).ToList(),
            };
            return new SearchResult(collector.TotalGroups, hits, facets)
            {
                TotalClauses = collector.TotalClauses,
                Page = request.Page,
                PageSize = request.PageSize,
            };
        }
        finally
        {
            _index.Release(searcher);
        }
    }

    /// <summary>Below this many documents per thread a search runs on one thread (its slices would cost more to hand out
    /// than they save; tests set 0).</summary>
    internal int MinDocumentsPerThread { get; init; } = 50_000;

    private int ThreadsFor(IList<AtomicReaderContext> leaves, SearchOptions options)
    {
        if (options.SearchThreads <= 1) return 1;
        var documents = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var byDocuments = MinDocumentsPerThread <= 0 ? options.SearchThreads : documents / MinDocumentsPerThread;
        return (int)Math.Clamp(byDocuments, 1, options.SearchThreads);
    }

    /// <summary>
    /// The terms a hit's snippets mark: a quoted phrase of ideographs as the whole phrase (so 充电 alone is not marked for
    /// "充电柜"), a word over the fields by its text and title terms (its heading terms are the same words), and any other
    /// query by the terms it holds; nothing of a NOT.
    /// </summary>
    private static void HighlightTerms(Query query, ISet<Term> terms)
    {
        switch (query)
        {
            case ClauseQuery word:
                HighlightTerms(word.Text, terms);
                HighlightTerms(word.Title, terms);
                return;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) HighlightTerms(clause.Query, terms);
                return;
            case PhraseQuery phrase when IdeographPhrase(phrase) is { } whole:
                terms.Add(whole);
                return;
        }
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // A query kind without terms to extract: snippets come without highlights.
        }
    }

    // A phrase of overlapping bigrams of ideographs at consecutive positions as the one run of ideographs they spell
    // (消息 息体 体数 → 消息体数), or null for any other phrase.
    private static Term? IdeographPhrase(PhraseQuery phrase)
    {
        var phraseTerms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (phraseTerms.Length < 2) return null;
        var text = new System.Text.StringBuilder(phraseTerms[0].Text);
        for (var i = 0; i < phraseTerms.Length; i++)
        {
            var t = phraseTerms[i].Text;
            if (t.Length != 2 || !t.All(CjkCharacters.IsIdeographicLetter)) return null;
            if (i == 0) continue;
            if (positions[i] != positions[i - 1] + 1 || t[0] != phraseTerms[i - 1].Text[1]) return null;
            text.Append(t[1]);
        }
        return new Term(phraseTerms[0].Field, text.ToString());
    }

    private static readonly ISet<string> ClauseFields = new HashSet<string>
    {
        IndexFields.Number, IndexFields.Heading, IndexFields.Kind, IndexFields.Pages, IndexFields.Text,
    };

    /// <summary>What a hit shows, read from the index: its display id, title and level, and the clauses to show (the
    /// units of the stored standard, or the stored clause documents of an index written before them).</summary>
    private sealed record StoredHit(StandardId Id, string Title, string Level, List<(StoredStandard.Unit Unit, float Score)> Clauses);

    // Thread-safe: pages read their hits side by side.
    private StoredHit Read(IndexSearcher searcher, GroupingCollector.Group group, SearchOptions options, float wordScore)
    {
        var standardDoc = group.Segment.DocBase + group.Head;
        var (display, title, level) = DisplayOf(searcher, standardDoc);
        var id = _index.ParseDisplayId(display);
        // Clauses well below the standard's best are noise next to the other standards' best clauses. In a relaxed
        // query a clause must also match as many words as the best one (the score is words × wordScore + BM25).
        var best = group.BestClause;
        var matched = wordScore > 0 ? MathF.Floor(best / wordScore) * wordScore : 0;
        var cut = matched + (best - matched) * options.ClauseScoreRatio;
        var clauses = new List<(StoredStandard.Unit, float)>(group.Clauses.Length);
        // The clause documents follow the standard's own document in the order of its units.
        var shown = new List<int>(group.Clauses.Length);
        foreach (var (docId, score) in group.Clauses)
            if (score >= cut) shown.Add(docId - standardDoc - 1);
        var units = UnitsOf(searcher, standardDoc, shown);
        foreach (var (docId, score) in group.Clauses)
        {
            if (score < cut) break;
            if (units is not null)
            {
                if (units.TryGetValue(docId - standardDoc - 1, out var unit)) clauses.Add((unit, score));
                continue;
            }
            var doc = searcher.Doc(docId, ClauseFields);
            var pages = (doc.Get(IndexFields.Pages) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
            clauses.Add((new StoredStandard.Unit(doc.Get(IndexFields.Number) ?? "", doc.Get(IndexFields.Heading) ?? "",
                ParseEnum<ClauseKind>(doc.Get(IndexFields.Kind)), pages, doc.Get(IndexFields.Text) ?? ""), score));
        }
        return new StoredHit(id, title, level, clauses);
    }

    private static StandardHit ToHit(GroupingCollector.Group group, StoredHit stored, Highlighter highlighter) => new()
    {
        Key = group.Key,
        Id = stored.Id,
        Title = stored.Title,
        Level = ParseEnum<StandardLevel>(stored.Level),
        Status = (StandardStatus)group.Status,
        Score = group.Score,
        Clauses = stored.Clauses.Select(c => Hit(c.Unit, highlighter, c.Score)).ToList(),
    };

    private static ClauseHit Hit(StoredStandard.Unit unit, Highlighter highlighter, float score)
    {
        var (snippet, spans, marked) = highlighter.Highlight(unit.Text);
        return new ClauseHit
        {
            Number = unit.Number,
            Heading = unit.Heading,
            Kind = unit.Kind,
            Pages = unit.Pages,
            Snippet = snippet,
            Highlights = spans,
            Marked = marked,
            Score = score,
        };
    }

    private static readonly ISet<string> StoredOnly = new HashSet<string> { IndexFields.Stored };

    // The units stored with the standard (decompressing only their section); null for an index written before.
    private static Dictionary<int, StoredStandard.Unit>? UnitsOf(IndexSearcher searcher, int standardDoc, IReadOnlyCollection<int> places)
    {
        if (places.Count == 0) return []; // matched on its number or title only: nothing to read
        var bytes = searcher.Doc(standardDoc, StoredOnly).GetBinaryValue(IndexFields.Stored);
        return bytes is null ? null : StoredStandard.DecodeUnits(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), places);
    }

    private static IReadOnlyList<StoredStandard.Unit>? UnitsOf(IndexSearcher searcher, int standardDoc)
    {
        var bytes = searcher.Doc(standardDoc, StoredOnly).GetBinaryValue(IndexFields.Stored);
        return bytes is null ? null : StoredStandard.DecodeUnits(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }

    // Display id, title and level from the doc value (stored fields as the fallback for an index written before it).
    private static (string Display, string Title, string Level) DisplayOf(IndexSearcher searcher, int standardDoc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(standardDoc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(IndexFields.Display) is { } values)
        {
            var bytes = new Lucene.Net.Util.BytesRef();
            values.Get(standardDoc - leaf.DocBase, bytes);
            var parts = bytes.Utf8ToString().Split(IndexFields.DisplaySeparator);
            if (parts.Length == 3) return (parts[0], parts[1], parts[2]);
        }
        var stored = searcher.Doc(standardDoc, StandardFields);
        return (stored.Get(IndexFields.DisplayId) ?? "", stored.Get(IndexFields.Title) ?? "", stored.Get(IndexFields.Level) ?? "");
    }

    private static readonly ISet<string> StandardFields = new HashSet<string> { IndexFields.DisplayId, IndexFields.Title, IndexFields.Level };

    private static T ParseEnum<T>(string? camel) where T : struct, Enum =>
        Enum.TryParse<T>(camel, ignoreCase: true, out var value) ? value : default;

    private static List<FacetCount> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value)).ToList();

    private static SearchResult Empty(SearchRequest request) =>
        new(0, [], SearchFacets.Empty) { Page = request.Page, PageSize = request.PageSize };
}
