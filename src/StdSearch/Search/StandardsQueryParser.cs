using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Text;
using Term = Lucene.Net.Index.Term;

namespace StdSearch.Search;

/// <summary>
/// A small recursive-descent parser for the query language of <see cref="SearchRequest.Query"/>, producing Lucene
/// queries directly. Standard numbers are found on the raw text first (<see cref="StandardIdFinder"/>), because a
/// generic query parser would split <c>GB/T 7714-2015</c> at the slash and the dash.
/// </summary>
/// <remarks>
/// Grammar: <c>or := and (OR and)*</c>; <c>and := unary ((AND)? unary)*</c>; <c>unary := (NOT | -) unary | primary</c>;
/// <c>primary := ( or ) | "phrase" | field:value | id | word | prefix*</c>. Not thread-safe: one instance per query.
/// </remarks>
internal sealed partial class StandardsQueryParser
{
    private static readonly string[] KnownFields = ["level", "region", "ics", "year", "adoption", "status", "sector", "id"];

    private readonly string _query;
    private readonly Analyzer _words;
    private readonly Analyzer _bigrams;
    private readonly SearchOptions _options;
    private readonly IReadOnlyList<StandardIdMatch> _ids;
    private readonly bool _looseIdeographs;
    private readonly DocumentBlocks _blocks;
    private readonly IdeographFilters? _ideographFilters;
    private readonly List<Token> _tokens = [];
    private int _next;
    private int _clauses;

    /// <param name="query">The query text.</param>
    /// <param name="words">The word analyzer (where a query's words end).</param>
    /// <param name="bigrams">The bigram analyzer (what the index holds).</param>
    /// <param name="blocks">The index's block layout: field filters select standards, and through them their clauses.</param>
    /// <param name="options">Ranking and limits.</param>
    /// <param name="looseIdeographs">Leave single ideographs alone instead of joining them to a neighbour: each then
    /// matches the bigrams starting with it (the fallback when the joined form finds nothing, see <see cref="JoinedIdeographs"/>).</param>
    /// <param name="ideographFilters">The index's cache of lone ideographs' filters; null to build them for this query only.</param>
    public StandardsQueryParser(string query, Analyzer words, Analyzer bigrams, DocumentBlocks blocks, SearchOptions options, bool looseIdeographs = false,
        IdeographFilters? ideographFilters = null)
    {
        _blocks = blocks;
        _ideographFilters = ideographFilters;
        _looseIdeographs = looseIdeographs;
        _query = query;
        _words = words;
        _bigrams = bigrams;
        _options = options;
        // The finder expects prefixes in capitals (db22/t is typed as often as DB22/T); ASCII upper-casing keeps offsets.
        _ids = StandardIdFinder.FindAll(string.Create(query.Length, query, static (span, q) =>
        {
            for (var i = 0; i < q.Length; i++) span[i] = char.IsAsciiLetterLower(q[i]) ? (char)(q[i] - 32) : q[i];
        }));
    }

    /// <summary>Id terms found in the query at the top level (they rank their standard first).</summary>
    public List<string> BoostedIds { get; } = [];

    /// <summary>True when a single ideograph of a query word was joined to its neighbour (注 in 注增加 asks for 注增): a
    /// parse with <c>looseIdeographs</c> finds text where the two are apart (注：增加).</summary>
    public bool JoinedIdeographs { get; private set; }

    /// <summary>True when question words were cut out of the query (<see cref="QuestionWords"/>).</summary>
    public bool IsQuestion { get; private set; }

    /// <summary>
    /// For a query of plain words only (no operators, phrases, fields or ids) with at least two words: the same words
    /// as an OR that needs <see cref="SearchOptions.RelaxedMinimumMatch"/> of them, each matched word adding a constant
    /// <see cref="RelaxedWordScore"/> before BM25, so clauses are ranked first by how many words they match. The
    /// searcher runs it for a question (<see cref="IsQuestion"/>: clauses with every word still rank first) and when the
    /// AND finds too little (<see cref="SearchOptions.RelaxBelowStandards"/>). Null otherwise.
    /// </summary>
    public Query? Relaxed { get; private set; }

    /// <summary>What each matched word adds to a clause's score in <see cref="Relaxed"/>: more than BM25 gives one word.</summary>
    internal const float RelaxedWordScore = 100f;

    /// <summary>Parses the query. Standard numbers at the top level boost their standard and, when other terms are
    /// present, do not restrict the result to it; the rest is required.</summary>
    public Query Parse()
    {
        if (_query.Length > _options.MaxQueryLength)
            throw new QuerySyntaxException(_query, _options.MaxQueryLength, $"the query is longer than {_options.MaxQueryLength} characters");
        Lex();
        if (_tokens.Count == 0) throw new QuerySyntaxException(_query, 0, "the query is empty");
        // Top-level implicit-AND ids become boosts; anything else follows the grammar.
        var topIds = new List<Token>();
        if (!_tokens.Any(t => t.Kind is TokenKind.Or or TokenKind.LParen))
        {
            for (var i = 0; i < _tokens.Count; i++)
                if (_tokens[i].Kind == TokenKind.Id && (i == 0 || _tokens[i - 1].Kind != TokenKind.Not))
                    topIds.Add(_tokens[i]);
            _tokens.RemoveAll(topIds.Contains);
            // An AND that joined a removed id to the rest now dangles.
            for (var i = _tokens.Count - 1; i >= 0 && topIds.Count > 0; i--)
                if (_tokens[i].Kind == TokenKind.And && (i == 0 || i == _tokens.Count - 1 || _tokens[i + 1].Kind == TokenKind.And))
                    _tokens.RemoveAt(i);
        }
        if (_tokens.Count == 0)
        {
            // Numbers only: each standard itself (its own document) and the clauses citing it.
            var ids = new BooleanQuery();
            foreach (var id in topIds)
            {
                ids.Add(IdQuery(id.Id, boostOwn: true), topIds.Count == 1 ? Occur.MUST : Occur.SHOULD);
                BoostedIds.AddRange(IndexDocumentBuilder.IdTerms(id.Id));
            }
            if (topIds.Count > 1) ids.MinimumNumberShouldMatch = 1;
            return ids;
        }
        var main = ParseOr();
        if (_next < _tokens.Count)
        {
            var t = _tokens[_next];
            throw new QuerySyntaxException(_query, t.Position, t.Kind == TokenKind.RParen ? "a ')' without its '('" : $"unexpected '{t.Text}'");
        }
        if (topIds.Count == 0)
        {
            if (_tokens.All(t => t.Kind == TokenKind.Word && t.Text.IndexOfAny(['*', '?']) < 0)) Relaxed = RelaxedQuery();
            return main;
        }
        // Words and numbers: clauses must match the words (citing a number adds to their score); the numbered standards'
        // own documents match on their own and put those standards first.
        var clauses = new BooleanQuery { { main, Occur.MUST } };
        var result = new BooleanQuery { { clauses, Occur.SHOULD } };
        foreach (var id in topIds)
        {
            var terms = IndexDocumentBuilder.IdTerms(id.Id).ToList();
            clauses.Add(new TermQuery(new Term(IndexFields.TextBigrams, terms[0])) { Boost = _options.WordWeight }, Occur.SHOULD);
            result.Add(OwnQuery(terms[0], _options.IdBoost), Occur.SHOULD);
            BoostedIds.AddRange(terms);
        }
        return result;
    }

    private Query? RelaxedQuery()
    {
        var words = new List<Word>();
        foreach (var t in _tokens) words.AddRange(Words(t.Text));
        if (words.Count < 2) return null;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var w in words)
        {
            // Only the clause's own text (the heading is indexed in it too) counts a word as matched: a title word
            // would tie every clause of its standard.
            var inClause = WordInField(IndexFields.TextBigrams, [w], 1f);
            query.Add(new BooleanQuery(disableCoord: true)
            {
                { new ConstantScoreQuery(inClause) { Boost = RelaxedWordScore }, Occur.SHOULD },
                { AcrossFields((field, boost) => WordInField(field, [w], boost)), Occur.SHOULD },
            }, Occur.SHOULD);
        }
        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(words.Count * _options.RelaxedMinimumMatch));
        return query;
    }

    private Query ParseOr()
    {
        var first = ParseAnd();
        if (Peek(TokenKind.Or) is null) return first;
        var or = new BooleanQuery { { first, Occur.SHOULD } };
        while (Take(TokenKind.Or) is { } op)
        {
            if (AtEnd || Peek(TokenKind.RParen) is not null) throw new QuerySyntaxException(_query, op.Position, "OR needs a term after it");
            or.Add(ParseAnd(), Occur.SHOULD);
        }
        return or;
    }

    private Query ParseAnd()
    {
        var parts = new List<(Query Query, bool Negated)>();
        while (true)
        {
            if (Take(TokenKind.And) is { } and)
            {
                if (parts.Count == 0 || AtEnd || Peek(TokenKind.RParen) is not null || Peek(TokenKind.Or) is not null)
                    throw new QuerySyntaxException(_query, and.Position, "AND needs a term on both sides");
                continue;
            }
            if (AtEnd || Peek(TokenKind.Or) is not null || Peek(TokenKind.RParen) is not null) break;
            if (PlainWordAt(_next))
            {
                // Plain words side by side are one conjunction of their terms in each field (a clause needs them all),
                // not a conjunction of per-word disjunctions: the same matches, scored field by field, and far cheaper.
                var words = new List<Word>();
                while (true)
                {
                    var t = _tokens[_next++];
                    CountClause(t);
                    words.AddRange(Words(t.Text));
                    if (PlainWordAt(_next)) continue;
                    if (!AtEnd && _tokens[_next].Kind == TokenKind.And && PlainWordAt(_next + 1)) { _next++; continue; }
                    break;
                }
                parts.Add((words.Count == 0 ? new BooleanQuery() : AcrossFields((field, boost) => WordInField(field, words, boost)), false));
                continue;
            }
            parts.Add(ParseUnary());
        }
        if (parts.Count == 0)
        {
            var at = AtEnd ? _query.Length : _tokens[_next].Position;
            throw new QuerySyntaxException(_query, Math.Max(0, at - 1), "a term is missing here");
        }
        if (parts.Count == 1 && !parts[0].Negated) return parts[0].Query;
        var query = new BooleanQuery();
        foreach (var (q, negated) in parts) query.Add(q, negated ? Occur.MUST_NOT : Occur.MUST);
        if (parts.All(p => p.Negated)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private bool PlainWordAt(int i) => i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && _tokens[i].Text.IndexOfAny(['*', '?']) < 0;

    private (Query Query, bool Negated) ParseUnary()
    {
        if (Take(TokenKind.Not) is { } not)
        {
            if (AtEnd || Peek(TokenKind.RParen) is not null || Peek(TokenKind.Or) is not null)
                throw new QuerySyntaxException(_query, not.Position, "NOT needs a term after it");
            var (inner, negated) = ParseUnary();
            return negated ? (inner, false) : (inner, true);
        }
        return (ParsePrimary(), false);
    }

    private Query ParsePrimary()
    {
        var t = _tokens[_next++];
        CountClause(t);
        switch (t.Kind)
        {
            case TokenKind.LParen:
                if (Peek(TokenKind.RParen) is not null) throw new QuerySyntaxException(_query, t.Position, "empty parentheses");
                var inner = ParseOr();
                if (Take(TokenKind.RParen) is null) throw new QuerySyntaxException(_query, t.Position, "a '(' is not closed");
                return inner;
            case TokenKind.Phrase:
                return PhraseQuery(t.Text, t.Position);
            case TokenKind.Id:
                return IdQuery(t.Id, boostOwn: true);
            case TokenKind.Field:
                return FieldQuery(t);
            case TokenKind.Word:
                return WordQuery(t.Text, t.Position);
            default:
                throw new QuerySyntaxException(_query, t.Position, t.Kind == TokenKind.RParen ? "a ')' without its '('" : $"unexpected '{t.Text}'");
        }
    }

    private void CountClause(Token t)
    {
        if (t.Kind is TokenKind.LParen) return;
        if (++_clauses > _options.MaxQueryClauses)
            throw new QuerySyntaxException(_query, t.Position, $"the query has more than {_options.MaxQueryClauses} terms, phrases and filters");
    }

    // ---- text ---------------------------------------------------------------------------------------------------

    private Query WordQuery(string text, int position)
    {
        if (text[0] is '*' or '?') throw new QuerySyntaxException(_query, position, "a wildcard cannot start a term");
        var star = text.IndexOfAny(['*', '?']);
        if (star >= 0)
        {
            if (star != text.Length - 1 || text[star] == '?')
                throw new QuerySyntaxException(_query, position + star, "only a trailing * is supported");
            var prefix = TextFolder.Default.FoldToString(text[..^1]);
            // Ideographs are indexed as bigrams: a prefix of two or more is the word itself (its bigrams, required),
            // which already matches whatever follows it.
            if (prefix.Length >= 2 && prefix.All(CjkCharacters.IsIdeographicLetter)) return WordQuery(prefix, position);
            return AcrossFields((field, boost) => Prefix(field, prefix, boost));
        }
        var words = Words(text);
        if (words.Count == 0) return new BooleanQuery(); // punctuation only: matches nothing, like an empty word
        return AcrossFields((field, boost) => WordInField(field, words, boost));
    }

    /// <summary>
    /// One query over the fields: a clause must match in its text (which holds its heading too) and a match in its
    /// heading adds <see cref="SearchOptions.HeadingBoost"/>; a standard's own document matches in its title
    /// (<see cref="SearchOptions.TitleBoost"/>). The text drives the search; the small heading and title fields are only
    /// consulted for the documents it finds, or on their own few documents.
    /// </summary>
    private Query AcrossFields(Func<string, float, Query> inField)
    {
        var text = inField(IndexFields.TextBigrams, _options.WordWeight);
        var heading = _options.HeadingBoost > 0 ? inField(IndexFields.HeadingBigrams, _options.WordWeight * _options.HeadingBoost) : null;
        return new ClauseQuery(text, heading, inField(IndexFields.TitleBigrams, _options.WordWeight * _options.TitleBoost));
    }

    /// <summary>
    /// A query word as the index holds it. Text is indexed once, as bigrams (<see cref="Analysis.StandardsBigramAnalyzer"/>); the
    /// word analyzer (ICU) only decides where a query's words end, so that 储存油温 needs 储存 and 油温 but not the
    /// bigram 存油 that spans the two. A single ideograph is joined to its neighbour (电池的 in 电池的安全); one left
    /// alone is a prefix of the bigrams. Latin words, numbers and standard numbers are single terms (an id with its
    /// undated and bare forms as alternatives at one position).
    /// </summary>
    private sealed record Word(List<IReadOnlyList<string>> Groups, string? Ideograph = null);

    /// <summary>A word of the query as the word breaker gave it: its folded text, its place in the query, whether it is
    /// ideographs, and (for other terms) its stacked alternatives.</summary>
    private readonly record struct Piece(string Text, int Start, int End, bool Ideographs, List<string> Terms)
    {
        public bool IsSingleIdeograph => Ideographs && Text.Length == 1;

        public bool Touches(Piece next) => Ideographs && next.Ideographs && End == next.Start;

        public static Piece Join(Piece a, Piece b) => new(a.Text + b.Text, a.Start, b.End, true, []);
    }

    private List<Word> Words(string text)
    {
        var pieces = new List<Piece>();
        foreach (var (term, increment, start, end) in AnalyzeWithOffsets(_words, text))
        {
            var ideographs = term.All(c => CjkCharacters.IsIdeographicLetter(c) || char.IsSurrogate(c));
            if (increment == 0 && pieces.Count > 0 && !pieces[^1].Ideographs) { pieces[^1].Terms.Add(term); continue; }
            pieces.Add(new Piece(term, start, end, ideographs, [term]));
        }
        if (!_looseIdeographs)
        {
            PairSingleIdeographs(pieces);
            JoinLoneIdeographs(pieces);
        }
        var words = new List<Word>(pieces.Count);
        foreach (var p in pieces)
        {
            if (!p.Ideographs) words.Add(new Word([p.Terms]));
            else if (p.Text.Length == 1) words.Add(new Word([[p.Text]], p.Text));
            else if (GroupByPosition(Analyze(_bigrams, p.Text)).Select(g => (IReadOnlyList<string>)g.Terms).ToList() is { Count: > 0 } groups)
                words.Add(new Word(groups));
        }
        return words;
    }

    // Single ideographs next to each other are words the dictionary does not know: ICU splits 充电柜漏电保护 into
    // 充电|柜|漏|电|保护. An odd run after a word it touches gives that word its first ideograph (充电 + 柜), the rest pair
    // up (漏电); one left over joins the last pair.
    private void PairSingleIdeographs(List<Piece> pieces)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!pieces[i].IsSingleIdeograph) continue;
            var j = i;
            while (j + 1 < pieces.Count && pieces[j + 1].IsSingleIdeograph && pieces[j].Touches(pieces[j + 1])) j++;
            if (j == i) continue; // a lone one: JoinLoneIdeographs
            JoinedIdeographs = true;
            if ((j - i + 1) % 2 == 1 && i > 0 && pieces[i - 1].Touches(pieces[i]))
            {
                pieces[i - 1] = Piece.Join(pieces[i - 1], pieces[i]);
                pieces.RemoveAt(i);
                j--;
            }
            var pairs = new List<Piece>();
            for (var k = i; k <= j; k += 2)
            {
                if (k == j) pairs[^1] = Piece.Join(pairs[^1], pieces[k]); // the run is even but for this one
                else pairs.Add(Piece.Join(pieces[k], pieces[k + 1]));
            }
            pieces.RemoveRange(i, j - i + 1);
            pieces.InsertRange(i, pairs);
            i += pairs.Count - 1;
        }
    }

    // A single ideograph left alone joins the word before it (充电柜, 电池的), else the word after it.
    private void JoinLoneIdeographs(List<Piece> pieces)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!pieces[i].IsSingleIdeograph) continue;
            if (i > 0 && pieces[i - 1].Touches(pieces[i]))
            {
                pieces[i - 1] = Piece.Join(pieces[i - 1], pieces[i]);
                pieces.RemoveAt(i--);
                JoinedIdeographs = true;
            }
            else if (i + 1 < pieces.Count && pieces[i].Touches(pieces[i + 1]))
            {
                pieces[i + 1] = Piece.Join(pieces[i], pieces[i + 1]);
                pieces.RemoveAt(i--);
                JoinedIdeographs = true;
            }
        }
    }

    /// <summary>All of <paramref name="words"/> in one field: a term, or the conjunction of their terms.</summary>
    private Query WordInField(string field, IReadOnlyList<Word> words, float boost)
    {
        var parts = new List<Query>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            // A term asked for twice (设备 设备, 数据格式 数据) asks for nothing more: it is required once (twice scored it
            // double and walked its postings twice).
            if (word.Ideograph is { } c)
            {
                if (seen.Add("\u0001" + c)) parts.Add(AnyBigramOf(field, c));
                continue;
            }
            foreach (var g in word.Groups)
                if (seen.Add(string.Join('\u001e', g))) parts.Add(Single(field, g, 1f));
        }
        if (parts.Count == 1)
        {
            parts[0].Boost = boost;
            return parts[0];
        }
        var query = new BooleanQuery { Boost = boost };
        foreach (var p in parts) query.Add(p, Occur.MUST);
        return query;
    }

    // A single ideograph alone: the lone unigram and every bigram starting with it, each matching document scoring the
    // same (an ideograph alone says little about relevance, and a top-terms rewrite would keep an arbitrary few). The
    // index keeps the filters of recent ideographs (IdeographFilters).
    private Query AnyBigramOf(string field, string ideograph) =>
        new LoneIdeographQuery(_ideographFilters?.Get(field, ideograph) ?? IdeographFilters.Uncached(field, ideograph), new Term(field, ideograph));

    private PrefixQuery Prefix(string field, string prefix, float boost) => new(new Term(field, prefix))
    {
        MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(_options.MaxPrefixExpansions),
        Boost = boost,
    };

    private Query PhraseQuery(string text, int position)
    {
        var tokens = Analyze(_bigrams, text);
        if (tokens.Count == 0) throw new QuerySyntaxException(_query, position, "the phrase has no words");
        var groups = GroupByPosition(tokens).ToList();
        return AcrossFields((field, boost) =>
        {
            // The heading field has no positions (IndexDocumentBuilder): there the phrase's bigrams add to the score
            // of a clause whose text holds the phrase.
            if (field == IndexFields.HeadingBigrams) return AllTerms(field, tokens, boost);
            var position0 = -1;
            if (groups.All(g => g.Terms.Count == 1))
            {
                // One term per position (the usual case): the plain phrase query, faster than the multi-term one.
                var plain = new PhraseQuery { Boost = boost };
                foreach (var group in groups) plain.Add(new Term(field, group.Terms[0]), position0 += group.Increment);
                return plain;
            }
            var phrase = new MultiPhraseQuery { Boost = boost };
            foreach (var group in groups)
            {
                position0 += group.Increment;
                phrase.Add(group.Terms.Select(t => new Term(field, t)).ToArray(), position0);
            }
            return phrase;
        });
    }

    private static Query AllTerms(string field, List<(string Term, int Increment)> tokens, float boost)
    {
        var groups = GroupByPosition(tokens).ToList();
        if (groups.Count == 1) return Single(field, groups[0].Terms, boost);
        var query = new BooleanQuery { Boost = boost };
        foreach (var g in groups) query.Add(Single(field, g.Terms, 1f), Occur.MUST);
        return query;
    }

    // Stacked tokens (an id with its undated and bare forms) are alternatives at one position.
    private static Query Single(string field, IReadOnlyList<string> terms, float boost)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        var any = new BooleanQuery { Boost = boost };
        foreach (var t in terms.Distinct()) any.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        return any;
    }

    private static IEnumerable<(int Increment, List<string> Terms)> GroupByPosition(List<(string Term, int Increment)> tokens)
    {
        (int Increment, List<string> Terms)? current = null;
        foreach (var (term, increment) in tokens)
        {
            if (increment == 0 && current is { } c) { c.Terms.Add(term); continue; }
            if (current is { } done) yield return done;
            current = (Math.Max(1, increment), [term]);
        }
        if (current is { } last) yield return last;
    }

    internal static List<(string Term, int Increment)> Analyze(Analyzer analyzer, string text) =>
        AnalyzeWithOffsets(analyzer, text).ConvertAll(t => (t.Term, t.Increment));

    private static List<(string Term, int Increment, int Start, int End)> AnalyzeWithOffsets(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return result;
    }

    // ---- standard numbers and fields ----------------------------------------------------------------------------

    private Query IdQuery(StandardId id, bool boostOwn)
    {
        var terms = IndexDocumentBuilder.IdTerms(id).ToList();
        // Clauses that cite the number also match (text and headings index ids as single tokens).
        var cited = new TermQuery(new Term(IndexFields.TextBigrams, terms[0])) { Boost = _options.WordWeight };
        return new DisjunctionMaxQuery(_options.TieBreaker) { OwnQuery(terms[0], boostOwn ? _options.IdBoost : 1f), cited };
    }

    // The standard itself, and at half the weight a standard adopting it identically (GB/T 42871 for ISO 29875).
    private static Query OwnQuery(string idTerm, float boost) => new DisjunctionMaxQuery(0f)
    {
        new TermQuery(new Term(IndexFields.OwnId, idTerm)) { Boost = boost },
        new TermQuery(new Term(IndexFields.AdoptedId, idTerm)) { Boost = boost / 2 },
    };

    private Query FieldQuery(Token t)
    {
        var value = t.Value.Trim();
        var valuePosition = t.Position + t.Text.IndexOf(':') + 1;
        if (value.Length == 0) throw new QuerySyntaxException(_query, valuePosition, $"{t.Field}: needs a value");
        Query filter = t.Field switch
        {
            "level" => Keyword(IndexFields.Level, LevelValue(value, valuePosition)),
            "region" => value.All(char.IsAsciiDigit)
                ? Keyword(IndexFields.RegionCode, value)
                : Keyword(IndexFields.Region, RegionSuffix().Replace(TextFolder.Default.FoldToString(value), "")),
            "ics" => IcsPattern().IsMatch(value) ? Keyword(IndexFields.Ics, value)
                : throw new QuerySyntaxException(_query, valuePosition, $"ics: takes a code like 67 or 67.080, not '{value}'"),
            "year" => YearQuery(value, valuePosition),
            "adoption" => AdoptionDegreeCodes.FromCode(value) is var degree && degree != AdoptionDegree.None
                ? Keyword(IndexFields.Adoption, degree.ToCode().ToLowerInvariant())
                : throw new QuerySyntaxException(_query, valuePosition, $"adoption: takes IDT, MOD, NEQ or EQV, not '{value}'"),
            "status" => StatusQuery(value, valuePosition),
            "sector" => Keyword(IndexFields.Sector, TextFolder.Default.FoldToString(value)),
            "id" => t.Id.IsEmpty ? PartialId(value, valuePosition) : Keyword(IndexFields.Id, IndexDocumentBuilder.IdTerms(t.Id).First()),
            _ => throw new QuerySyntaxException(_query, t.Position, $"unknown field '{t.Field}:' (fields: {string.Join(", ", KnownFields)})"),
        };
        // Filters select standards (the keywords are on the standard's own document) and with them their blocks of
        // clauses; they do not score.
        var standards = filter is ConstantScoreQuery { Filter: { } inner } ? inner : new QueryWrapperFilter(filter);
        return new ConstantScoreQuery(_blocks.Blocks(standards)) { Boost = 0f };
    }

    private static Query Keyword(string field, string value) => new TermQuery(new Term(field, value));

    private Query PartialId(string value, int position)
    {
        var terms = Analyze(_words, value);
        if (terms.Count == 0) throw new QuerySyntaxException(_query, position, $"id: '{value}' has no number in it");
        return AllTerms(IndexFields.IdText, terms, 1f);
    }

    private string LevelValue(string value, int position) => value.ToLowerInvariant() switch
    {
        "national" or "国家" or "國家" or "gb" => "national",
        "industry" or "行业" or "行業" => "industry",
        "local" or "地方" => "local",
        "group" or "团体" or "團體" => "group",
        "enterprise" or "企业" or "企業" => "enterprise",
        "international" or "国际" or "國際" => "international",
        "foreign" or "国外" or "國外" => "foreign",
        "unknown" or "none" => "unknown",
        _ => throw new QuerySyntaxException(_query, position,
            $"level: takes national, industry, local, group, enterprise, international or foreign, not '{value}'"),
    };

    private Query StatusQuery(string value, int position)
    {
        var code = value.ToLowerInvariant() switch
        {
            "current" or "现行" or "現行" => StandardStatusCodes.Current,
            "replaced" or "superseded" or "被代替" => StandardStatusCodes.Replaced,
            "abolished" or "withdrawn" or "废止" or "廢止" => StandardStatusCodes.Abolished,
            _ => throw new QuerySyntaxException(_query, position, $"status: takes current, replaced or abolished, not '{value}'"),
        };
        return new ConstantScoreQuery(FieldCacheRangeFilter.NewInt64Range(IndexFields.Status, code, code, true, true));
    }

    private Query YearQuery(string value, int position)
    {
        var m = YearPattern().Match(value);
        if (!m.Success) throw new QuerySyntaxException(_query, position, $"year: takes 2015, >=2015, <2020 or 2015..2020, not '{value}'");
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var (from, to) = m.Groups["b"].Success
            ? (a, int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture))
            : m.Groups["op"].Value switch
            {
                ">=" => (a, int.MaxValue),
                ">" => (a + 1, int.MaxValue),
                "<=" => (1, a),
                "<" => (1, a - 1),
                _ => (a, a),
            };
        // Checked on the year doc value of each candidate document (no bit set over the whole segment first); a
        // document without a year reads 0, which no range here includes.
        return new ConstantScoreQuery(FieldCacheRangeFilter.NewInt64Range(IndexFields.YearValue, Math.Max(1, from), to, true, true));
    }

    [GeneratedRegex(@"^(?<op>>=|<=|>|<|=)?(?<a>\d{4})(?:\.\.(?<b>\d{4}))?$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\d{2}(\.\d{3}(\.\d{2})?)?$")]
    private static partial Regex IcsPattern();

    [GeneratedRegex("(省|市|自治区|特别行政区)$")]
    private static partial Regex RegionSuffix();

    // ---- lexer --------------------------------------------------------------------------------------------------

    private enum TokenKind { Word, Phrase, Id, Field, And, Or, Not, LParen, RParen }

    private sealed record Token(TokenKind Kind, string Text, int Position)
    {
        public StandardId Id { get; init; }
        public string Field { get; init; } = "";
        public string Value { get; init; } = "";
    }

    private bool AtEnd => _next >= _tokens.Count;

    private Token? Peek(TokenKind kind) => !AtEnd && _tokens[_next].Kind == kind ? _tokens[_next] : null;

    private Token? Take(TokenKind kind)
    {
        var t = Peek(kind);
        if (t is not null) _next++;
        return t;
    }

    private StandardIdMatch? IdAt(int position) => _ids.FirstOrDefault(m => m.Start == position) is { Length: > 0 } m ? m : null;

    private void Lex()
    {
        var q = _query;
        var i = 0;
        while (i < q.Length)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IdAt(i) is { } id)
            {
                _tokens.Add(new Token(TokenKind.Id, q.Substring(id.Start, id.Length), i) { Id = id.Id });
                i = id.End;
                continue;
            }
            if (c is '(' or '（') { _tokens.Add(new Token(TokenKind.LParen, c.ToString(), i++)); continue; }
            if (c is ')' or '）') { _tokens.Add(new Token(TokenKind.RParen, c.ToString(), i++)); continue; }
            if (c is '"' or '“' or '”' or '「')
            {
                var close = c switch { '“' => '”', '「' => '」', _ => c == '”' ? '”' : '"' };
                var end = q.IndexOfAny(close == '"' ? ['"', '”'] : [close], i + 1);
                if (end < 0) throw new QuerySyntaxException(q, i, "a quote is not closed");
                _tokens.Add(new Token(TokenKind.Phrase, q[(i + 1)..end], i));
                i = end + 1;
                continue;
            }
            if (c is '-' or '!' && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]) && (i == 0 || char.IsWhiteSpace(q[i - 1]) || q[i - 1] is '(' or '（'))
            {
                _tokens.Add(new Token(TokenKind.Not, c.ToString(), i++));
                continue;
            }
            var start = i;
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')' or '（' or '）' or '"' or '“' or '”' or '「') && (i == start || IdAt(i) is null))
                i++;
            var word = q[start..i];
            switch (word)
            {
                case "AND" or "&&": _tokens.Add(new Token(TokenKind.And, word, start)); continue;
                case "OR" or "||": _tokens.Add(new Token(TokenKind.Or, word, start)); continue;
                case "NOT": _tokens.Add(new Token(TokenKind.Not, word, start)); continue;
            }
            var colon = word.IndexOfAny([':', '：']);
            if (colon > 0 && word[..colon].All(char.IsAsciiLetter))
            {
                var field = word[..colon].ToLowerInvariant();
                if (!KnownFields.Contains(field))
                    throw new QuerySyntaxException(q, start, $"unknown field '{word[..colon]}:' (fields: {string.Join(", ", KnownFields)})");
                var valueStart = start + colon + 1;
                // The value may be a quoted string or a standard number with spaces (id:GB/T 7714-2015).
                if (IdAt(valueStart) is { } valueId)
                {
                    i = Math.Max(i, valueId.End);
                    _tokens.Add(new Token(TokenKind.Field, q[start..i], start) { Field = field, Value = q[valueStart..valueId.End], Id = valueId.Id });
                    continue;
                }
                if (valueStart < q.Length && q[valueStart] == '"')
                {
                    var end = q.IndexOf('"', valueStart + 1);
                    if (end < 0) throw new QuerySyntaxException(q, valueStart, "a quote is not closed");
                    i = end + 1;
                    _tokens.Add(new Token(TokenKind.Field, q[start..i], start) { Field = field, Value = q[(valueStart + 1)..end] });
                    continue;
                }
                _tokens.Add(new Token(TokenKind.Field, word, start) { Field = field, Value = word[(colon + 1)..] });
                continue;
            }
            var parts = QuestionWords.Split(word);
            if (parts.Count > 1 || parts[0].Text.Length < word.Length) IsQuestion = true;
            foreach (var (part, offset) in parts)
                _tokens.Add(new Token(TokenKind.Word, part, start + offset));
        }
    }
}
