namespace StdSearch.Text.Quantities;

/// <summary>
/// A length-preserving normalisation for number recognition: full width to ASCII, every minus and en dash to
/// <c>-</c>, wave dashes to <c>~</c>, <c>≦≧</c> to <c>≤≥</c>, <c>µ</c> to <c>μ</c>, <c>Ω</c> (U+2126) to <c>Ω</c> (U+03A9),
/// the middle dots to <c>·</c>, odd spaces to a space, and ideographs through <see cref="TextFolder.FoldChar"/>
/// (Traditional to Simplified: 於→于, 為→为). Case is kept (<c>mPa</c> is not <c>MPa</c>) and so is every offset.
/// </summary>
internal static class QuantityText
{
    public static string Normalize(string text)
    {
        var folder = TextFolder.Default;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Map(source[i], folder);
        });
    }

    private static char Map(char c, TextFolder folder) => c switch
    {
        '～' or '〜' or '∼' or '⁓' => '~',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2009' or '\u202F' or (>= '\u2002' and <= '\u200A') => ' ',
        '\u2212' or '\u2013' or '\u2010' or '\u2011' or '\uFE63' => '-',
        '≦' => '≤',
        '≧' => '≥',
        '\u00B5' => 'μ',
        '\u2126' => 'Ω',
        '\u22C5' or '\u2022' or '\u2219' => '·',
        _ when CjkCharacters.IsIdeographicLetter(c) => folder.FoldChar(c),
        _ => c,
    };
}
