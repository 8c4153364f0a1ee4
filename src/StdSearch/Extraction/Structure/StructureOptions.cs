namespace StdSearch.Extraction.Structure;

/// <summary>Knobs of <see cref="GbtStructureParser"/>. Immutable; the defaults suit published standards.</summary>
public sealed record StructureOptions
{
    /// <summary>
    /// The largest jump in clause numbering still accepted as a clause (4.1 → 4.4 is a jump of 3); a larger jump
    /// makes the line ordinary text. Accepted jumps above 1 are reported as <c>NumberingGap</c>. Default 3.
    /// </summary>
    public int MaxNumberingGap { get; init; } = 3;

    /// <summary>Longest text (in characters) after a clause number that can still be a heading. Default 30.</summary>
    public int MaxHeadingLength { get; init; } = 30;

    /// <summary>Longest English text after a clause number that can still be a heading. Default 90.</summary>
    public int MaxLatinHeadingLength { get; init; } = 90;

    /// <summary>A run of at least this many consecutive lines that appears twice is reported as a repeated body. Default 5.</summary>
    public int RepeatedRunMinLines { get; init; } = 5;

    /// <summary>… and of at least this many characters. Default 200.</summary>
    public int RepeatedRunMinChars { get; init; } = 200;

    /// <summary>The default options.</summary>
    public static StructureOptions Default { get; } = new();
}
