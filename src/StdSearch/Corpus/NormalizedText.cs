using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// Text prepared for duplicate matching: folded (<see cref="TextFolder"/>: Traditional→Simplified, width, case, dashes),
/// with punctuation, whitespace and control characters dropped, and for every kept character the offset of the original
/// character it came from, so a match found here is shown on what the document says.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _offsets;

    private NormalizedText(string original, string chars, int[] offsets)
    {
        Original = original;
        Chars = chars;
        _offsets = offsets;
    }

    /// <summary>The text as the document has it.</summary>
    public string Original { get; }

    /// <summary>The folded characters that count for matching.</summary>
    public string Chars { get; }

    /// <summary>The number of characters that count.</summary>
    public int Length => Chars.Length;

    /// <summary>Normalises <paramref name="original"/> with <paramref name="folder"/>.</summary>
    public static NormalizedText Create(string original, TextFolder folder)
    {
        var folded = folder.Fold(original);
        var text = folded.Text;
        var chars = new char[text.Length];
        var offsets = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!Counts(c)) continue;
            chars[n] = c;
            offsets[n] = folded.ToOriginal(i);
            n++;
        }
        return new NormalizedText(original, new string(chars, 0, n), offsets[..n]);
    }

    /// <summary>True for characters that count: letters, digits and symbols (℃, ≤, %), not punctuation or spaces.</summary>
    public static bool Counts(char c) =>
        !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsControl(c) && !char.IsSeparator(c) && c != '\uFFFD';

    /// <summary>The original offset of the normalised character at <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _offsets[index];

    /// <summary>The original offset just past the normalised run ending before <paramref name="endExclusive"/> (&gt; 0).</summary>
    public int OriginalEnd(int endExclusive)
    {
        var last = _offsets[endExclusive - 1];
        return last + (char.IsHighSurrogate(Original[last]) && last + 1 < Original.Length ? 2 : 1);
    }
}
