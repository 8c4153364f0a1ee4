using System.Collections.Frozen;

namespace StdSearch.Text.Quantities;

/// <summary>
/// Unit symbols: the written forms the parser recognises, their normalised symbol (<c>°C</c>→<c>℃</c>, <c>µm</c>→<c>μm</c>,
/// <c>m3</c>→<c>m³</c>, <c>kWh</c>→<c>kW·h</c>, <c>位元</c>→<c>bit</c>, <c>years</c>→<c>年</c>), their dimension and a factor to the
/// dimension's base unit so that <c>0.5 m</c> and <c>500 mm</c> compare. Conversion is offered only where it is
/// unambiguous (length, area, volume, mass, clock time, pressure, current, voltage, power, resistance, frequency, ratio,
/// information, data rate); calendar months/years, concentrations and "other" units compare only in the same unit.
/// Immutable and thread-safe.
/// </summary>
public static class Units
{
    // written form → (normalised symbol). Matched case-sensitively, longest first.
    private static readonly (string Written, string Symbol)[] Forms =
    [
        ("°C", "℃"), ("℃", "℃"), ("°", "°"), ("%", "%"), ("‰", "‰"), ("ppm", "ppm"),
        ("nm", "nm"), ("μm", "μm"), ("um", "μm"), ("mm", "mm"), ("cm", "cm"), ("dm", "dm"), ("km", "km"), ("m", "m"),
        ("毫米", "mm"), ("厘米", "cm"), ("千米", "km"), ("公里", "km"), ("微米", "μm"), ("米", "m"),
        ("mm²", "mm²"), ("mm2", "mm²"), ("cm²", "cm²"), ("cm2", "cm²"), ("m²", "m²"), ("m2", "m²"), ("km²", "km²"), ("平方米", "m²"),
        ("m³", "m³"), ("m3", "m³"), ("dm³", "L"), ("cm³", "mL"), ("L", "L"), ("mL", "mL"), ("μL", "μL"), ("升", "L"), ("毫升", "mL"), ("立方米", "m³"),
        ("μg", "μg"), ("ug", "μg"), ("mg", "mg"), ("kg", "kg"), ("g", "g"), ("t", "t"), ("克", "g"), ("千克", "kg"), ("毫克", "mg"), ("吨", "t"),
        ("ms", "ms"), ("s", "s"), ("min", "min"), ("h", "h"), ("d", "d"),
        ("秒", "s"), ("分钟", "min"), ("小时", "h"), ("天", "d"), ("周", "周"), ("星期", "周"),
        ("seconds", "s"), ("second", "s"), ("minutes", "min"), ("minute", "min"), ("hours", "h"), ("hour", "h"),
        ("days", "d"), ("day", "d"), ("weeks", "周"), ("week", "周"),
        ("个月", "月"), ("月", "月"), ("年", "年"), ("months", "月"), ("month", "月"), ("years", "年"), ("year", "年"),
        ("Pa", "Pa"), ("hPa", "hPa"), ("kPa", "kPa"), ("MPa", "MPa"), ("帕", "Pa"), ("千帕", "kPa"), ("兆帕", "MPa"),
        ("μA", "μA"), ("mA", "mA"), ("A", "A"), ("kA", "kA"), ("毫安", "mA"), ("安", "A"),
        ("μV", "μV"), ("mV", "mV"), ("V", "V"), ("kV", "kV"), ("伏", "V"), ("千伏", "kV"),
        ("mW", "mW"), ("W", "W"), ("kW", "kW"), ("MW", "MW"), ("瓦", "W"), ("千瓦", "kW"),
        ("kW·h", "kW·h"), ("kWh", "kW·h"), ("kW.h", "kW·h"), ("千瓦时", "kW·h"), ("J", "J"), ("kJ", "kJ"), ("MJ", "MJ"),
        ("mΩ", "mΩ"), ("Ω", "Ω"), ("kΩ", "kΩ"), ("MΩ", "MΩ"), ("欧", "Ω"),
        ("Hz", "Hz"), ("kHz", "kHz"), ("MHz", "MHz"), ("GHz", "GHz"),
        ("bit", "bit"), ("bits", "bit"), ("kbit", "kbit"), ("Mbit", "Mbit"), ("位元", "bit"), ("比特", "bit"), ("位", "bit"),
        ("byte", "byte"), ("bytes", "byte"), ("字节", "byte"), ("bps", "bit/s"),
        ("dB(A)", "dB(A)"), ("dB", "dB"), ("lx", "lx"), ("cd", "cd"), ("lm", "lm"), ("N", "N"), ("kN", "kN"),
        ("r/min", "r/min"), ("rpm", "r/min"), ("mol/L", "mol/L"),
        ("个", "个"), ("条", "条"), ("笔", "笔"), ("次", "次"), ("台", "台"), ("只", "只"), ("件", "件"), ("处", "处"),
        ("entries", "entries"), ("entry", "entries"), ("records", "entries"), ("times", "次"),
    ];

    private static readonly FrozenDictionary<string, (UnitDimension Dimension, decimal Factor)> Symbols =
        new Dictionary<string, (UnitDimension, decimal)>(StringComparer.Ordinal)
        {
            ["nm"] = (UnitDimension.Length, 0.000001m), ["μm"] = (UnitDimension.Length, 0.001m), ["mm"] = (UnitDimension.Length, 1m),
            ["cm"] = (UnitDimension.Length, 10m), ["dm"] = (UnitDimension.Length, 100m), ["m"] = (UnitDimension.Length, 1000m),
            ["km"] = (UnitDimension.Length, 1000000m),
            ["mm²"] = (UnitDimension.Area, 0.000001m), ["cm²"] = (UnitDimension.Area, 0.0001m), ["m²"] = (UnitDimension.Area, 1m),
            ["km²"] = (UnitDimension.Area, 1000000m),
            ["μL"] = (UnitDimension.Volume, 0.000001m), ["mL"] = (UnitDimension.Volume, 0.001m), ["L"] = (UnitDimension.Volume, 1m),
            ["m³"] = (UnitDimension.Volume, 1000m),
            ["μg"] = (UnitDimension.Mass, 0.000001m), ["mg"] = (UnitDimension.Mass, 0.001m), ["g"] = (UnitDimension.Mass, 1m),
            ["kg"] = (UnitDimension.Mass, 1000m), ["t"] = (UnitDimension.Mass, 1000000m),
            ["ms"] = (UnitDimension.Time, 0.001m), ["s"] = (UnitDimension.Time, 1m), ["min"] = (UnitDimension.Time, 60m),
            ["h"] = (UnitDimension.Time, 3600m), ["d"] = (UnitDimension.Time, 86400m), ["周"] = (UnitDimension.Time, 604800m),
            ["月"] = (UnitDimension.CalendarTime, 1m), ["年"] = (UnitDimension.CalendarTime, 12m),
            ["℃"] = (UnitDimension.Temperature, 1m),
            ["Pa"] = (UnitDimension.Pressure, 1m), ["hPa"] = (UnitDimension.Pressure, 100m), ["kPa"] = (UnitDimension.Pressure, 1000m),
            ["MPa"] = (UnitDimension.Pressure, 1000000m),
            ["μA"] = (UnitDimension.Current, 0.000001m), ["mA"] = (UnitDimension.Current, 0.001m), ["A"] = (UnitDimension.Current, 1m),
            ["kA"] = (UnitDimension.Current, 1000m),
            ["μV"] = (UnitDimension.Voltage, 0.000001m), ["mV"] = (UnitDimension.Voltage, 0.001m), ["V"] = (UnitDimension.Voltage, 1m),
            ["kV"] = (UnitDimension.Voltage, 1000m),
            ["mW"] = (UnitDimension.Power, 0.001m), ["W"] = (UnitDimension.Power, 1m), ["kW"] = (UnitDimension.Power, 1000m),
            ["MW"] = (UnitDimension.Power, 1000000m),
            ["kW·h"] = (UnitDimension.Energy, 1m),
            ["mΩ"] = (UnitDimension.Resistance, 0.001m), ["Ω"] = (UnitDimension.Resistance, 1m), ["kΩ"] = (UnitDimension.Resistance, 1000m),
            ["MΩ"] = (UnitDimension.Resistance, 1000000m),
            ["Hz"] = (UnitDimension.Frequency, 1m), ["kHz"] = (UnitDimension.Frequency, 1000m), ["MHz"] = (UnitDimension.Frequency, 1000000m),
            ["GHz"] = (UnitDimension.Frequency, 1000000000m),
            ["%"] = (UnitDimension.Ratio, 1m), ["‰"] = (UnitDimension.Ratio, 0.1m), ["ppm"] = (UnitDimension.Ratio, 0.0001m),
            ["bit"] = (UnitDimension.Information, 1m), ["kbit"] = (UnitDimension.Information, 1000m),
            ["Mbit"] = (UnitDimension.Information, 1000000m), ["byte"] = (UnitDimension.Information, 8m),
            ["bit/s"] = (UnitDimension.DataRate, 1m), ["kbit/s"] = (UnitDimension.DataRate, 1000m), ["Mbit/s"] = (UnitDimension.DataRate, 1000000m),
            ["个"] = (UnitDimension.Count, 1m), ["条"] = (UnitDimension.Count, 1m), ["笔"] = (UnitDimension.Count, 1m),
            ["次"] = (UnitDimension.Count, 1m), ["台"] = (UnitDimension.Count, 1m), ["只"] = (UnitDimension.Count, 1m),
            ["件"] = (UnitDimension.Count, 1m), ["处"] = (UnitDimension.Count, 1m), ["entries"] = (UnitDimension.Count, 1m),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string Written, string Symbol)[] ByLength = [.. Forms.OrderByDescending(f => f.Written.Length)];

    private static readonly FrozenDictionary<string, string> SymbolOf =
        Forms.GroupBy(f => f.Written, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Symbol, StringComparer.Ordinal);

    /// <summary>
    /// The normalised symbol of a unit as written (<c>°C</c>→<c>℃</c>, <c>µm</c>→<c>μm</c>, <c>mg/m3</c>→<c>mg/m³</c>,
    /// <c>dB（A）</c>→<c>dB(A)</c>, <c>位元</c>→<c>bit</c>); an unknown unit comes back trimmed and width-folded.
    /// </summary>
    public static string Normalize(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var t = QuantityText.Normalize(written.Trim()).Replace(" ", "", StringComparison.Ordinal);
        if (t.Length == 0) return "";
        if (t.StartsWith("IP", StringComparison.Ordinal)) return "IP";
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && SymbolOf.ContainsKey(t) is false)
        {
            var head = Normalize(t[..slash]);
            var tail = t[(slash + 1)..];
            var digits = 0;
            while (digits < tail.Length && char.IsAsciiDigit(tail[digits])) digits++;
            var tailUnit = Normalize(tail[digits..]);
            return head + "/" + (digits > 0 ? tail[..digits] + " " : "") + tailUnit;
        }
        return SymbolOf.TryGetValue(t, out var s) ? s : t;
    }

    /// <summary>The dimension of a normalised symbol; <see cref="UnitDimension.None"/> for an empty unit, <see cref="UnitDimension.Other"/> for an unknown one.</summary>
    public static UnitDimension DimensionOf(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Length == 0) return UnitDimension.None;
        if (Symbols.TryGetValue(unit, out var d)) return d.Dimension;
        return unit.Contains('/', StringComparison.Ordinal) && !unit.StartsWith("r/", StringComparison.Ordinal)
            && Symbols.TryGetValue(unit[..unit.IndexOf('/', StringComparison.Ordinal)], out var head) && head.Dimension == UnitDimension.Mass
            ? UnitDimension.Concentration
            : UnitDimension.Other;
    }

    /// <summary>
    /// Converts <paramref name="value"/> from one normalised unit to another of the same dimension.
    /// Returns false when the units differ in dimension or the conversion is not unambiguous (concentrations, "other" units).
    /// </summary>
    public static bool TryConvert(decimal value, string fromUnit, string toUnit, out decimal converted)
    {
        ArgumentNullException.ThrowIfNull(fromUnit);
        ArgumentNullException.ThrowIfNull(toUnit);
        if (string.Equals(fromUnit, toUnit, StringComparison.Ordinal)) { converted = value; return true; }
        if (Symbols.TryGetValue(fromUnit, out var from) && Symbols.TryGetValue(toUnit, out var to) && from.Dimension == to.Dimension)
        {
            converted = value * from.Factor / to.Factor;
            return true;
        }
        converted = 0;
        return false;
    }

    /// <summary>True when values in the two units can be compared (the same unit, or convertible within one dimension).</summary>
    public static bool AreComparable(string a, string b) => TryConvert(1m, a, b, out _);

    /// <summary>
    /// The unit written at <paramref name="at"/> in normalised text (see <see cref="QuantityText.Normalize"/>): longest known
    /// form first, a Latin form only when no Latin letter follows, then a <c>/unit</c> or <c>/100 g</c> denominator and
    /// <c>(A)</c> after <c>dB</c>. Returns the length consumed (0 when none) and the normalised symbol.
    /// </summary>
    internal static int Match(string text, int at, out string symbol)
    {
        symbol = "";
        var length = MatchSimple(text, at, out var head);
        if (length == 0) return 0;
        symbol = head;
        var p = at + length;
        if (symbol == "dB" && p + 2 < text.Length && text[p] == '(' && text[p + 1] == 'A' && text[p + 2] == ')')
        {
            symbol = "dB(A)";
            return length + 3;
        }
        if (p + 1 < text.Length && text[p] == '/')
        {
            var q = p + 1;
            var digits = q;
            while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
            var afterDigits = digits;
            while (afterDigits < text.Length && text[afterDigits] == ' ' && digits > q) afterDigits++;
            var tail = MatchSimple(text, afterDigits, out var tailSymbol);
            if (tail > 0 && (digits == q || tailSymbol.Length > 0))
            {
                var number = digits > q ? text[q..digits] + " " : "";
                symbol = head + "/" + number + tailSymbol;
                if (symbol == "r/min") symbol = "r/min";
                return afterDigits + tail - at;
            }
        }
        return length;
    }

    private static int MatchSimple(string text, int at, out string symbol)
    {
        symbol = "";
        if (at >= text.Length) return 0;
        foreach (var (written, s) in ByLength)
        {
            if (string.CompareOrdinal(text, at, written, 0, written.Length) != 0) continue;
            var end = at + written.Length;
            if (char.IsAsciiLetter(written[^1]) && end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '²' || text[end] == '³')) continue;
            if (char.IsAsciiDigit(written[^1]) && end < text.Length && char.IsAsciiDigit(text[end])) continue;
            symbol = s;
            return written.Length;
        }
        return 0;
    }
}
