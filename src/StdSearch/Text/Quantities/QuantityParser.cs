using System.Globalization;
using StdSearch.Documents;

namespace StdSearch.Text.Quantities;

/// <summary>
/// Finds numeric expressions in standards text (DOMAIN.md §4): comparators (<c>不大于</c>, <c>≤</c>, <c>not less than</c> …),
/// ranges (<c>20 ℃～25 ℃</c>, <c>(20～25) ℃</c>, <c>20-25 ℃</c>, <c>20 ℃至25 ℃</c>, <c>between 20 °C and 25 °C</c>),
/// tolerances (<c>±0.5 ℃</c>, <c>(5±1) mm</c>, <c>5 mm±1 mm</c>, <c>50+0.2 -0.1</c>), exact values (<c>为</c>, <c>=</c>,
/// <c>达到</c>, <c>每</c>/<c>every</c>), negative numbers, thousands (<c>5 000</c>), lost superscripts (<c>1×10-6</c> is
/// 1×10⁻⁶), percentages with their basis, IP codes (<c>IP54</c>, unit <c>IP</c>) and units (normalised by <see cref="Units"/>).
/// </summary>
/// <remarks>
/// Not quantities: standard numbers (<see cref="StandardIdFinder"/>), clause numbers and references (<c>见5.1</c>,
/// <c>按5.3规定</c>, <c>4.1.2</c>), table, figure, formula and annex numbers (<c>表1</c>, <c>公式（1）</c>), dates
/// (<c>2024-01-01</c>, <c>2015年版</c>), list labels (<c>1)</c>, <c>[1]</c>), numbers glued to Latin letters (<c>C1</c>),
/// and unitless numbers without a comparator. <c>以上</c>/<c>以下</c>/<c>以内</c> are read inclusive (legal convention) and
/// marked <see cref="Quantity.BoundUncertain"/> unless <c>（含）</c>/<c>（不含）</c> follows; <c>至少每N</c> (at least once every
/// N) is an interval of at most N; <c>在N内</c> is at most N. Pure, allocation-light, immutable and thread-safe.
/// </remarks>
public sealed class QuantityParser
{
    private static readonly (string Word, Comparator Comparator)[] Prefixes = Sorted(
    [
        ("不大于", Comparator.AtMost), ("不超过", Comparator.AtMost), ("不高于", Comparator.AtMost), ("不多于", Comparator.AtMost),
        ("不超出", Comparator.AtMost), ("至多", Comparator.AtMost), ("最多", Comparator.AtMost), ("≤", Comparator.AtMost), ("≯", Comparator.AtMost),
        ("<=", Comparator.AtMost), ("至少每", Comparator.AtMost),
        ("不小于", Comparator.AtLeast), ("不低于", Comparator.AtLeast), ("不少于", Comparator.AtLeast), ("至少", Comparator.AtLeast),
        ("最少", Comparator.AtLeast), ("≥", Comparator.AtLeast), ("≮", Comparator.AtLeast), (">=", Comparator.AtLeast),
        ("小于", Comparator.LessThan), ("低于", Comparator.LessThan), ("少于", Comparator.LessThan), ("不满", Comparator.LessThan),
        ("不足", Comparator.LessThan), ("<", Comparator.LessThan),
        ("大于", Comparator.GreaterThan), ("高于", Comparator.GreaterThan), ("超过", Comparator.GreaterThan), ("多于", Comparator.GreaterThan),
        ("超出", Comparator.GreaterThan), (">", Comparator.GreaterThan),
        ("为", Comparator.Equal), ("等于", Comparator.Equal), ("=", Comparator.Equal), ("达到", Comparator.Equal), ("每", Comparator.Equal),
        ("not more than", Comparator.AtMost), ("not exceeding", Comparator.AtMost), ("not greater than", Comparator.AtMost),
        ("not to exceed", Comparator.AtMost), ("no more than", Comparator.AtMost), ("no greater than", Comparator.AtMost),
        ("not higher than", Comparator.AtMost), ("at most", Comparator.AtMost), ("up to", Comparator.AtMost),
        ("a maximum of", Comparator.AtMost), ("maximum of", Comparator.AtMost), ("maximum", Comparator.AtMost), ("max.", Comparator.AtMost),
        ("not less than", Comparator.AtLeast), ("no less than", Comparator.AtLeast), ("not lower than", Comparator.AtLeast),
        ("not fewer than", Comparator.AtLeast), ("no fewer than", Comparator.AtLeast), ("not below", Comparator.AtLeast),
        ("at least", Comparator.AtLeast), ("a minimum of", Comparator.AtLeast), ("minimum of", Comparator.AtLeast),
        ("minimum", Comparator.AtLeast), ("min.", Comparator.AtLeast),
        ("less than", Comparator.LessThan), ("lower than", Comparator.LessThan), ("fewer than", Comparator.LessThan),
        ("below", Comparator.LessThan), ("under", Comparator.LessThan),
        ("more than", Comparator.GreaterThan), ("greater than", Comparator.GreaterThan), ("higher than", Comparator.GreaterThan),
        ("above", Comparator.GreaterThan), ("exceeding", Comparator.GreaterThan), ("exceeds", Comparator.GreaterThan), ("exceed", Comparator.GreaterThan),
        ("equal to", Comparator.Equal), ("every", Comparator.Equal),
    ]);

    private static readonly (string Word, Comparator Comparator, bool Uncertain)[] Suffixes =
    [
        ("及以上", Comparator.AtLeast, false), ("及以下", Comparator.AtMost, false), ("以上", Comparator.AtLeast, true),
        ("以下", Comparator.AtMost, true), ("以内", Comparator.AtMost, true),
        ("or more", Comparator.AtLeast, false), ("or above", Comparator.AtLeast, false), ("or greater", Comparator.AtLeast, false),
        ("and above", Comparator.AtLeast, false), ("or less", Comparator.AtMost, false), ("or below", Comparator.AtMost, false),
        ("and below", Comparator.AtMost, false), ("maximum", Comparator.AtMost, false), ("max", Comparator.AtMost, false),
        ("minimum", Comparator.AtLeast, false), ("min", Comparator.AtLeast, false),
    ];

    // Words before a number that make it a reference, not a quantity.
    private static readonly string[] ReferenceWords =
    [
        "表", "图", "公式", "式", "附录", "第", "章", "条", "见", "注", "示例", "部分", "图示",
        "table", "figure", "formula", "annex", "clause", "subclause", "see", "no.", "note", "example", "part", "step", "item",
    ];

    // Words before a dotted number that make it a clause reference (按5.3规定).
    private static readonly string[] ClauseReferenceWords = ["按", "按照", "依", "依照", "依据", "根据", "参照", "符合", "满足", "同", "in", "to", "of"];

    private static readonly string[] BasisWords = ["质量分数", "体积分数", "摩尔分数", "mass fraction", "volume fraction", "(m/m)", "(V/V)"];

    /// <summary>A shared instance (the parser has no state).</summary>
    public static QuantityParser Default { get; } = new();

    /// <summary>Every quantity in <paramref name="text"/>, in order, with offsets into the original text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Quantity> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Quantity>();
        if (text.Length == 0) return result;
        var scan = new Scan(text, QuantityText.Normalize(text), text.Length >= 4 ? StandardIdFinder.FindAll(text) : []);
        var i = 0;
        while (i < text.Length)
        {
            var next = scan.TryAt(i, out var quantity);
            if (quantity is not null) result.Add(quantity);
            i = Math.Max(next, i + 1);
        }
        return result;
    }

    private static (string, Comparator)[] Sorted((string Word, Comparator C)[] items) =>
        [.. items.OrderByDescending(p => p.Word.Length)];

    private readonly struct Scan(string original, string n, IReadOnlyList<StandardIdMatch> ids)
    {
        /// <summary>Tries a quantity at <paramref name="i"/>; returns where to continue.</summary>
        public int TryAt(int i, out Quantity? quantity)
        {
            quantity = null;
            var c = n[i];
            if (InId(i, out var idEnd)) return idEnd;
            if (c == 'I' && i + 3 < n.Length && n[i + 1] == 'P' && char.IsAsciiDigit(n[i + 2]) && char.IsAsciiDigit(n[i + 3])
                && (i == 0 || !char.IsAsciiLetter(n[i - 1])) && (i + 4 >= n.Length || !char.IsAsciiLetterOrDigit(n[i + 4])))
                return IpCode(i, out quantity);
            if (!char.IsAsciiDigit(c)) return i + 1;
            if (i > 0 && (char.IsAsciiLetter(n[i - 1]) || n[i - 1] == '.' || char.IsAsciiDigit(n[i - 1]) || n[i - 1] == '/'
                || n[i - 1] == '^' || n[i - 1] == ':'))
                return SkipNumber(i);
            if (IsReference(i) || IsListLabel(i) || IsDate(i, out var dateEnd)) return Math.Max(SkipNumber(i), IsDate(i, out dateEnd) ? dateEnd : 0);
            return Expression(i, out quantity);
        }

        private int Expression(int digit, out Quantity? quantity)
        {
            quantity = null;
            var start = SignStart(digit);
            var p = Number(digit, out var v1, out var dots);
            if (dots >= 2) return p;
            if (start != digit) v1 = -v1;
            var paren = OpenParenBefore(start);
            var plusMinusBefore = PlusMinusBefore(start);

            Comparator comparator = Comparator.None;
            decimal? min = v1, max = v1, nominal = null, tolerance = null;
            var minInclusive = true;
            var maxInclusive = true;
            var uncertain = false;
            var unit = "";

            var afterNumber = p;
            var u1 = UnitAt(SkipSpaces(p), out var unit1);
            var afterUnit1 = u1 > 0 ? SkipSpaces(p) + u1 : p;

            if (plusMinusBefore >= 0)
            {
                comparator = Comparator.Tolerance;
                nominal = 0;
                tolerance = v1;
                unit = unit1;
                min = -v1;
                max = v1;
                start = plusMinusBefore;
                p = afterUnit1;
            }
            else if (TryTolerance(afterNumber, afterUnit1, unit1, out var tol, out var tolUnit, out var tolEnd, out var asymmetric))
            {
                comparator = Comparator.Tolerance;
                nominal = v1;
                if (asymmetric is { } a) { min = v1 - a.Minus; max = v1 + a.Plus; if (a.Minus == a.Plus) tolerance = a.Plus; }
                else { tolerance = tol; min = v1 - tol; max = v1 + tol; }
                unit = tolUnit;
                p = tolEnd;
            }
            else if (TryRange(start, afterNumber, afterUnit1, unit1, out var v2, out var rangeUnit, out var rangeEnd, out var converted))
            {
                comparator = Comparator.Range;
                min = converted ?? v1;
                max = v2;
                unit = rangeUnit;
                p = rangeEnd;
            }
            else
            {
                unit = unit1;
                p = afterUnit1;
            }

            // (20～25) ℃, (5±1) mm: the unit follows the closing parenthesis.
            if (paren >= 0 && comparator is Comparator.Range or Comparator.Tolerance)
            {
                var close = SkipSpaces(p);
                if (close < n.Length && n[close] == ')')
                {
                    var u = UnitAt(SkipSpaces(close + 1), out var outer);
                    if (unit.Length == 0 && u > 0) { unit = outer; p = SkipSpaces(close + 1) + u; }
                    else p = close + 1;
                    start = paren;
                }
            }
            else if (paren >= 0 && comparator == Comparator.None && unit.Length == 0)
            {
                var close = SkipSpaces(p);
                if (close < n.Length && n[close] == ')') return p; // (1): a formula or item number
            }

            var prefixStart = start;
            if (comparator is Comparator.None)
            {
                var prefix = Prefix(start, out var prefixAt);
                var suffix = Suffix(p, out var suffixEnd, out var suffixUncertain, out var inclusion);
                if (suffix != Comparator.None && prefix is Comparator.None or Comparator.Equal)
                {
                    comparator = suffix;
                    uncertain = suffixUncertain && inclusion is null;
                    var inclusive = inclusion ?? true;
                    if (!inclusive) comparator = comparator == Comparator.AtMost ? Comparator.LessThan : Comparator.GreaterThan;
                    p = suffixEnd;
                }
                else if (prefix != Comparator.None)
                {
                    comparator = prefix;
                    prefixStart = prefixAt;
                }
                else if (WithinAfterZai(start, p, out var withinEnd))
                {
                    comparator = Comparator.AtMost;
                    prefixStart = LastNonSpaceBefore(start);
                    p = withinEnd;
                }
                if (comparator is Comparator.AtMost or Comparator.LessThan) { min = null; maxInclusive = comparator == Comparator.AtMost; }
                if (comparator is Comparator.AtLeast or Comparator.GreaterThan) { max = null; minInclusive = comparator == Comparator.AtLeast; }
            }
            else if (comparator == Comparator.Range && Prefix(start, out var rangePrefixAt) == Comparator.None && rangePrefixAt >= 0)
                prefixStart = rangePrefixAt; // between … and …

            if (unit.Length == 0 && comparator is Comparator.None or Comparator.Equal) return p;
            if (unit.Length == 0 && dots >= 1 && comparator != Comparator.Range && FollowedByReferenceTail(p)) return p;

            quantity = new Quantity(comparator, min, max, unit)
            {
                MinInclusive = minInclusive,
                MaxInclusive = maxInclusive,
                Nominal = nominal,
                Tolerance = tolerance,
                BoundUncertain = uncertain,
                Basis = unit == "%" ? Basis(prefixStart, p) : "",
                Start = prefixStart,
                Length = p - prefixStart,
                Source = original[prefixStart..p],
            };
            return p;
        }

        private int IpCode(int i, out Quantity? quantity)
        {
            var value = (n[i + 2] - '0') * 10 + (n[i + 3] - '0');
            var prefix = Prefix(i, out var at);
            var start = prefix == Comparator.None ? i : at;
            var comparator = prefix == Comparator.None ? Comparator.Equal : prefix;
            decimal? min = comparator is Comparator.AtMost or Comparator.LessThan ? null : value;
            decimal? max = comparator is Comparator.AtLeast or Comparator.GreaterThan ? null : value;
            quantity = new Quantity(comparator, min, max, "IP")
            {
                MinInclusive = comparator != Comparator.GreaterThan,
                MaxInclusive = comparator != Comparator.LessThan,
                Start = start,
                Length = i + 4 - start,
                Source = original[start..(i + 4)],
            };
            return i + 4;
        }

        private bool TryTolerance(int afterNumber, int afterUnit1, string unit1, out decimal tolerance, out string unit, out int end,
            out (decimal Plus, decimal Minus)? asymmetric)
        {
            tolerance = 0;
            unit = unit1;
            end = afterUnit1;
            asymmetric = null;
            var q = SkipSpaces(afterUnit1);
            if (q < n.Length && n[q] == '±')
            {
                var d = SkipSpaces(q + 1);
                if (d >= n.Length || !char.IsAsciiDigit(n[d])) return false;
                var p = Number(d, out tolerance, out _);
                var u = UnitAt(SkipSpaces(p), out var unit2);
                if (u > 0)
                {
                    if (unit1.Length > 0 && !Units.AreComparable(unit1, unit2)) return false;
                    unit = unit2;
                    if (unit1.Length > 0 && unit1 != unit2 && Units.TryConvert(tolerance, unit2, unit1, out var t)) { tolerance = t; unit = unit1; }
                    p = SkipSpaces(p) + u;
                }
                end = p;
                return true;
            }
            // 50+0.2 -0.1: upper and lower deviations printed as flattened super/subscripts.
            q = afterNumber;
            if (q < n.Length && n[q] == '+' && q + 1 < n.Length && char.IsAsciiDigit(n[q + 1]))
            {
                var p = Number(q + 1, out var plus, out _);
                var m = SkipSpaces(p);
                if (m + 1 < n.Length && n[m] == '-' && char.IsAsciiDigit(n[m + 1]))
                {
                    p = Number(m + 1, out var minus, out _);
                    asymmetric = (plus, minus);
                    var u = UnitAt(SkipSpaces(p), out var unit2);
                    if (u > 0) { unit = unit2; p = SkipSpaces(p) + u; }
                    end = p;
                    return true;
                }
            }
            return false;
        }

        private bool TryRange(int start, int afterNumber, int afterUnit1, string unit1, out decimal max, out string unit, out int end,
            out decimal? convertedMin)
        {
            max = 0;
            unit = unit1;
            end = afterUnit1;
            convertedMin = null;
            var q = SkipSpaces(afterUnit1);
            if (q >= n.Length) return false;
            var sep = n[q];
            int r;
            var between = PrefixWord(start) == "between";
            if (sep is '~' or '至' or '到') r = q + 1;
            else if (sep == '-' && q == afterUnit1 && q + 1 < n.Length && char.IsAsciiDigit(n[q + 1])) r = q + 1;
            else if (Matches(q, "to ") && !between) r = q + 2;
            else if (between && Matches(q, "and ")) r = q + 3;
            else return false;
            r = SkipSpaces(r);
            var negative = false;
            if (r + 1 < n.Length && n[r] == '-' && char.IsAsciiDigit(n[r + 1])) { negative = true; r++; }
            else if (r + 1 < n.Length && n[r] == '负' && char.IsAsciiDigit(n[r + 1])) { negative = true; r++; }
            if (r >= n.Length || !char.IsAsciiDigit(n[r])) return false;
            if (InId(r, out _)) return false;
            var p = Number(r, out var v2, out var dots);
            if (dots >= 2) return false;
            if (negative) v2 = -v2;
            var u = UnitAt(SkipSpaces(p), out var unit2);
            if (u > 0) p = SkipSpaces(p) + u;
            if (unit1.Length == 0 && unit2.Length == 0 && sep is not ('~' or '至' or '到') && !between) return false;
            if (unit1.Length > 0 && unit2.Length > 0 && unit1 != unit2)
            {
                if (!Units.TryConvert(ValueBefore(start, afterNumber), unit1, unit2, out var c)) return false;
                convertedMin = c;
            }
            if (unit1.Length > 0 && unit2.Length == 0 && sep == '-') return false;
            var v1 = convertedMin ?? ValueBefore(start, afterNumber);
            if (v1 > v2) return false;
            max = v2;
            unit = unit2.Length > 0 ? unit2 : unit1;
            end = p;
            return true;
        }

        private decimal ValueBefore(int start, int afterNumber)
        {
            var digit = start < n.Length && !char.IsAsciiDigit(n[start]) ? start + 1 : start;
            Number(digit, out var v, out _);
            return n[start] is '-' or '负' ? -v : v;
        }

        /// <summary>Parses the number at <paramref name="i"/> (a digit): thousands groups, decimals, dotted numbers, ×10-6.</summary>
        private int Number(int i, out decimal value, out int dots)
        {
            var p = i;
            while (p < n.Length && char.IsAsciiDigit(n[p])) p++;
            var digits = n[i..p];
            // 5 000, 2 400: a space then exactly three digits, when the first group has at most three.
            if (p - i <= 3)
            {
                while (p + 3 < n.Length + 0 && n[p] == ' ' && p + 4 <= n.Length && IsDigits(p + 1, 3)
                       && (p + 4 == n.Length || !char.IsAsciiDigit(n[p + 4])))
                {
                    digits += n[(p + 1)..(p + 4)];
                    p += 4;
                }
            }
            dots = 0;
            var fraction = "";
            while (p + 1 < n.Length && n[p] == '.' && char.IsAsciiDigit(n[p + 1]))
            {
                var q = p + 1;
                while (q < n.Length && char.IsAsciiDigit(n[q])) q++;
                if (dots == 0) fraction = n[(p + 1)..q];
                dots++;
                p = q;
            }
            value = decimal.Parse(fraction.Length > 0 ? digits + "." + fraction : digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return Exponent(p, ref value);
        }

        // 1×10-6, 1×10^-6, 1×10⁻⁶: a power of ten whose superscript was flattened.
        private int Exponent(int p, ref decimal value)
        {
            var q = p;
            while (q < n.Length && n[q] == ' ') q++;
            if (q >= n.Length || n[q] is not ('×' or 'x' or 'X' or '*')) return p;
            q++;
            while (q < n.Length && n[q] == ' ') q++;
            if (q + 2 > n.Length || n[q] != '1' || n[q + 1] != '0') return p;
            q += 2;
            if (q < n.Length && n[q] == '^') q++;
            var negative = false;
            if (q < n.Length && n[q] is '-' or '⁻') { negative = true; q++; }
            else if (q < n.Length && n[q] is '+' or '⁺') q++;
            var e = 0;
            var digits = 0;
            while (q < n.Length && Superscript(n[q]) is var d && d >= 0) { e = e * 10 + d; digits++; q++; }
            if (digits == 0 || e > 20) return p;
            for (var k = 0; k < e; k++) value = negative ? value / 10 : value * 10;
            return q;
        }

        private static int Superscript(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            '⁰' => 0, '¹' => 1, '²' => 2, '³' => 3, '⁴' => 4, '⁵' => 5, '⁶' => 6, '⁷' => 7, '⁸' => 8, '⁹' => 9,
            _ => -1,
        };

        private int SkipNumber(int i)
        {
            var p = i;
            while (p < n.Length && (char.IsAsciiDigit(n[p]) || (n[p] == '.' && p + 1 < n.Length && char.IsAsciiDigit(n[p + 1])))) p++;
            return p;
        }

        private int SignStart(int digit)
        {
            if (digit >= 1 && n[digit - 1] == '负') return digit - 1;
            if (digit >= 1 && n[digit - 1] == '-'
                && (digit == 1 || !(char.IsAsciiLetterOrDigit(n[digit - 2]) || n[digit - 2] is ')' or '.' or '-')))
                return digit - 1;
            return digit;
        }

        private int UnitAt(int at, out string unit)
        {
            unit = "";
            if (at >= n.Length) return 0;
            if (InId(at, out _)) return 0;
            return Units.Match(n, at, out unit);
        }

        private int OpenParenBefore(int start)
        {
            var k = start - 1;
            while (k >= 0 && n[k] == ' ') k--;
            return k >= 0 && n[k] == '(' ? k : -1;
        }

        private int PlusMinusBefore(int start)
        {
            var k = start - 1;
            while (k >= 0 && n[k] == ' ') k--;
            return k >= 0 && n[k] == '±' ? k : -1;
        }

        private int LastNonSpaceBefore(int start)
        {
            var k = start - 1;
            while (k >= 0 && n[k] == ' ') k--;
            return k >= 0 ? k : start;
        }

        /// <summary>The comparator word ending just before <paramref name="start"/> (spaces, <c>(</c>, and <c>GB/T x规定的</c> skipped).</summary>
        private Comparator Prefix(int start, out int at)
        {
            at = -1;
            var k = start;
            while (k > 0 && n[k - 1] is ' ' or '(') k--;
            // 不低于GB/T 4208—2017规定的IP32
            if (k >= 3 && string.CompareOrdinal(n, k - 3, "规定的", 0, 3) == 0)
            {
                var j = k - 3;
                while (j > 0 && n[j - 1] == ' ') j--;
                foreach (var id in ids)
                    if (id.End == j) { k = id.Start; while (k > 0 && n[k - 1] == ' ') k--; break; }
            }
            foreach (var (word, comparator) in Prefixes)
            {
                if (k < word.Length) continue;
                var s = k - word.Length;
                if (string.Compare(n, s, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                if (char.IsAsciiLetter(word[0]) && s > 0 && char.IsAsciiLetter(n[s - 1])) continue;
                at = s;
                return comparator;
            }
            if (PrefixWord(start) == "between") { at = BetweenAt(start); return Comparator.None; }
            // 至少保存2年, 最多容纳5台: a one- or two-character verb between the adverb and the number
            foreach (var verb in (int[])[1, 2])
            {
                if (k - verb < 2 || !CjkCharacters.IsIdeographicLetter(n[k - 1]) || !CjkCharacters.IsIdeographicLetter(n[k - verb])) continue;
                var s = k - verb - 2;
                var adverb = n.Substring(s, 2);
                if (adverb is "至少" or "最少") { at = s; return Comparator.AtLeast; }
                if (adverb is "至多" or "最多") { at = s; return Comparator.AtMost; }
            }
            return Comparator.None;
        }

        private string PrefixWord(int start)
        {
            var k = start;
            while (k > 0 && n[k - 1] is ' ' or '(') k--;
            return k >= 7 && string.Compare(n, k - 7, "between", 0, 7, StringComparison.OrdinalIgnoreCase) == 0 ? "between" : "";
        }

        private int BetweenAt(int start)
        {
            var k = start;
            while (k > 0 && n[k - 1] is ' ' or '(') k--;
            return k - 7;
        }

        private Comparator Suffix(int p, out int end, out bool uncertain, out bool? inclusive)
        {
            end = p;
            uncertain = false;
            inclusive = null;
            var q = SkipSpaces(p);
            foreach (var (word, comparator, wordUncertain) in Suffixes)
            {
                if (!Matches(q, word)) continue;
                var e = q + word.Length;
                if (char.IsAsciiLetter(word[^1]) && e < n.Length && char.IsAsciiLetter(n[e])) continue;
                if (char.IsAsciiLetter(word[0]) && q == p) continue; // "5min" is a unit, not a suffix
                uncertain = wordUncertain;
                var r = SkipSpaces(e);
                if (Matches(r, "(含)")) { inclusive = true; e = r + 3; }
                else if (Matches(r, "(不含)")) { inclusive = false; e = r + 4; }
                end = e;
                return comparator;
            }
            return Comparator.None;
        }

        // 应在3 s内: within.
        private bool WithinAfterZai(int start, int p, out int end)
        {
            end = p;
            var k = LastNonSpaceBefore(start);
            if (k < 0 || k >= start || n[k] != '在') return false;
            var q = SkipSpaces(p);
            if (q < n.Length && n[q] == '内') { end = q + 1; return true; }
            return false;
        }

        private bool IsReference(int i)
        {
            var k = i;
            while (k > 0 && n[k - 1] is ' ' or '(') k--;
            foreach (var w in ReferenceWords)
                if (EndsWithWord(k, w)) return true;
            var p = SkipNumber(i);
            var dotted = n.AsSpan(i, p - i).Contains('.');
            if (!dotted) return false;
            foreach (var w in ClauseReferenceWords)
                if (EndsWithWord(k, w) && UnitAt(SkipSpaces(p), out _) == 0) return true;
            return FollowedByReferenceTail(p);
        }

        private bool FollowedByReferenceTail(int p)
        {
            var q = SkipSpaces(p);
            return Matches(q, "的规定") || Matches(q, "规定") || Matches(q, "条") || Matches(q, "章") || Matches(q, "中")
                || Matches(q, "、") || Matches(q, "和") || Matches(q, "及") || Matches(q, "或");
        }

        private bool EndsWithWord(int k, string w)
        {
            if (k < w.Length) return false;
            var s = k - w.Length;
            if (string.Compare(n, s, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
            return !char.IsAsciiLetter(w[0]) || s == 0 || !char.IsAsciiLetter(n[s - 1]);
        }

        private bool IsListLabel(int i)
        {
            var k = i;
            while (k > 0 && n[k - 1] is ' ' or '\t') k--;
            var open = k > 0 && n[k - 1] is '(' or '[';
            if (open) { k--; while (k > 0 && n[k - 1] is ' ' or '\t') k--; }
            var p = SkipNumber(i);
            if (p < n.Length && n[p] == ']' && open) return true;
            if (!(k == 0 || n[k - 1] is '\n' or '\r')) return false;
            if (p >= n.Length) return false;
            return n[p] is ')' or '、' || (n[p] == '.' && (p + 1 >= n.Length || !char.IsAsciiDigit(n[p + 1])));
        }

        private bool IsDate(int i, out int end)
        {
            end = i;
            var p = i;
            while (p < n.Length && char.IsAsciiDigit(n[p])) p++;
            var len = p - i;
            if (p >= n.Length) return false;
            if (len == 4 && n[i] is '1' or '2' && (n[i + 1] is '9' or '0'))
            {
                var c = n[p];
                var after = p + 1 < n.Length ? n[p + 1] : '\0';
                var date = (c is '-' or '/' or '.' && (char.IsAsciiDigit(after) || after == '×'))
                           || (c == '年' && (char.IsAsciiDigit(after) || after is '版' or '×' or '发' or '实' or '起' or '前' or '后' or '底' or '初' or '以' or '度'))
                           || c == '—';
                if (date)
                {
                    end = p + 1;
                    while (end < n.Length && (char.IsAsciiDigit(n[end]) || n[end] is '-' or '/' or '.' or '×' or '年' or '月' or '日')) end++;
                    return true;
                }
            }
            // 3月5日
            if (len <= 2 && n[p] == '月' && p + 1 < n.Length && char.IsAsciiDigit(n[p + 1]))
            {
                var q = p + 1;
                while (q < n.Length && char.IsAsciiDigit(n[q])) q++;
                if (q < n.Length && n[q] is '日' or '号') { end = q + 1; return true; }
            }
            return false;
        }

        private string Basis(int start, int end)
        {
            var from = start;
            while (from > 0 && n[from - 1] is not ('。' or ';' or '；' or '\n')) from--;
            var to = end;
            var afterLimit = Math.Min(n.Length, end + 8);
            string best = "";
            var bestAt = -1;
            foreach (var w in BasisWords)
            {
                var at = n.LastIndexOf(w, start, start - from, StringComparison.OrdinalIgnoreCase);
                if (at > bestAt) { bestAt = at; best = w; }
            }
            if (best.Length > 0) return best;
            foreach (var w in BasisWords)
                if (n.IndexOf(w, to, afterLimit - to, StringComparison.OrdinalIgnoreCase) >= 0) return w;
            return "";
        }

        private bool InId(int i, out int end)
        {
            foreach (var id in ids)
                if (i >= id.Start && i < id.End) { end = id.End; return true; }
            end = i;
            return false;
        }

        private bool IsDigits(int at, int count)
        {
            for (var k = 0; k < count; k++)
                if (at + k >= n.Length || !char.IsAsciiDigit(n[at + k])) return false;
            return true;
        }

        private int SkipSpaces(int p)
        {
            while (p < n.Length && n[p] is ' ' or '\t') p++;
            return p;
        }

        private bool Matches(int at, string word) =>
            at >= 0 && at + word.Length <= n.Length && string.Compare(n, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
