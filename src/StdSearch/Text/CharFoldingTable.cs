namespace StdSearch.Text;

/// <summary>
/// The per-character folding table: every BMP character mapped to its matching form in one look-up — full width to
/// half width, upper to lower case, every dash to <c>-</c>, every wave dash to <c>~</c>, Taiwan comparators to mainland
/// ones, and Traditional to Simplified (from ICU's "Traditional-Simplified" transliterator, computed once).
/// Immutable after construction; safe to share between threads.
/// </summary>
internal sealed class CharFoldingTable
{
    private readonly char[] _map;

    private CharFoldingTable(char[] map) => _map = map;

    /// <summary>The folded form of <paramref name="c"/>; surrogates map to themselves.</summary>
    public char this[char c] => _map[c];

    /// <summary>Number of ideographs whose Traditional form ICU folds to a different Simplified one.</summary>
    public int TraditionalMappings { get; private init; }

    /// <summary>Builds the table (about 10 ms: one ICU call per block of 1,000 ideographs).</summary>
    public static CharFoldingTable Build()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++) map[i] = (char)i;

        // Case: Latin, Greek, Cyrillic and the rest of the BMP that has a simple lower-case mapping.
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower != c) map[i] = lower;
        }

        // Width: full-width ASCII block and the ideographic space.
        for (var c = '\uFF01'; c <= '\uFF5E'; c++) map[c] = char.ToLowerInvariant((char)(c - 0xFEE0));
        map['\u3000'] = ' ';
        map['\u00A0'] = ' ';
        map['\uFFE0'] = '¢'; map['\uFFE1'] = '£'; map['\uFFE5'] = '¥';

        // Dashes and minus signs (ids print an em dash; extracted text holds every kind).
        foreach (var d in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D") map[d] = '-';
        // Wave dashes used for ranges: 20 ℃～25 ℃, 20〜25.
        foreach (var w in "\uFF5E\u301C\u223C") map[w] = '~';
        // Taiwan comparators and quotes.
        map['\u2266'] = '≤'; map['\u2267'] = '≥';
        map['「'] = '“'; map['」'] = '”'; map['『'] = '‘'; map['』'] = '’';
        // Unit look-alikes: micro sign, ohm sign, kelvin sign, angstrom.
        map['\u00B5'] = 'μ'; map['\u2126'] = 'ω'; map['\u212A'] = 'k'; map['\u212B'] = 'å';
        map['\u3001'] = '、';

        var traditional = 0;
        using (var translit = IcuRuntime.CreateTraditionalToSimplified())
        {
            traditional += FoldIdeographs(translit, map, '\u3400', '\u4DBF');
            traditional += FoldIdeographs(translit, map, '\u4E00', '\u9FFF');
        }
        // Where ICU picks a Simplified form that mainland standards do not use, follow mainland usage
        // (諮詢 is 咨询 in GB text; ICU gives 谘).
        foreach (var (from, to) in MainlandOverrides) map[from] = to;

        // Compatibility ideographs (U+F900…) and Kangxi radicals (U+2F00…, common in bad PDF text layers) fold
        // through NFKC to the unified ideograph, and then through the table above.
        FoldCompatibility(map, '\u2F00', '\u2FDF');
        FoldCompatibility(map, '\uF900', '\uFAFF');
        return new CharFoldingTable(map) { TraditionalMappings = traditional };
    }

    private static readonly (char From, char To)[] MainlandOverrides = [('諮', '咨'), ('谘', '咨')];

    private static void FoldCompatibility(char[] map, char first, char last)
    {
        for (int c = first; c <= last; c++)
        {
            var normalized = ((char)c).ToString().Normalize(System.Text.NormalizationForm.FormKC);
            if (normalized.Length == 1 && normalized[0] != (char)c) map[c] = map[normalized[0]];
        }
    }

    private static int FoldIdeographs(Icu.Transliterator translit, char[] map, char first, char last)
    {
        const int block = 1000;
        var changed = 0;
        var buffer = new char[block];
        for (int start = first; start <= last; start += block)
        {
            var count = Math.Min(block, last - start + 1);
            for (var k = 0; k < count; k++) buffer[k] = (char)(start + k);
            var source = new string(buffer, 0, count);
            var result = translit.Transliterate(source, count * 4);
            // The transliterator maps characters one to one; if a block ever came back with another length,
            // fall back to one character at a time for that block rather than misalign the table.
            if (result.Length == count)
            {
                for (var k = 0; k < count; k++)
                    if (result[k] != source[k]) { map[start + k] = result[k]; changed++; }
            }
            else
            {
                for (var k = 0; k < count; k++)
                {
                    var one = translit.Transliterate(source.Substring(k, 1), 8);
                    if (one.Length == 1 && one[0] != source[k]) { map[start + k] = one[0]; changed++; }
                }
            }
        }
        return changed;
    }
}
