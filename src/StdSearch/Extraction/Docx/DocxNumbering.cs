using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdSearch.Extraction.Docx;

/// <summary>
/// Word's automatic numbering for one document read: the list definitions (<c>w:num</c> → <c>w:abstractNum</c> →
/// <c>w:lvl</c>) and the counters Word keeps while it lays the document out, so that a paragraph gets the label Word
/// shows before it (<c>4.1</c>, <c>a)</c>, <c>一、</c>). Not thread-safe: one instance per document read.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private sealed record LevelDefinition(int Start, string Format, string Text, bool IsLegal, string? StyleId);

    private sealed record ListInstance(int AbstractId, IReadOnlyDictionary<int, int> StartOverrides, IReadOnlyDictionary<int, LevelDefinition> LevelOverrides);

    private readonly Dictionary<int, ListInstance> _instances = [];
    private readonly Dictionary<int, LevelDefinition?[]> _abstracts = [];
    private readonly Dictionary<int, string> _abstractStyleLinks = [];
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    private readonly DocxStyles _styles;

    public DocxNumbering(Numbering? numbering, DocxStyles styles)
    {
        _styles = styles;
        if (numbering is null) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            var id = abstractNum.AbstractNumberId?.Value;
            if (id is null) continue;
            var levels = new LevelDefinition?[Levels];
            foreach (var level in abstractNum.Elements<Level>())
                if (level.LevelIndex?.Value is int i and >= 0 and < Levels) levels[i] = ReadLevel(level);
            _abstracts[id.Value] = levels;
            var link = abstractNum.NumberingStyleLink?.Val?.Value;
            if (link is not null) _abstractStyleLinks[id.Value] = link;
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            var id = num.NumberID?.Value;
            var abstractId = num.AbstractNumId?.Val?.Value;
            if (id is null || abstractId is null) continue;
            var starts = new Dictionary<int, int>();
            var overrides = new Dictionary<int, LevelDefinition>();
            foreach (var o in num.Elements<LevelOverride>())
            {
                if (o.LevelIndex?.Value is not int i || i is < 0 or >= Levels) continue;
                if (o.StartOverrideNumberingValue?.Val?.Value is int s) starts[i] = s;
                if (o.Level is { } level) overrides[i] = ReadLevel(level);
            }
            _instances[id.Value] = new ListInstance(abstractId.Value, starts, overrides);
        }
    }

    /// <summary>
    /// Advances the counters for a numbered paragraph and returns its label, or "" when the paragraph is not
    /// numbered (no <c>numPr</c>, <c>numId</c> 0, an unknown list, an empty level text).
    /// </summary>
    /// <param name="numId">The paragraph's own <c>numId</c>, or null to use its style's.</param>
    /// <param name="level">The paragraph's own <c>ilvl</c>, or null.</param>
    /// <param name="styleId">The paragraph style, for numbering carried by the style.</param>
    public string NextLabel(int? numId, int? level, string? styleId)
    {
        if (numId is null)
        {
            var fromStyle = _styles.Numbering(styleId);
            if (fromStyle is null) return "";
            numId = fromStyle.Value.NumId;
            level ??= fromStyle.Value.Level;
        }
        if (numId == 0 || !_instances.TryGetValue(numId.Value, out var instance)) return "";
        var levels = Resolve(instance);
        if (levels is null) return "";
        level ??= FindLevelByStyle(levels, styleId) ?? 0;
        if (level is < 0 or >= Levels || levels[level.Value] is not { } definition) return "";

        // Lists restarted by a startOverride count on their own; the others continue their abstract list, as Word does.
        var key = instance.StartOverrides.Count > 0 ? $"num{numId}" : $"abs{instance.AbstractId}";
        if (!_counters.TryGetValue(key, out var counters)) _counters[key] = counters = new int?[Levels];

        counters[level.Value] = counters[level.Value] is int current ? current + 1 : StartOf(levels, level.Value);
        for (var deeper = level.Value + 1; deeper < Levels; deeper++) counters[deeper] = null;

        return Render(definition, levels, counters);
    }

    private LevelDefinition?[]? Resolve(ListInstance instance)
    {
        if (!_abstracts.TryGetValue(instance.AbstractId, out var levels)) return null;
        // numStyleLink: the definition lives in the list a numbering style points at.
        if (_abstractStyleLinks.TryGetValue(instance.AbstractId, out var link)
            && _styles.Numbering(link) is { } linked && linked.NumId != 0
            && _instances.TryGetValue(linked.NumId, out var target) && target.AbstractId != instance.AbstractId
            && _abstracts.TryGetValue(target.AbstractId, out var targetLevels))
            levels = targetLevels;
        if (instance.StartOverrides.Count == 0 && instance.LevelOverrides.Count == 0) return levels;

        var merged = (LevelDefinition?[])levels.Clone();
        foreach (var (i, definition) in instance.LevelOverrides) merged[i] = definition;
        foreach (var (i, start) in instance.StartOverrides)
            if (merged[i] is { } definition) merged[i] = definition with { Start = start };
        return merged;
    }

    private static int? FindLevelByStyle(LevelDefinition?[] levels, string? styleId)
    {
        if (styleId is null) return null;
        for (var i = 0; i < Levels; i++)
            if (levels[i]?.StyleId == styleId) return i;
        return null;
    }

    private static int StartOf(LevelDefinition?[] levels, int level) => levels[level]?.Start ?? 1;

    private static string Render(LevelDefinition definition, LevelDefinition?[] levels, int?[] counters)
    {
        if (definition.Format == "bullet") return Bullet(definition.Text);
        var text = definition.Text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                // A level not yet used shows its start value (PDF-to-Word converters rely on this to print 7.4.2).
                var value = counters[referenced] ?? StartOf(levels, referenced);
                var format = definition.IsLegal ? "decimal" : levels[referenced]?.Format ?? "decimal";
                sb.Append(FormatNumber(value, format));
                i++;
            }
            else sb.Append(text[i]);
        }
        return sb.ToString().Trim();
    }

    private static string Bullet(string text)
    {
        // Symbol/Wingdings bullets are private-use code points: show them as a plain bullet.
        var t = text.Trim();
        if (t.Length == 0) return "";
        return t.All(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : t;
    }

    private static LevelDefinition ReadLevel(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 1,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        level.ParagraphStyleIdInLevel?.Val?.Value);

    /// <summary>Formats a counter as Word's <c>w:numFmt</c> names it; unknown formats fall back to decimal.</summary>
    public static string FormatNumber(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : Decimal(value),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "koreanCounting"
            => ChineseCounting(value),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand"
            => string.Concat(Decimal(value).Select(d => d is >= '0' and <= '9' ? "〇一二三四五六七八九"[d - '0'] : d)),
        "ideographTraditional" => value is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : Decimal(value),
        "ideographZodiac" => value is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString() : Decimal(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle"
            => value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('\u2474' + value - 1)).ToString() : $"({Decimal(value)})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('\u2488' + value - 1)).ToString() : Decimal(value) + ".",
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(Decimal(value).Select(d => d is >= '0' and <= '9' ? (char)('０' + d - '0') : d)),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Letters(int value, char a) =>
        value < 1 ? Decimal(value) : new string((char)(a + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return Decimal(value);
        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
            while (value >= numbers[i]) { sb.Append(symbols[i]); value -= numbers[i]; }
        return sb.ToString();
    }

    private static string ChineseCounting(int value)
    {
        const string digits = "〇一二三四五六七八九";
        if (value is < 0 or > 999) return Decimal(value);
        if (value < 10) return digits[value].ToString();
        var sb = new StringBuilder();
        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var ones = value % 10;
        if (hundreds > 0)
        {
            sb.Append(digits[hundreds]).Append('百');
            if (tens == 0 && ones != 0) sb.Append('〇');
        }
        if (tens > 0)
        {
            if (tens > 1 || hundreds > 0) sb.Append(digits[tens]);
            sb.Append('十');
        }
        if (ones > 0) sb.Append(digits[ones]);
        return sb.ToString();
    }
}
