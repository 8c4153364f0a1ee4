using Lucene.Net.Index;
using StdSearch.Indexing;
using StdSearch.Text;

namespace StdSearch.Search;

/// <summary>
/// Snippets and highlights without a highlighter package: the stored clause text is tokenized again with the same
/// tokenizers as the index (bigrams, and words when the bigrams match nothing), tokens whose term is among the query's terms are marked at their
/// ORIGINAL offsets, overlapping marks are merged, and the window of about <see cref="SearchOptions.SnippetLength"/>
/// characters with the most distinct matched terms is cut out.
/// </summary>
/// <remarks>Not thread-safe: it owns two tokenizers. One instance per search; dispose it.</remarks>
internal sealed class Highlighter : IDisposable
{
    // Created on first use: the word tokenizer's ICU break iterator is costly to build and most searches never need it.
    private StandardTextTokenizer? _words;
    private StandardTextTokenizer? _bigrams;
    private readonly HashSet<string> _wordTerms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bigramTerms = new(StringComparer.Ordinal);
    // When every bigram term is two ideographs (the usual case), matches are found by looking up each adjacent pair of
    // the folded text in this set: the same places the bigram tokenizer would mark, without tokenizing.
    private readonly HashSet<int>? _pairs;
    private readonly bool _wordsNeeded;
    private readonly SearchOptions _options;
    private char[] _folded = [];
    private int[] _offsets = [];

    public Highlighter(IEnumerable<Term> queryTerms, SearchOptions options)
    {
        _options = options;
        foreach (var t in queryTerms)
        {
            if (t.Field is IndexFields.TextWords or IndexFields.HeadingWords or IndexFields.TitleWords or IndexFields.Id) _wordTerms.Add(t.Text);
            else if (t.Field is IndexFields.TextBigrams or IndexFields.HeadingBigrams or IndexFields.TitleBigrams) _bigramTerms.Add(t.Text);
        }
        // A word of two or more ideographs is made of the query's bigrams: where they match nothing, it cannot either.
        _wordsNeeded = _wordTerms.Any(t => t.Length < 2 || !t.All(CjkCharacters.IsIdeographicLetter)) || _bigramTerms.Count == 0;
        if (_bigramTerms.Count > 0 && _bigramTerms.All(t => t.Length == 2 && t.All(CjkCharacters.IsIdeographicLetter)))
            _pairs = _bigramTerms.Select(t => t[0] << 16 | t[1]).ToHashSet();
    }

    // Adjacent ideograph pairs of the folded text that are query bigrams, at their original offsets.
    private void MatchPairs(string text, List<(int Start, int End, string Term)> matches)
    {
        if (_offsets.Length < text.Length + 1)
        {
            _folded = new char[text.Length];
            _offsets = new int[text.Length + 1];
        }
        var length = TextFolder.Default.FoldInto(text, _folded, _offsets);
        for (var i = 0; i + 1 < length; i++)
        {
            if (!_pairs!.Contains(_folded[i] << 16 | _folded[i + 1])) continue;
            matches.Add((_offsets[i], _offsets[i + 2], new string(_folded, i, 2)));
        }
    }

    public (string Snippet, IReadOnlyList<HighlightSpan> Spans, string Marked) Highlight(string text)
    {
        var matches = new List<(int Start, int End, string Term)>();
        if (_pairs is not null) MatchPairs(text, matches);
        else if (_bigramTerms.Count > 0)
            foreach (var token in (_bigrams ??= new(CjkSegmentation.Bigrams)).Tokenize(text))
                if (_bigramTerms.Contains(token.Term)) matches.Add((token.Start, token.End, token.Term));
        // The word tokenizer (ICU) is the slow one and a word's characters are its bigrams' characters: it runs only
        // when the bigrams found nothing (an id, or a clause that matched on words alone).
        if (matches.Count == 0 && _wordTerms.Count > 0 && _wordsNeeded)
            foreach (var token in (_words ??= new(CjkSegmentation.Words)).Tokenize(text))
                if (_wordTerms.Contains(token.Term)) matches.Add((token.Start, token.End, token.Term));
        var spans = Merge(matches);
        var (from, to) = Window(text, matches);
        var prefix = from > 0 ? "…" : "";
        var snippet = prefix + text[from..to].Replace('\n', ' ').Replace('\r', ' ') + (to < text.Length ? "…" : "");
        var local = spans.Where(s => s.Start >= from && s.End <= to)
            .Select(s => new HighlightSpan(s.Start - from + prefix.Length, s.End - s.Start)).ToList();
        return (snippet, local, Mark(snippet, local));
    }

    private string Mark(string snippet, IReadOnlyList<HighlightSpan> spans)
    {
        var sb = new System.Text.StringBuilder(snippet.Length + spans.Count * 2);
        var at = 0;
        foreach (var s in spans)
        {
            sb.Append(snippet, at, s.Start - at).Append(_options.Marks.Open).Append(snippet, s.Start, s.Length).Append(_options.Marks.Close);
            at = s.End;
        }
        return sb.Append(snippet, at, snippet.Length - at).ToString();
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End, string Term)> matches)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end, _) in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (merged.Count > 0 && start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            else merged.Add((start, end));
        }
        return merged;
    }

    // The window with the most distinct matched terms (then the most matches), snapped to whole matches.
    private (int From, int To) Window(string text, List<(int Start, int End, string Term)> matches)
    {
        var length = _options.SnippetLength;
        if (text.Length <= length) return (0, text.Length);
        if (matches.Count == 0) return (0, length);
        var sorted = matches.OrderBy(m => m.Start).ToList();
        var best = (Score: -1.0, From: 0);
        foreach (var anchor in sorted)
        {
            var from = Math.Max(0, anchor.Start - 10); // a little context before the first match
            var inside = sorted.Where(m => m.Start >= from && m.End <= from + length).ToList();
            var score = inside.Select(m => m.Term).Distinct().Count() + inside.Count * 0.01;
            if (score > best.Score) best = (score, from);
        }
        var start = Math.Min(best.From, text.Length - length);
        // Never cut inside a highlighted match or a surrogate pair.
        foreach (var m in sorted) if (m.Start < start && m.End > start) start = m.Start;
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        var end = Math.Min(text.Length, start + length);
        foreach (var m in sorted) if (m.Start < end && m.End > end) end = m.End;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return (start, end);
    }

    public void Dispose()
    {
        _words?.Dispose();
        _bigrams?.Dispose();
    }
}
