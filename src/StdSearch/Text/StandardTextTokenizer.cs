using StdSearch.Documents;

namespace StdSearch.Text;

/// <summary>
/// Splits standards text into tokens for matching: folds it (<see cref="TextFolder"/>), keeps standard numbers whole
/// (with their undated and bare-number variants stacked at the same position), keeps numbers whole (<c>0.5</c>,
/// <c>4.1.2</c>), keeps Latin words, keeps unit signs (<c>℃</c>, <c>%</c>), and segments runs of ideographs into words
/// (ICU) or bigrams. Every token carries offsets into the ORIGINAL text. No stop words are removed: positions stay
/// dense so phrase queries match exactly what the text says, and BM25 already discounts frequent words.
/// </summary>
/// <remarks>Not thread-safe (it owns an ICU break iterator and reusable buffers): one instance per thread. Dispose it.</remarks>
public sealed class StandardTextTokenizer : IDisposable
{
    private readonly TextFolder _folder;
    private readonly WordBreaker? _breaker;
    private char[] _folded = new char[1024];
    private int[] _offsets = new int[1025];
    private int _foldedLength;
    private readonly List<TokenSlot> _slots = new(256);

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="segmentation">Words (ICU) or bigrams for ideograph runs.</param>
    /// <param name="folder">The folder to use; <see cref="TextFolder.Default"/> when null.</param>
    public StandardTextTokenizer(CjkSegmentation segmentation, TextFolder? folder = null)
    {
        Segmentation = segmentation;
        _folder = folder ?? TextFolder.Default;
        if (segmentation == CjkSegmentation.Words) _breaker = new WordBreaker();
    }

    /// <summary>How ideograph runs are segmented.</summary>
    public CjkSegmentation Segmentation { get; }

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public IReadOnlyList<TextToken> Tokenize(string text)
    {
        Analyze(text);
        var tokens = new List<TextToken>(_slots.Count);
        foreach (var s in _slots) tokens.Add(new TextToken(TermOf(s), s.Start, s.End, s.Kind, s.PositionIncrement));
        return tokens;
    }

    /// <summary>The folded terms only; handy for diffs and shingles.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        Analyze(text);
        var terms = new List<string>(_slots.Count);
        foreach (var s in _slots)
            if (s.PositionIncrement > 0) terms.Add(TermOf(s));
        return terms;
    }

    internal IReadOnlyList<TokenSlot> Slots => _slots;

    internal char[] FoldedBufferArray => _folded;

    internal string TermOf(in TokenSlot s) => s.Special ?? new string(_folded, s.FoldedStart, s.FoldedLength);

    /// <summary>Analyzes text into <see cref="Slots"/> (the allocation-free path the Lucene tokenizers use).</summary>
    internal void Analyze(string text)
    {
        _slots.Clear();
        EnsureCapacity(text.Length);
        _foldedLength = _folder.FoldInto(text, _folded, _offsets);

        var ids = text.Length >= 4 ? StandardIdFinder.FindAll(text) : [];
        var nextId = 0;
        var f = _folded;
        var n = _foldedLength;
        var i = 0;
        while (i < n)
        {
            if (nextId < ids.Count && _offsets[i] >= ids[nextId].Start)
            {
                var match = ids[nextId++];
                if (_offsets[i] < match.End)
                {
                    var start = i;
                    while (i < n && _offsets[i] < match.End) i++;
                    EmitStandardId(match, _offsets[start], _offsets[i]);
                    continue;
                }
            }

            var c = f[i];
            if (CjkCharacters.IsIdeographicLetter(c))
            {
                var start = i;
                var limit = nextId < ids.Count ? ids[nextId].Start : int.MaxValue;
                while (i < n && (CjkCharacters.IsIdeographicLetter(f[i]) || (char.IsLowSurrogate(f[i]) && i > start)) && _offsets[i] < limit) i++;
                EmitCjkRun(start, i);
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var allDigits = true;
                var limit = nextId < ids.Count ? ids[nextId].Start : int.MaxValue;
                while (i < n && _offsets[i] < limit)
                {
                    var d = f[i];
                    if (char.IsLetterOrDigit(d) && !CjkCharacters.IsIdeographicLetter(d)) { allDigits &= char.IsDigit(d); i++; }
                    // A dot (or a decimal comma) between digits continues a number: 0.5, 4.1.2.
                    else if (d == '.' && i > start && char.IsDigit(f[i - 1]) && i + 1 < n && char.IsDigit(f[i + 1])) i++;
                    else break;
                }
                Add(new TokenSlot(start, i - start, null, _offsets[start], _offsets[i], allDigits ? TokenKind.Number : TokenKind.Latin, 1));
            }
            else
            {
                if (IsUnitSymbol(c)) Add(new TokenSlot(i, 1, null, _offsets[i], _offsets[i + 1], TokenKind.Symbol, 1));
                i++;
            }
        }
    }

    private void EmitStandardId(StandardIdMatch match, int start, int end)
    {
        var id = match.Id;
        var canonical = Compact(id.Canonical);
        Add(new TokenSlot(0, 0, canonical, start, end, TokenKind.StandardId, 1));
        if (id.Year is not null || id.Amendment is not null)
        {
            var undated = Compact(id.Undated.Canonical);
            if (undated != canonical) Add(new TokenSlot(0, 0, undated, start, end, TokenKind.StandardId, 0));
        }
        Add(new TokenSlot(0, 0, id.Number.ToLowerInvariant(), start, end, TokenKind.Number, 0));
    }

    /// <summary>The single-token form of an id: lower case, no spaces (<c>gb/t7714-2015</c>).</summary>
    internal static string Compact(string canonical) => canonical.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private void EmitCjkRun(int start, int end)
    {
        var length = end - start;
        if (length == 1)
        {
            Add(new TokenSlot(start, 1, null, _offsets[start], _offsets[end], TokenKind.Unigram, 1));
            return;
        }
        if (Segmentation == CjkSegmentation.Bigrams)
        {
            for (var k = start; k + 1 < end; k++)
                Add(new TokenSlot(k, 2, null, _offsets[k], _offsets[k + 2], TokenKind.Bigram, 1));
            return;
        }
        var bounds = _breaker!.Break(_folded.AsSpan(start, length));
        for (var b = 0; b + 1 < bounds.Length; b++)
        {
            var s = start + bounds[b];
            var e = start + bounds[b + 1];
            Add(new TokenSlot(s, e - s, null, _offsets[s], _offsets[e], e - s == 1 ? TokenKind.Unigram : TokenKind.Word, 1));
        }
    }

    private void Add(TokenSlot slot) => _slots.Add(slot);

    private void EnsureCapacity(int length)
    {
        if (_folded.Length >= length) return;
        var size = Math.Max(length, _folded.Length * 2);
        _folded = new char[size];
        _offsets = new int[size + 1];
    }

    private static bool IsUnitSymbol(char c) => c is '℃' or '%' or '‰' or '°' or '℉' or '‱';

    /// <inheritdoc />
    public void Dispose() => _breaker?.Dispose();
}

/// <summary>A token as the tokenizer stores it: a span of the folded buffer or a computed term.</summary>
internal readonly record struct TokenSlot(int FoldedStart, int FoldedLength, string? Special, int Start, int End, TokenKind Kind, int PositionIncrement);
