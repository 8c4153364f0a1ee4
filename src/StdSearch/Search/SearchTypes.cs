using StdSearch.Documents;
using StdSearch.Indexing;

namespace StdSearch.Search;

/// <summary>
/// Ranking and limits of a search. Immutable; <see cref="Default"/> holds the measured defaults. Text is indexed once, as
/// CJK bigrams (plus Latin words, numbers and standard numbers); a query word (the query is split into words by ICU)
/// needs all its bigrams in a clause's text (which holds its heading) and is scored with BM25 there, plus
/// <see cref="HeadingBoost"/> times its score in the heading; a standard's own document is scored on its title
/// (<see cref="TitleBoost"/>) and its number (<see cref="IdBoost"/>).
/// </summary>
public sealed record SearchOptions
{
    /// <summary>The defaults.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>Weight of text matches (words and phrases) against standard numbers (<see cref="IdBoost"/>). Default 1.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>Multiplier for matches in a clause heading (or term designation), added to the text's score (the heading
    /// is in the text too). Default 1 (tuned on the judged query set: 0.5 ranks alike, 1.5 and 3 worse).</summary>
    public float HeadingBoost { get; init; } = 1f;

    /// <summary>Multiplier for matches in the standard's title (scored once per standard, on its own document). Default 0.5.</summary>
    public float TitleBoost { get; init; } = 0.5f;

    /// <summary>Boost of a standard number found in the query on the standard itself (ranks it first). Default 20.</summary>
    public float IdBoost { get; init; } = 20f;

    /// <summary>How much the lesser of two scores adds to the better: a standard's own document and its best clause, or a
    /// standard number's own and cited matches. 0 to 1, default 0.3.</summary>
    public float TieBreaker { get; init; } = 0.3f;

    /// <summary>Longest query accepted, in characters. Default 1000.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>Most terms, phrases and filters in one query. Default 64.</summary>
    public int MaxQueryClauses { get; init; } = 64;

    /// <summary>Most index terms a trailing-* prefix expands to (the best-scoring ones are kept). Default 64.</summary>
    public int MaxPrefixExpansions { get; init; } = 64;

    /// <summary>Most clauses returned per standard. Default 10.</summary>
    public int ClausesPerStandard { get; init; } = 10;

    /// <summary>A standard's clauses are returned while they score at least this share of its best clause (0 to 1),
    /// up to <see cref="ClausesPerStandard"/>. Default 0.3 (measured on the judged set: 0.2 and 0.4 both rank worse).</summary>
    public float ClauseScoreRatio { get; init; } = 0.3f;

    /// <summary>When a query of plain words matches fewer standards than this with every word required, it is run
    /// again needing only <see cref="RelaxedMinimumMatch"/> of its words, ranked by how many match (questions such as
    /// 充电柜外壳防护等级要求是多少 rarely repeat every word). 0 turns the fallback off. Default 1.</summary>
    public int RelaxBelowStandards { get; init; } = 1;

    /// <summary>Share of the words (0 to 1) a clause must match in the relaxed query. Default 0.5.</summary>
    public float RelaxedMinimumMatch { get; init; } = 0.5f;

    /// <summary>Target snippet length in characters. Default 80.</summary>
    public int SnippetLength { get; init; } = 80;

    /// <summary>Opening and closing marks of <see cref="ClauseHit.Marked"/>. Default 【 and 】.</summary>
    public (string Open, string Close) Marks { get; init; } = ("【", "】");

    /// <summary>
    /// Threads one search may use (at least 1). An index of more than 50,000 documents per thread is cut into that many
    /// slices of whole standards, scored side by side, and the page's hits are read from the index side by side; the
    /// result is the same as on one thread. Default: one per processor, at most four (at 1,000,000 clauses two threads
    /// answer the median query in 70–85 % of the time of one, for about a quarter more CPU; benchmarks/README.md). A server busy with many
    /// searches at once gains nothing from more than one: set 1 there to spare the hand-offs.
    /// </summary>
    public int SearchThreads
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread.");
    } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}

/// <summary>A search: the query text, optional filters and the page wanted.</summary>
/// <param name="Query">
/// Query text in Simplified or Traditional Chinese or English: words (AND by default), <c>"quoted phrases"</c>,
/// <c>AND</c>/<c>OR</c>/<c>NOT</c>/<c>-term</c>, parentheses, a trailing <c>*</c> for a prefix, standard numbers in any
/// spelling, and field filters <c>level:</c> <c>region:</c> <c>ics:</c> <c>year:</c> (<c>year:&gt;=2015</c>,
/// <c>year:2015..2020</c>) <c>adoption:</c> <c>status:</c> <c>sector:</c> <c>id:</c>.
/// </param>
public sealed record SearchRequest(string Query)
{
    /// <summary>Level filter (<c>national</c>, <c>local</c>, <c>国家</c>, <c>地方</c> …), as <c>level:</c> in the query; null for any.</summary>
    public string? Level { get; init; }

    /// <summary>Region filter (<c>吉林</c> or the code <c>22</c>), as <c>region:</c> in the query; null for any.</summary>
    public string? Region { get; init; }

    /// <summary>1-based page of standards. Default 1.</summary>
    public int Page
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Pages start at 1.");
    } = 1;

    /// <summary>Standards per page, 1 to 1000. Default 10.</summary>
    public int PageSize
    {
        get;
        init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "1 to 1000 standards per page.");
    } = 10;

    /// <summary>Ranking and limits; the searcher's defaults when null.</summary>
    public SearchOptions? Options { get; init; }

    /// <summary>Whether to count <see cref="SearchResult.Facets"/> (cheap, but not free on common words); when false
    /// the result's facets are empty. Default true.</summary>
    public bool Facets { get; init; } = true;
}

/// <summary>The result of a search: standards with their best clauses, facet counts over every match, and paging.</summary>
/// <param name="Total">Standards that match (on every page).</param>
/// <param name="Hits">The standards of the requested page, best first.</param>
/// <param name="Facets">Counts of matching standards by level, region, ICS top level and year.</param>
public sealed record SearchResult(int Total, IReadOnlyList<StandardHit> Hits, SearchFacets Facets)
{
    /// <summary>Clauses that match, over all standards.</summary>
    public int TotalClauses { get; init; }

    /// <summary>The page returned (1-based).</summary>
    public int Page { get; init; } = 1;

    /// <summary>The page size asked for.</summary>
    public int PageSize { get; init; } = 10;
}

/// <summary>A matching standard.</summary>
public sealed record StandardHit
{
    /// <summary>The standard's Key (canonical id, or the slug of a document without a number).</summary>
    public required string Key { get; init; }

    /// <summary>Its id; empty for a document without a number.</summary>
    public StandardId Id { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Its level.</summary>
    public StandardLevel Level { get; init; }

    /// <summary>Its inferred status.</summary>
    public StandardStatus Status { get; init; }

    /// <summary>The score of its best clause.</summary>
    public float Score { get; init; }

    /// <summary>Its best clauses, best first.</summary>
    public IReadOnlyList<ClauseHit> Clauses { get; init; } = [];
}

/// <summary>A matching clause with a snippet.</summary>
public sealed record ClauseHit
{
    /// <summary>The clause number (<c>5.2.1</c>, <c>A.1</c>); empty for a foreword or a part of a document without numbers.</summary>
    public string Number { get; init; } = "";

    /// <summary>Its heading, the term for a term entry, or 前言/引言/参考文献.</summary>
    public string Heading { get; init; } = "";

    /// <summary>The clause kind.</summary>
    public ClauseKind Kind { get; init; }

    /// <summary>Pages it is on (PDF only).</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>About <see cref="SearchOptions.SnippetLength"/> characters of the clause text around its best matches, as the document writes them; "…" marks a cut.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>The matched characters in <see cref="Snippet"/>.</summary>
    public IReadOnlyList<HighlightSpan> Highlights { get; init; } = [];

    /// <summary><see cref="Snippet"/> with each highlight wrapped in <see cref="SearchOptions.Marks"/>.</summary>
    public string Marked { get; init; } = "";

    /// <summary>The clause's score.</summary>
    public float Score { get; init; }
}

/// <summary>A highlighted range of a snippet.</summary>
/// <param name="Start">Offset in the snippet (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct HighlightSpan(int Start, int Length)
{
    /// <summary>The offset just past the range.</summary>
    public int End => Start + Length;
}

/// <summary>Facet counts: matching standards per value, most frequent first.</summary>
public sealed record SearchFacets
{
    /// <summary>An empty set of facets.</summary>
    public static SearchFacets Empty { get; } = new();

    /// <summary>By level (<c>national</c>, <c>local</c> …).</summary>
    public IReadOnlyList<FacetCount> Level { get; init; } = [];

    /// <summary>By region of local standards (<c>吉林</c>).</summary>
    public IReadOnlyList<FacetCount> Region { get; init; } = [];

    /// <summary>By top-level ICS field (<c>67</c>).</summary>
    public IReadOnlyList<FacetCount> Ics { get; init; } = [];

    /// <summary>By edition year.</summary>
    public IReadOnlyList<FacetCount> Year { get; init; } = [];
}

/// <summary>One facet value and the number of matching standards that have it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">Matching standards.</param>
public sealed record FacetCount(string Value, int Count);

/// <summary>A query that cannot be run: unbalanced quotes or parentheses, an unknown field, a leading wildcard, an empty
/// or oversized query. The message names the problem and its position.</summary>
public sealed class QuerySyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="position">0-based character offset of the problem.</param>
    /// <param name="problem">What is wrong, in a few words.</param>
    public QuerySyntaxException(string query, int position, string problem)
        : base($"{problem} (at position {position + 1} of the query)")
    {
        Query = query;
        Position = position;
        Problem = problem;
    }

    /// <summary>The query text.</summary>
    public string Query { get; }

    /// <summary>0-based offset of the problem in <see cref="Query"/>.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
