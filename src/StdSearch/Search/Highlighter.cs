using Lucene.Net.Index;
using StdSearch.Indexing;
using StdSearch.Text;

namespace StdSearch.Search;

/// <summary>
/// Snippets and highlights without a highlighter package. A query term made of ideographs only (a bigram or a lone
/// ideograph) is found in the clause text's folded form — the same places the tokenizer would mark, since a bigram of
/// ideographs is exactly those characters — and marked at its ORIGINAL offsets; any other term (Latin
/// words, numbers, standard numbers) is found by tokenizing the text with the bigram tokenizer, which handles them as
/// the index does, without ICU. Overlapping marks are merged, and the window of about
/// <see cref="SearchOptions.SnippetLength"/> characters with the most distinct matched terms is cut out.
/// </summary>
/// <remarks>Not thread-safe: it owns a tokenizer and buffers. One instance per search; dispose it.</remarks>
internal sealed class Highlighter : IDisposable
{
    private StandardTextTokenizer? _tokenizer;
    private readonly string[] _ideographTerms;
    private readonly HashSet<string> _otherTerms = new(StringComparer.Ordinal);
    private readonly SearchOptions _options;
    private char[] _folded = [];
    private int[] _offsets = [];

    public Highlighter(IEnumerable<Term> queryTerms, SearchOptions options)
    {
        _options = options;
        var ideographs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in queryTerms)
        {
            if (t.Field is not (IndexFields.Id or IndexFields.TextBigrams or IndexFields.HeadingBigrams or IndexFields.TitleBigrams)) continue;
            if (t.Text.Length > 0 && t.Text.All(CjkCharacters.IsIdeographicLetter)) ideographs.Add(t.Text);
            else _otherTerms.Add(t.Text);
        }
        _ideographTerms = [.. ideographs];
    }

    public (string Snippet, IReadOnlyList<HighlightSpan> Spans, string Marked) Highlight(string text)
    {
        var matches = new List<(int Start, int End, string Term)>();
        if (_ideographTerms.Length > 0) MatchIdeographs(text, matches);
        if (_otherTerms.Count > 0)
            foreach (var token in (_tokenizer ??= new(CjkSegmentation.Bigrams)).Tokenize(text))
                if (_otherTerms.Contains(token.Term)) matches.Add((token.Start, token.End, token.Term));
        var spans = Merge(matches);
        var (from, to) = Window(text, matches);
        var prefix = from > 0 ? "…" : "";
        var snippet = prefix + text[from..to].Replace('\n', ' ').Replace('\r', ' ') + (to < text.Length ? "…" : "");
        var local = spans.Where(s => s.Start >= from && s.End <= to)
            .Select(s => new HighlightSpan(s.Start - from + prefix.Length, s.End - s.Start)).ToList();
        return (snippet, local, Mark(snippet, local));
    }

    // Every occurrence of each ideograph term in the folded text, at its original offsets.
    private void MatchIdeographs(string text, List<(int Start, int End, string Term)> matches)
    {
        if (_offsets.Length < text.Length + 1)
        {
            _folded = new char[text.Length];
            _offsets = new int[text.Length + 1];
        }
        var length = TextFolder.Default.FoldInto(text, _folded, _offsets);
        var folded = _folded.AsSpan(0, length);
        foreach (var term in _ideographTerms)
        {
            var at = 0;
            while (at <= length - term.Length)
            {
                var i = folded[at..].IndexOf(term.AsSpan(), StringComparison.Ordinal);
                if (i < 0) break;
                at += i;
                matches.Add((_offsets[at], _offsets[at + term.Length], term));
                at++;
            }
        }
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

    public void Dispose() => _tokenizer?.Dispose();
}
