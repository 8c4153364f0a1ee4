using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StdSearch.Search;

/// <summary>
/// One query word (or phrase, or run of words) over the fields: a clause matches in its text and a match in its heading
/// adds to its score; a standard's own document matches in its title. It scores exactly as
/// <c>(text MUST, heading SHOULD) SHOULD title</c> in Lucene boolean queries without coord — the same sums, in the same
/// float order — but walks the matches with one scorer instead of five nested ones (a disjunction heap over the clause
/// part and the title part, a required-optional scorer, and a wrapper per part): the text and the title match disjoint
/// documents (clauses and standards), so the two are merged by comparing two document numbers, and the heading is only
/// advanced to a document the text matched, when its score is asked for.
/// </summary>
internal sealed class ClauseQuery : Query
{
    /// <param name="text">Must match for a clause to match.</param>
    /// <param name="heading">Adds to the score of a clause the text matched; null for none.</param>
    /// <param name="title">Matches standards' own documents.</param>
    public ClauseQuery(Query text, Query? heading, Query title)
    {
        Text = text;
        Heading = heading;
        Title = title;
    }

    public Query Text { get; }

    public Query? Heading { get; }

    public Query Title { get; }

    public override Query Rewrite(IndexReader reader)
    {
        var text = Text.Rewrite(reader);
        var heading = Heading?.Rewrite(reader);
        var title = Title.Rewrite(reader);
        if (ReferenceEquals(text, Text) && ReferenceEquals(heading, Heading) && ReferenceEquals(title, Title)) return this;
        return new ClauseQuery(text, heading, title) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        Text.ExtractTerms(terms);
        Heading?.ExtractTerms(terms);
        Title.ExtractTerms(terms);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new ClauseWeight(this, searcher);

    public override string ToString(string field) =>
        $"({Text.ToString(field)}{(Heading is null ? "" : " +heading:(" + Heading.ToString(field) + ")")}) | ({Title.ToString(field)})" +
        ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is ClauseQuery other && Boost == other.Boost && Text.Equals(other.Text) && Equals(Heading, other.Heading) && Title.Equals(other.Title);

    public override int GetHashCode() => HashCode.Combine(Boost, Text, Heading, Title);

    private sealed class ClauseWeight : Weight
    {
        private readonly ClauseQuery _query;
        private readonly Weight _text;
        private readonly Weight? _heading;
        private readonly Weight _title;

        public ClauseWeight(ClauseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _text = query.Text.CreateWeight(searcher);
            _heading = query.Heading?.CreateWeight(searcher);
            _title = query.Title.CreateWeight(searcher);
        }

        public override Query Query => _query;

        public override bool ScoresDocsOutOfOrder => false;

        // As a boolean query's weight: the parts' sums, times the boost squared.
        public override float GetValueForNormalization()
        {
            var sum = _text.GetValueForNormalization() + (_heading?.GetValueForNormalization() ?? 0f) + _title.GetValueForNormalization();
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            _text.Normalize(norm, topLevelBoost);
            _heading?.Normalize(norm, topLevelBoost);
            _title.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var text = _text.GetScorer(context, acceptDocs);
            var heading = text is null ? null : _heading?.GetScorer(context, acceptDocs);
            var title = _title.GetScorer(context, acceptDocs);
            return text is null && title is null ? null : new ClauseScorer(this, text, heading, title);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var text = _text.Explain(context, doc);
            var result = new ComplexExplanation { Description = "sum of:" };
            if (text.IsMatch)
            {
                result.AddDetail(text);
                if (_heading?.Explain(context, doc) is { IsMatch: true } heading) result.AddDetail(heading);
            }
            else if (_title.Explain(context, doc) is { IsMatch: true } title)
            {
                result.AddDetail(title);
            }
            var details = result.GetDetails();
            if (details is null || details.Length == 0) return new ComplexExplanation(false, 0f, "no match on text or title");
            var sum = details[0].Value;
            for (var i = 1; i < details.Length; i++) sum += details[i].Value;
            result.Match = true;
            result.Value = sum;
            return result;
        }
    }

    private sealed class ClauseScorer : Scorer
    {
        private readonly Scorer? _text;
        private Scorer? _heading;
        private readonly Scorer? _title;
        private int _textDoc = -1;
        private int _titleDoc = -1;
        private int _doc = -1;

        public ClauseScorer(Weight weight, Scorer? text, Scorer? heading, Scorer? title) : base(weight)
        {
            _text = text;
            _heading = heading;
            _title = title;
            if (text is null) _textDoc = NO_MORE_DOCS;
            if (title is null) _titleDoc = NO_MORE_DOCS;
        }

        public override int DocID => _doc;

        public override int NextDoc()
        {
            if (_textDoc <= _doc && _text is not null) _textDoc = _text.NextDoc();
            if (_titleDoc <= _doc && _title is not null) _titleDoc = _title.NextDoc();
            return _doc = Math.Min(_textDoc, _titleDoc);
        }

        public override int Advance(int target)
        {
            if (_textDoc < target && _text is not null) _textDoc = _text.Advance(target);
            if (_titleDoc < target && _title is not null) _titleDoc = _title.Advance(target);
            return _doc = Math.Min(_textDoc, _titleDoc);
        }

        public override float GetScore()
        {
            if (_doc == _textDoc)
            {
                var score = _text!.GetScore();
                if (_heading is null) return score;
                var headingDoc = _heading.DocID;
                if (headingDoc < _doc && (headingDoc = _heading.Advance(_doc)) == NO_MORE_DOCS)
                {
                    _heading = null;
                    return score;
                }
                return headingDoc == _doc ? score + _heading.GetScore() : score;
            }
            return _title!.GetScore();
        }

        public override int Freq => _doc == _textDoc ? 1 + (_heading is not null && _heading.DocID == _doc ? 1 : 0) : 1;

        public override long GetCost() => (_text?.GetCost() ?? 0) + (_title?.GetCost() ?? 0);
    }
}
