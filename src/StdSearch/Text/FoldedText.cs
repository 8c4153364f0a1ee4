namespace StdSearch.Text;

/// <summary>
/// Text folded for matching, with the way back: every folded character knows the offset of the original character
/// it came from, so highlights and diffs land on what the document says.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _originalOffsets;

    internal FoldedText(string original, string folded, int[] originalOffsets)
    {
        Original = original;
        Text = folded;
        _originalOffsets = originalOffsets;
    }

    /// <summary>The text as the document has it.</summary>
    public string Original { get; }

    /// <summary>The folded text (half width, lower case, Simplified, unified dashes).</summary>
    public string Text { get; }

    /// <summary>
    /// The offset in <see cref="Original"/> of the folded character at <paramref name="foldedIndex"/>;
    /// <c>Text.Length</c> maps to <c>Original.Length</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0…<c>Text.Length</c>.</exception>
    public int ToOriginal(int foldedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedIndex, Text.Length);
        return _originalOffsets[foldedIndex];
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
