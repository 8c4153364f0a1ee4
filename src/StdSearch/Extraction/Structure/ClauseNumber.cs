using System.Globalization;
using System.Text.RegularExpressions;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// A clause number as GB/T 1.1 and ISO print it: <c>4</c>, <c>4.1.2</c>, <c>A.1</c>, the 1990s <c>A1.1</c>, the national
/// annex <c>NA.1</c>, or an annex letter alone (<c>A</c>). Parsing tolerates spaces a PDF put inside (<c>3. 1. 7</c>).
/// An immutable value.
/// </summary>
public readonly partial struct ClauseNumber : IEquatable<ClauseNumber>
{
    private readonly int[]? _numbers;
    private readonly string? _letter;

    private ClauseNumber(string letter, int[] numbers, bool compactLetter)
    {
        _letter = letter;
        _numbers = numbers;
        CompactLetter = compactLetter;
    }

    /// <summary>The annex letter(s) (<c>A</c>, <c>NA</c>), empty for body clauses.</summary>
    public string Letter => _letter ?? "";

    /// <summary>The numeric parts (<c>[4, 1, 2]</c>); empty for an annex letter alone.</summary>
    public IReadOnlyList<int> Numbers => _numbers ?? [];

    /// <summary>True when the letter is written without a dot before the first number (1990s <c>A1.1</c>).</summary>
    public bool CompactLetter { get; }

    /// <summary>Number of numeric parts: 1 for a chapter (<c>4</c>) or an annex's first level (<c>A.1</c>), 0 for an annex letter.</summary>
    public int Depth => Numbers.Count;

    /// <summary>True for the default value.</summary>
    public bool IsEmpty => _numbers is null;

    /// <summary>The number one level up (<c>4.1</c> for <c>4.1.2</c>, <c>A</c> for <c>A.1</c>); the empty value for a chapter.</summary>
    public ClauseNumber Parent => Depth switch
    {
        0 => default,
        1 when Letter.Length == 0 => default,
        _ => new ClauseNumber(Letter, _numbers![..^1], CompactLetter),
    };

    /// <summary>Parses a clause number; returns false for anything else.</summary>
    public static bool TryParse(string? text, out ClauseNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        var letter = m.Groups["letter"].Value;
        var numsText = m.Groups["nums"].Value;
        if (letter.Length == 0 && numsText.Length == 0) return false;
        int[] nums = numsText.Length == 0
            ? []
            : numsText.Split('.').Select(p => int.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
        if (nums.Length > 7 || nums.Any(n => n > 999)) return false;
        number = new ClauseNumber(letter, nums, letter.Length > 0 && !m.Groups["dot"].Success && nums.Length > 0);
        return true;
    }

    /// <summary>Parses a clause number.</summary>
    /// <exception cref="FormatException">The text is not a clause number.</exception>
    public static ClauseNumber Parse(string text) =>
        TryParse(text, out var n) ? n : throw new FormatException($"'{text}' is not a clause number");

    /// <summary>True when this number is <paramref name="other"/> or one of its ancestors (<c>4.1</c> contains <c>4.1.3</c>).</summary>
    public bool IsAncestorOrSelfOf(ClauseNumber other)
    {
        if (IsEmpty || other.IsEmpty || Letter != other.Letter || Depth > other.Depth) return false;
        for (var i = 0; i < Depth; i++)
            if (Numbers[i] != other.Numbers[i]) return false;
        return true;
    }

    /// <summary>
    /// True when this number may follow <paramref name="previous"/> in a document: its first child (<c>4.1</c> →
    /// <c>4.1.1</c>), its next sibling (<c>4.1</c> → <c>4.2</c>) or the next sibling of an ancestor (<c>4.2.3</c> →
    /// <c>5</c>). Skips of up to <paramref name="maxGap"/> numbers are allowed; <paramref name="skipped"/> says how many.
    /// </summary>
    public bool IsNextAfter(ClauseNumber previous, int maxGap, out int skipped)
    {
        skipped = 0;
        if (IsEmpty || previous.IsEmpty || Letter != previous.Letter || Depth == 0) return false;
        var p = previous.Numbers;
        var c = Numbers;
        if (c.Count == p.Count + 1 && Prefix(c, p, p.Count))
        {
            skipped = c[^1] - 1;
            return c[^1] >= 1 && skipped <= maxGap;
        }
        for (var k = Math.Min(p.Count, c.Count); k >= 1; k--)
        {
            if (c.Count != k || !Prefix(c, p, k - 1)) continue;
            var d = c[k - 1] - p[k - 1];
            if (d >= 1 && d - 1 <= maxGap) { skipped = d - 1; return true; }
            return false;
        }
        return false;
    }

    /// <summary>The start of a numbering: body chapters follow a virtual chapter 0 (so <c>1</c>, and <c>0.1</c> in an introduction, fit).</summary>
    public static ClauseNumber BodyStart { get; } = new("", [0], false);

    /// <summary>An annex letter alone (<c>A</c>), the start of the annex's own numbering.</summary>
    public static ClauseNumber ForAnnex(string letter, bool compactLetter) => new(letter, [], compactLetter);

    private static bool Prefix(IReadOnlyList<int> a, IReadOnlyList<int> b, int count)
    {
        for (var i = 0; i < count; i++)
            if (a[i] != b[i]) return false;
        return true;
    }

    /// <summary>The normalised number: <c>4.1.2</c>, <c>A.1</c>, <c>A1.1</c> (1990s notation kept), <c>A</c>.</summary>
    public override string ToString()
    {
        if (IsEmpty) return "";
        var nums = string.Join('.', Numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        if (Letter.Length == 0) return nums;
        if (nums.Length == 0) return Letter;
        return Letter + (CompactLetter ? "" : ".") + nums;
    }

    /// <summary>Equality of the normalised forms.</summary>
    public bool Equals(ClauseNumber other) => ToString() == other.ToString();

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClauseNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Equality of the normalised forms.</summary>
    public static bool operator ==(ClauseNumber left, ClauseNumber right) => left.Equals(right);

    /// <summary>Inequality of the normalised forms.</summary>
    public static bool operator !=(ClauseNumber left, ClauseNumber right) => !left.Equals(right);

    [GeneratedRegex(@"^(?<letter>N?[A-Z])?\s*(?<dot>\.)?\s*(?<nums>\d{1,3}(?:\s*\.\s*\d{1,3})*)?$")]
    private static partial Regex Pattern();
}
