using Lucene.Net.Index;
using Lucene.Net.Search;
using Term = Lucene.Net.Index.Term;

namespace StdSearch.Search;

/// <summary>
/// Looks up the term queries of a query in the index once per field and segment, with one terms enumerator each, and
/// gives each <see cref="TermQuery"/> its states, so that creating the weight does not look them up again. Lucene's
/// <see cref="TermContext.Build"/> opens a fresh enumerator (its frames and arcs) for every term in every segment: a
/// word over the text, heading and title fields is a dozen terms, and those enumerators were a fifth of what a search
/// allocated.
/// </summary>
/// <remarks>The states hold for the reader they were looked up in; a weight created on another reader looks its terms
/// up again (<see cref="TermQuery"/> checks).</remarks>
internal static class SharedTermStates
{
    /// <summary>The query with its term queries given their states in <paramref name="top"/>; the same query when it has
    /// fewer than two.</summary>
    public static Query Attach(Query query, IndexReaderContext top)
    {
        var terms = new List<Term>();
        CollectTerms(query, terms);
        if (terms.Count < 2) return query;
        var states = Lookup(top, terms);
        return Replace(query, states);
    }

    private static void CollectTerms(Query query, List<Term> into)
    {
        switch (query)
        {
            case TermQuery term:
                into.Add(term.Term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) CollectTerms(clause.Query, into);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) CollectTerms(disjunct, into);
                break;
            case ClauseQuery clause:
                CollectTerms(clause.Text, into);
                if (clause.Heading is { } heading) CollectTerms(heading, into);
                CollectTerms(clause.Title, into);
                break;
        }
    }

    // Per field, the terms in order (the enumerator moves forward through its blocks), one enumerator per segment.
    private static Dictionary<Term, TermContext> Lookup(IndexReaderContext top, List<Term> terms)
    {
        var states = new Dictionary<Term, TermContext>();
        foreach (var byField in terms.Distinct().GroupBy(t => t.Field, StringComparer.Ordinal))
        {
            var sorted = byField.OrderBy(t => t.Bytes).ToList();
            foreach (var term in sorted) states[term] = new TermContext(top);
            foreach (var leaf in top.Leaves)
            {
                if (leaf.AtomicReader.Fields?.GetTerms(byField.Key) is not { } fieldTerms) continue;
                var termsEnum = fieldTerms.GetEnumerator();
                foreach (var term in sorted)
                {
                    if (!termsEnum.SeekExact(term.Bytes)) continue;
                    states[term].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }
        }
        return states;
    }

    private static Query Replace(Query query, Dictionary<Term, TermContext> states)
    {
        switch (query)
        {
            case TermQuery term when states.TryGetValue(term.Term, out var state):
                return new TermQuery(term.Term, state) { Boost = term.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled)
                {
                    Boost = boolean.Boost,
                    MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
                };
                foreach (var clause in boolean.Clauses) copy.Add(Replace(clause.Query, states), clause.Occur);
                return copy;
            case DisjunctionMaxQuery max:
                var maxCopy = new DisjunctionMaxQuery(max.TieBreakerMultiplier) { Boost = max.Boost };
                foreach (var disjunct in max.Disjuncts) maxCopy.Add(Replace(disjunct, states));
                return maxCopy;
            case ClauseQuery clause:
                return new ClauseQuery(Replace(clause.Text, states), clause.Heading is { } heading ? Replace(heading, states) : null,
                    Replace(clause.Title, states)) { Boost = clause.Boost };
            default:
                return query;
        }
    }
}
