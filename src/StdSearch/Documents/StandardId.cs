using System.Text.RegularExpressions;

namespace StdSearch.Documents;

/// <summary>
/// The number of a standard (an edition when <see cref="Year"/> is set): <c>GB/T 7714-2015</c>, <c>DB22/T 1234-2019</c>,
/// <c>ISO/IEC 14496-12:2012</c>. An immutable value: two ids are equal when their canonical forms are equal, whatever
/// spelling they were parsed from (<c>GBT7714-2015</c>, <c>ＧＢ／Ｔ　７７１４－２０１５</c>, <c>GB/T 7714—2015</c>).
/// </summary>
/// <remarks>
/// PROVISIONAL SHELL: the full grammar (every level and messy form of DOMAIN.md §1) replaces <see cref="TryParse(string?, out StandardId, out string)"/>.
/// </remarks>
public readonly partial struct StandardId : IEquatable<StandardId>, IComparable<StandardId>
{
    private StandardId(string prefix, StandardNature nature, string number, int? year, string? amendment,
        StandardLevel level, string? region, string? sector)
    {
        Prefix = prefix;
        Nature = nature;
        Number = number;
        Year = year;
        Amendment = amendment;
        Level = level;
        Region = region;
        Sector = sector;
    }

    /// <summary>The issuer prefix without the nature suffix: <c>GB</c>, <c>JT</c>, <c>DB22</c>, <c>T/CAS</c>, <c>ISO/IEC</c>.</summary>
    public string Prefix { get; }

    /// <summary>Mandatory, recommended (/T) or guidance (/Z), as the number states it.</summary>
    public StandardNature Nature { get; }

    /// <summary>The sequence number with its parts: <c>7714</c>, <c>1.1</c>, <c>32960.3</c>, <c>60335-2-24</c>.</summary>
    public string Number { get; }

    /// <summary>The edition year (four digits; two-digit years are expanded to 19xx/20xx), or null for an undated id.</summary>
    public int? Year { get; }

    /// <summary>The amendment suffix in canonical form (<c>Amd 1:2024</c>, <c>XG1-2020</c>), or null.</summary>
    public string? Amendment { get; }

    /// <summary>The level of the issuing body.</summary>
    public StandardLevel Level { get; }

    /// <summary>For local standards, the province or city the code stands for (<c>吉林</c>); otherwise null.</summary>
    public string? Region { get; }

    /// <summary>For industry standards, the sector the code stands for (<c>交通</c>); otherwise null.</summary>
    public string? Sector { get; }

    /// <summary>True for the default value, which is not a valid id.</summary>
    public bool IsEmpty => Prefix is null;

    /// <summary>The series designation: prefix plus nature suffix (<c>GB/T</c>, <c>DB22/T</c>, <c>JT/T</c>, <c>ISO</c>).</summary>
    public string Series => Prefix is null ? "" : Nature switch
    {
        StandardNature.Recommended => Prefix + "/T",
        StandardNature.Guidance => Prefix + "/Z",
        _ => Prefix,
    };

    /// <summary>The id without its year and amendment: the series, whose latest edition an undated reference means.</summary>
    public StandardId Undated => new(Prefix, Nature, Number, null, null, Level, Region, Sector);

    /// <summary>The canonical form used as a key: <c>GB/T 7714-2015</c>, <c>ISO 9001:2015</c>.</summary>
    public string Canonical => Format(dash: "-");

    /// <summary>The display form as printed on a Chinese cover, with an em dash: <c>GB/T 7714—2015</c>.</summary>
    public string Display => Format(dash: "\u2014");

    private bool UsesColonYear => Level is StandardLevel.International or StandardLevel.Foreign && !Prefix.StartsWith("CNS", StringComparison.Ordinal);

    private string Format(string dash)
    {
        if (Prefix is null) return "";
        var s = Series + " " + Number;
        if (Year is int y) s += (UsesColonYear ? ":" : dash) + y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Amendment is not null) s += "/" + Amendment;
        return s;
    }

    /// <inheritdoc />
    public override string ToString() => Canonical;

    /// <summary>Parses an id written in any of the forms met in the wild.</summary>
    /// <exception cref="FormatException">The text is not a standard number; the message says why.</exception>
    public static StandardId Parse(string text) =>
        TryParse(text, out var id, out var reason) ? id : throw new FormatException($"'{text}' is not a standard number: {reason}");

    /// <summary>Parses an id; returns false for text that is not a standard number.</summary>
    public static bool TryParse(string? text, out StandardId id) => TryParse(text, out id, out _);

    /// <summary>Parses an id; on failure <paramref name="failureReason"/> says why.</summary>
    public static bool TryParse(string? text, out StandardId id, out string failureReason)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) { failureReason = "empty text"; return false; }
        var folded = FoldForParsing(text).Trim();
        var m = ShellPattern().Match(folded);
        if (!m.Success) { failureReason = "no known prefix followed by a number"; return false; }
        var prefix = m.Groups["prefix"].Value.Replace(" ", "", StringComparison.Ordinal);
        var nature = m.Groups["nature"].Value switch
        {
            "T" => StandardNature.Recommended,
            "Z" => StandardNature.Guidance,
            _ => prefix.StartsWith("GB", StringComparison.Ordinal) ? StandardNature.Mandatory : StandardNature.Unspecified,
        };
        int? year = null;
        if (m.Groups["year"].Success)
        {
            var y = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            year = y < 100 ? (y > 30 ? 1900 + y : 2000 + y) : y;
        }
        var level = prefix switch
        {
            "GB" => StandardLevel.National,
            "ISO" or "IEC" or "ISO/IEC" => StandardLevel.International,
            _ when prefix.StartsWith("DB", StringComparison.Ordinal) && prefix.Length > 2 => StandardLevel.Local,
            _ when prefix.StartsWith("T/", StringComparison.Ordinal) => StandardLevel.Group,
            _ when prefix.StartsWith("Q/", StringComparison.Ordinal) => StandardLevel.Enterprise,
            _ => StandardLevel.Industry,
        };
        id = new StandardId(prefix, nature, m.Groups["number"].Value, year, null, level, null, null);
        failureReason = "";
        return true;
    }

    private static string FoldForParsing(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') chars[i] = (char)(c - 0xFEE0);
            else if (c == '\u3000') chars[i] = ' ';
            else if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '一') chars[i] = '-';
        }
        return new string(chars).ToUpperInvariant();
    }

    [GeneratedRegex(@"^(?<prefix>ISO/IEC|ISO|IEC|T/[A-Z]+|Q/[A-Z0-9]+|[A-Z]{1,4}\d{0,4})\s*(?:/\s*(?<nature>[TZ]))?\s*(?<number>\d+(?:\.\d+)*(?:-\d+)*?)(?:\s*[-:]\s*(?<year>\d{4}|\d{2}))?$")]
    private static partial Regex ShellPattern();

    /// <inheritdoc />
    public bool Equals(StandardId other) => string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StandardId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>Orders by series, then number (numerically part by part), then year.</summary>
    public int CompareTo(StandardId other) => string.CompareOrdinal(Canonical, other.Canonical);

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
