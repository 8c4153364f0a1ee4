namespace StdSearch.Documents;

/// <summary>A standard number found in free text, with its place in the original (unfolded) text.</summary>
/// <param name="Id">The parsed id.</param>
/// <param name="Start">Offset of the first character of the match in the original text.</param>
/// <param name="Length">Length of the match in the original text.</param>
public readonly record struct StandardIdMatch(StandardId Id, int Start, int Length)
{
    /// <summary>Offset just past the match in the original text.</summary>
    public int End => Start + Length;
}
