using System.Globalization;
using System.Text;

namespace StdSearch.Documents;

/// <summary>
/// The number of a standard (an edition when <see cref="Year"/> is set): <c>GB/T 7714-2015</c>, <c>DB22/T 1234-2019</c>,
/// <c>ISO/IEC 14496-12:2012</c>. An immutable value: two ids are equal when their canonical forms are equal, whatever
/// spelling they were parsed from (<c>GBT7714-2015</c>, <c>ＧＢ／Ｔ　７７１４－２０１５</c>, <c>GB/T 7714—2015</c>).
/// </summary>
/// <remarks>
/// <para>The grammar covers DOMAIN.md §1: national (GB, GB/T, GB/Z, GBZ, GBJ, JJF, JJG, TSG…), every industry code,
/// local DBnn and DBnnnn (city level) with /T, /Z or the bare mandatory slash, DBS, group T/…, enterprise Q/…,
/// CECS, ISO/IEC with types, stages and amendments, ITU-T/ITU-R (also <c>ITU-T Rec. G.711—1988</c>), IETF RFC, EN and its national adoptions (BS EN, DIN EN ISO),
/// ASTM, ANSI, IEEE, JIS, KS and CNS.</para>
/// <para>Years: two-digit years are expanded (≤ 35 → 20yy, else 19yy) and <see cref="Canonical"/> always prints four
/// digits (<c>GB/T 3179-92</c> → <c>GB/T 3179-1992</c>), except ASTM, whose designation keeps its two-digit year
/// (<c>ASTM D638-14</c>, <see cref="Year"/> 2014). A trailing <c>-dddd</c> is a year after a Chinese prefix but a part
/// after ISO/IEC, unless it is a plausible year (1950–2035): <c>ISO 8-1977</c> is ISO 8:1977, <c>IEC 60335-2-24</c> has parts.</para>
/// <para>CNS (Taiwan) is <see cref="StandardLevel.Foreign"/>: it is issued outside the mainland system, and written
/// like ISO (hyphenated parts, colon year).</para>
/// </remarks>
public readonly struct StandardId : IEquatable<StandardId>, IComparable<StandardId>
{
    private readonly string? _canonical;
    private readonly YearStyle _style;

    internal StandardId(string prefix, StandardNature nature, string number, int? year, int? month, string? amendment,
        StandardLevel level, string? region, string? sector, YearStyle style)
    {
        Prefix = prefix;
        Nature = nature;
        Number = number;
        Year = year;
        Month = year.HasValue ? month : null;
        Amendment = amendment;
        Level = level;
        Region = region;
        Sector = sector;
        _style = style;
        _canonical = null;
        _canonical = Format(display: false);
    }

    /// <summary>
    /// The issuer prefix without the nature suffix: <c>GB</c>, <c>JT</c>, <c>DB22</c>, <c>T/CAS</c>, <c>ISO/IEC</c>;
    /// document types belong to it (<c>ISO/TS</c>, <c>IEC TR</c>, <c>ISO/IEC Guide</c>, <c>BS EN ISO</c>).
    /// </summary>
    public string Prefix { get; }

    /// <summary>Mandatory, recommended (/T) or guidance (/Z), as the number states it.</summary>
    public StandardNature Nature { get; }

    /// <summary>
    /// The sequence number with its parts: <c>7714</c>, <c>1.1</c>, <c>32960.3</c>, <c>60335-2-24</c>; leading zeros are
    /// kept (<c>YY 0505</c>); JIS and KS carry their division letter (<c>Z 8301</c>), JTG its class (<c>D60</c>).
    /// </summary>
    public string Number { get; }

    /// <summary>The edition year (four digits; two-digit years are expanded to 19xx/20xx), or null for an undated id.</summary>
    public int? Year { get; }

    /// <summary>The edition month where the id states one (<c>DIN EN ISO 9001:2015-11</c>, <c>ITU-T G.711 (11/1988)</c>), else null.</summary>
    public int? Month { get; }

    /// <summary>
    /// The amendment suffix in canonical form, or null: <c>Amd 1:2024</c>, <c>Cor 1:2009</c>, <c>XG1-2020</c>; a
    /// consolidated edition keeps its plus (<c>+AMD1:2013+AMD2:2016</c>, <c>+A11:2014</c>); ASTM its edition letter and
    /// reapproval (<c>a</c>, <c>(2018)</c>).
    /// </summary>
    public string? Amendment { get; }

    /// <summary>The level of the issuing body.</summary>
    public StandardLevel Level { get; }

    /// <summary>For local standards, the province or city the code stands for (<c>吉林</c>, <c>厦门</c>); otherwise null.</summary>
    public string? Region { get; }

    /// <summary>For local standards, the GB/T 2260 code in the prefix (<c>22</c> for DB22, <c>3502</c> for DB3502); otherwise null.</summary>
    public string? RegionCode => Level == StandardLevel.Local ? Prefix.TrimStart('D', 'B', 'S') : null;

    /// <summary>For industry standards, the sector the code stands for (<c>交通</c>); otherwise null.</summary>
    public string? Sector { get; }

    /// <summary>True for the default value, which is not a valid id.</summary>
    public bool IsEmpty => Prefix is null;

    /// <summary>True when the id names an edition (has a year); false for an undated reference.</summary>
    public bool IsDated => Year.HasValue;

    /// <summary>
    /// The series designation: prefix plus nature suffix (<c>GB/T</c>, <c>DB22/T</c>, <c>JT/T</c>, <c>ISO</c>); a mandatory
    /// local standard keeps its bare slash (<c>DB11/</c>).
    /// </summary>
    public string Series => Prefix is null ? "" : Nature switch
    {
        StandardNature.Recommended => Prefix + "/T",
        StandardNature.Guidance => Prefix + "/Z",
        StandardNature.Mandatory when Level == StandardLevel.Local => Prefix + "/",
        _ => Prefix,
    };

    /// <summary>The id without its year and amendment: the series, whose latest edition an undated reference means.</summary>
    public StandardId Undated => IsEmpty ? default : new(Prefix, Nature, Number, null, null, null, Level, Region, Sector, _style);

    /// <summary>
    /// The canonical form used as a key: <c>GB/T 7714-2015</c>, <c>DB11/ 1234-2019</c>, <c>ISO 9001:2015</c>,
    /// <c>ISO 9001:2015/Amd 1:2024</c>, <c>ASTM D638-14</c>, <c>ITU-T G.711 (11/1988)</c>. Empty for the default value.
    /// </summary>
    public string Canonical => _canonical ?? "";

    /// <summary>
    /// The display form: as <see cref="Canonical"/>, but Chinese ids use the em dash printed on covers
    /// (<c>GB/T 7714—2015</c>, <c>GB 2760—2014/XG1—2020</c>); ISO keeps the colon.
    /// </summary>
    public string Display => _style == YearStyle.ChineseDash ? Format(display: true) : Canonical;

    /// <summary>The key of the id's lineage (<see cref="IsSameLineage"/>): prefix and number, <c>GB 1234</c> for
    /// <c>GB/T 1234-2008</c> and <c>GB/Z 1234-2019</c> alike; empty for the default id.</summary>
    public string Lineage => IsEmpty ? "" : Prefix + " " + Number;

    /// <summary>Whether <paramref name="other"/> is the same document line whatever its edition and nature:
    /// <c>GB 1234</c>, <c>GB/T 1234-2008</c> and <c>GB/Z 1234-2019</c> are one lineage (status conversions keep the number).
    /// GA and XF ids are different lineages even where XF kept a GA number.</summary>
    public bool IsSameLineage(StandardId other) =>
        !IsEmpty && !other.IsEmpty && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal) &&
        string.Equals(Number, other.Number, StringComparison.Ordinal);

    /// <summary>The same series and number as another edition: the year replaced, the month and amendment dropped.</summary>
    /// <exception cref="InvalidOperationException">This is the default (empty) id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2099.</exception>
    public StandardId WithYear(int year)
    {
        if (IsEmpty) throw new InvalidOperationException("The empty id has no edition.");
        ArgumentOutOfRangeException.ThrowIfLessThan(year, StandardIdGrammar.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, StandardIdGrammar.MaxYear);
        return new(Prefix, Nature, Number, year, null, null, Level, Region, Sector, _style);
    }

    private string Format(bool display)
    {
        if (Prefix is null) return "";
        var dash = display ? "\u2014" : "-";
        var sb = new StringBuilder(Series.Length + Number.Length + 16);
        sb.Append(Series);
        sb.Append(' ');
        sb.Append(Number);
        if (Year is int y)
        {
            var inv = CultureInfo.InvariantCulture;
            switch (_style)
            {
                case YearStyle.ChineseDash: sb.Append(dash).Append(y.ToString(inv)); break;
                case YearStyle.Dash: sb.Append('-').Append(y.ToString(inv)); break;
                case YearStyle.AstmTwoDigit: sb.Append('-').Append((y % 100).ToString("00", inv)); break;
                case YearStyle.Itu:
                    sb.Append(" (");
                    if (Month is int itm) sb.Append(itm.ToString("00", inv)).Append('/');
                    sb.Append(y.ToString(inv)).Append(')');
                    break;
                default:
                    sb.Append(':').Append(y.ToString(inv));
                    if (Month is int m) sb.Append('-').Append(m.ToString("00", inv));
                    break;
            }
        }
        if (Amendment is not null)
        {
            if (_style != YearStyle.AstmTwoDigit && Amendment[0] != '+') sb.Append('/');
            sb.Append(display ? Amendment.Replace("-", dash, StringComparison.Ordinal) : Amendment);
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Canonical;

    /// <summary>Parses an id written in any of the forms met in the wild (DOMAIN.md §1.2), in any letter case.</summary>
    /// <param name="text">One id, optionally with a 《title》 before or after it, enclosing brackets, or a leading 代替/国标.</param>
    /// <exception cref="FormatException">The text is not a standard number; the message says why.</exception>
    public static StandardId Parse(string text) =>
        TryParse(text, out var id, out var reason) ? id : throw new FormatException($"'{text}' is not a standard number: {reason}");

    /// <summary>Parses an id; returns false for text that is not a standard number. Never throws.</summary>
    public static bool TryParse(string? text, out StandardId id) => TryParse(text, out id, out _);

    /// <summary>Parses an id; on failure <paramref name="failureReason"/> says why (empty on success). Never throws.</summary>
    public static bool TryParse(string? text, out StandardId id, out string failureReason)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) { failureReason = "empty text"; return false; }
        var folded = StripContext(CollapseSpaces(StandardIdGrammar.Fold(text)));
        if (folded.Length == 0) { failureReason = "no id beside the title"; return false; }
        return StandardIdGrammar.TryParseFolded(folded, out id, out failureReason);
    }

    private static string CollapseSpaces(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }

    // Context that travels with an id when it is copied from a document: a title in 《》, brackets, a label.
    private static string StripContext(string s)
    {
        string before;
        do
        {
            before = s;
            if (s.StartsWith('《') && s.IndexOf('》', StringComparison.Ordinal) is var close and > 0) s = s[(close + 1)..].Trim();
            if (s.EndsWith('》') && s.IndexOf('《', StringComparison.Ordinal) is var open and > 0) s = s[..open].Trim();
            if (s.Length > 2 && s[0] == '(' && s[^1] == ')') s = s[1..^1].Trim();
            if (s.EndsWith("(所有部分)", StringComparison.Ordinal)) s = s[..^"(所有部分)".Length].Trim();
            s = s.TrimEnd('.', ',', ';', '。', '，', '、', '；', ' ');
            foreach (var label in Labels)
                if (s.StartsWith(label, StringComparison.Ordinal)) s = s[label.Length..].TrimStart(' ', ':');
        } while (s != before && s.Length > 0);
        return s;
    }

    private static readonly System.Collections.Immutable.ImmutableArray<string> Labels = ["代替", "国标", "标准号", "执行标准"];

    /// <inheritdoc />
    public bool Equals(StandardId other) => string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StandardId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>
    /// Orders by series (ordinal), then number with digit runs compared numerically (<c>GB/T 2</c> &lt; <c>GB/T 10</c>,
    /// <c>GB/T 1.2</c> &lt; <c>GB/T 1.10</c>), then year (undated first), month and amendment. Consistent with equality.
    /// </summary>
    public int CompareTo(StandardId other)
    {
        var c = string.CompareOrdinal(Series, other.Series);
        if (c != 0) return c;
        c = CompareNumbers(Number ?? "", other.Number ?? "");
        if (c != 0) return c;
        c = Nullable.Compare(Year, other.Year);
        if (c != 0) return c;
        c = Nullable.Compare(Month, other.Month);
        if (c != 0) return c;
        c = string.CompareOrdinal(Amendment, other.Amendment);
        return c != 0 ? c : string.CompareOrdinal(Canonical, other.Canonical);
    }

    private static int CompareNumbers(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                var ra = a.AsSpan(si, i - si).TrimStart('0');
                var rb = b.AsSpan(sj, j - sj).TrimStart('0');
                var c = ra.Length != rb.Length ? ra.Length.CompareTo(rb.Length) : ra.SequenceCompareTo(rb);
                if (c != 0) return c;
            }
            else
            {
                if (a[i] != b[j]) return a[i].CompareTo(b[j]);
                i++;
                j++;
            }
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>Equality of canonical forms.</summary>
    public static bool operator ==(StandardId left, StandardId right) => left.Equals(right);

    /// <summary>Inequality of canonical forms.</summary>
    public static bool operator !=(StandardId left, StandardId right) => !left.Equals(right);

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator <(StandardId left, StandardId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator >(StandardId left, StandardId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator <=(StandardId left, StandardId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, see <see cref="CompareTo"/>.</summary>
    public static bool operator >=(StandardId left, StandardId right) => left.CompareTo(right) >= 0;
}
