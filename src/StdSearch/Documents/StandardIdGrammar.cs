using System.Globalization;
using System.Text.RegularExpressions;

namespace StdSearch.Documents;

/// <summary>How a family of ids writes its edition year; decides <see cref="StandardId.Canonical"/> and <see cref="StandardId.Display"/>.</summary>
internal enum YearStyle : byte
{
    /// <summary>Chinese ids: <c>GB/T 7714-2015</c>, displayed with an em dash.</summary>
    ChineseDash,
    /// <summary>ISO, IEC, EN, BS, DIN, JIS, KS, CNS, CECS: <c>ISO 9001:2015</c>.</summary>
    Colon,
    /// <summary>ANSI, IEEE: <c>IEEE 802.3-2018</c>, an ASCII hyphen in both forms.</summary>
    Dash,
    /// <summary>ASTM: two-digit year after a hyphen, <c>ASTM D638-14</c>.</summary>
    AstmTwoDigit,
    /// <summary>ITU: edition date in parentheses, <c>ITU-T G.711 (11/1988)</c>.</summary>
    Itu,
}

/// <summary>
/// The grammar of standard ids (DOMAIN.md §1) as one regular expression over <em>folded</em> text (see
/// <see cref="Fold(string)"/>), shared by <see cref="StandardId.TryParse(string?, out StandardId, out string)"/> (anchored)
/// and <see cref="StandardIdFinder"/> (scanning), plus the checks a match must pass to become an id.
/// </summary>
internal static partial class StandardIdGrammar
{
    /// <summary>Oldest and newest year accepted as an edition year.</summary>
    public const int MinYear = 1900, MaxYear = 2099;

    /// <summary>Range a year must fall in when it is inferred rather than marked (a lost dash, an ISO hyphen year).</summary>
    private const int MinInferredYear = 1950, MaxInferredYear = 2035;

    // Up to two spaces where print and extraction put them ("JT / T 808—2011", "GB/T  7714").
    private const string S = " {0,2}";

    private const string Year = @"(?<year>\d{4}|\d{2})(?!\d)";
    private const string Year4 = @"(?<year>\d{4})(?!\d)";

    // National + industry: GB/T 7714-2015, GBT7714, GB T 7714, JTG D60-2015, GB 2760-2014/XG1-2020.
    private const string Chinese =
        "(?<cn>(?<pfx>" + IssuerCodes.NationalAlternation + "|" + IssuerCodes.IndustryAlternation + "))" +
        "(?:" + S + "/" + S + "(?<nat>[TZ])|(?<nat>T)| (?<nat>[TZ])(?= ?\\d))?" + S +
        @"(?<num>[A-Z]?\d+(?:\.\d+)*)" +
        "(?:" + S + "(?:-{1,2}|:)" + S + Year + ")?" + ChineseAmendment;

    // Local: DB11/T 1234-2019, DB11/ 1234-2019 (bare slash = mandatory), DB3502/T, DBS22/ 003-2014.
    private const string Local =
        @"(?<loc>DBS?) ?(?<rc>\d{4}|\d{2})" +
        "(?:" + S + "(?<slash>/)" + S + "(?<nat>[TZ])?" + S + "|(?<nat>[TZ])" + S + "| {1,2})" +
        @"(?<num>\d+(?:\.\d+)*)" +
        "(?:" + S + "(?:-{1,2}|:)" + S + Year + ")?" + ChineseAmendment;

    // Group T/CAS 115-2005, T/JSATL12-2017; enterprise Q/GDW 1168-2013.
    private const string GroupOrEnterprise =
        "(?:(?<grp>T)" + S + "/" + S + "(?<body>[A-Z]{2,})|(?<ent>Q)" + S + "/" + S + @"(?<body>[A-Z]+|(?>\d+)(?: ?[A-Z]+)?))" + S +
        @"(?<num>\d+(?:\.\d+)*)" +
        "(?:" + S + "(?:-{1,2}|:)" + S + Year + ")?" + ChineseAmendment;

    // Group or enterprise ids typed without their slash (TJSATL12-2017, QGDW1168-2013), as users type them into a search
    // box: dated only, and tried after every national and industry code (TB10621-2014 is railway, QC29106-2014 automotive).
    private const string SlashlessGroupOrEnterprise =
        "(?:(?<grp>T)|(?<ent>Q))(?<body>[A-Z]{2,8})" + S + @"(?<num>\d+(?:\.\d+)*)" + S + "-{1,2}" + S + @"(?<year>(?:19|20)\d\d)(?!\d)";

    private const string ChineseAmendment = "(?:" + S + "/?" + S + @"XG" + S + @"(?<xg>\d{1,2})(?:" + S + "-{1,2}" + S + @"(?<xgy>\d{4})(?!\d))?)?";

    // CECS 102:2002 (older association standards).
    private const string Cecs = "(?<cecs>CECS)" + S + @"(?<num>\d+)(?:" + S + "[:-]" + S + Year + ")?";

    // ISO, IEC, ISO/IEC with document types and stages; amendments and corrigenda, EN "+A11" too.
    private const string IntlAmendments =
        "(?:" + S + "(?<asep>[/+])" + S + @"(?<ak>AMD|COR|A)\.?" + S + @"(?<an>\d{1,3})(?:" + S + ":" + S + @"(?<ay>\d{4})(?!\d))?)*(?: (?:CSV|RLV)\b)?";

    private const string Iso =
        "(?<iso>ISO/IEC/IEEE|ISO/IEC|ISO|IEC)(?:" + S + "[/ ]" + S + "(?<type>TS|TR|PAS|GUIDE|FDIS|DIS))?" + S +
        @"(?<num>\d+(?:-\d+)*)(?:" + S + ":" + S + Year4 + @")?(?:\((?:E|F|R|EN)\))?" + IntlAmendments;

    // ITU-T G.711 (11/1988), ITU-T Y.4000/Y.2060, ITU-R BT.709-6; Chinese references write "ITU-T Rec. G.711—1988" and
    // "ITU-T Recommendation X.25:1996" (a revision suffix is never a year: ITU-R BT.709-6, but G.711-1988 is dated).
    private const string Itu =
        "(?<itu>ITU-[TR])(?: ?(?:RECOMMENDATION|REC)\\.?)?" + S +
        @"(?<num>[A-Z]{1,3}\.\d+(?:\.\d+)*(?:-(?!(?:19|20)\d\d(?!\d))\d+)?(?:/[A-Z]{1,3}\.\d+(?:\.\d+)*)?)" +
        "(?:" + S + @"\((?:(?<month>\d{1,2})/)?" + Year4 + @"\)|" + S + "(?:-{1,2}|:)" + S + Year4 + ")?";

    // IETF RFC 3550, RFC 894, IETF RFC 2326—1998 (Chinese reference lists date RFCs like standards).
    private const string Rfc = "(?<rfc>(?:IETF ?)?RFC)" + S + @"(?<num>\d{1,5})(?!\d)(?:" + S + "-{1,2}" + S + Year4 + ")?";

    // EN, BS EN ISO, DIN EN ISO 9001:2015-11, BS 7671:2018.
    private const string European =
        "(?<eu>(?:(?:BS|DIN|NF|UNE|NEN|SS|PN|CSN|UNI) )?EN(?: ISO/IEC| ISO| IEC)?|(?:BS|DIN)(?: ISO/IEC| ISO| IEC)?)" + S +
        @"(?<num>\d+(?:-\d+)*)(?:" + S + ":" + S + Year4 + @"(?:-(?<month>\d{2})(?!\d))?)?" + IntlAmendments;

    // ASTM D638-14, ASTM A36/A36M-19, ASTM D1234-10(2018), ASTM C150/C150M-22a.
    private const string Astm =
        "(?<astm>ASTM)" + S + @"(?<num>[A-Z] ?\d+(?:\.\d+)?M?(?:/[A-Z]\d+(?:\.\d+)?M)?)" +
        @"(?:-(?<year>\d{4}|\d{2})(?!\d)(?<ed>E\d|[A-C](?![A-Z]))?(?:\((?<reap>\d{4})\))?)?";

    // ANSI/ASHRAE/IES 90.1-2019, IEEE Std 802.3-2018.
    private const string AnsiIeee =
        "(?<ansi>ANSI(?:/[A-Z]+)*|IEEE)(?: STD)?" + S + @"(?<num>[A-Z]?\d+(?:\.\d+)*)(?:[-:]" + Year4 + ")?";

    // JIS Z 8301:2019, KS C IEC 60335-1, CNS 15408-1:2008.
    private const string Asian =
        "(?:(?<jis>JIS)|(?<ks>KS))" + S + "(?<cls>[A-Z])" + S + "(?<adopt>(?:ISO/IEC|ISO|IEC) )?" +
        @"(?<num>\d+(?:-\d+)*)(?:" + S + ":" + S + Year4 + ")?" +
        "|(?<cns>CNS)" + S + @"(?<num>\d+(?:-\d+)*)(?:" + S + ":" + S + Year4 + ")?";

    private const string Body =
        Local + "|" + GroupOrEnterprise + "|" + Cecs + "|" + Iso + "|" + Itu + "|" + Rfc + "|" + European + "|" + Astm + "|" +
        AnsiIeee + "|" + Asian + "|" + Chinese + "|" + SlashlessGroupOrEnterprise;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The whole (folded, trimmed) text is one id.</summary>
    [GeneratedRegex("^(?:" + Body + ")$", Options)]
    public static partial Regex Whole();

    /// <summary>An id at the start of the (folded) text, followed by anything: for failure reasons.</summary>
    [GeneratedRegex("^(?:" + Body + ")", Options)]
    private static partial Regex Leading();

    /// <summary>Just a known prefix at the start: for failure reasons.</summary>
    [GeneratedRegex(@"^(?:DBS?(?: ?\d{2,4})?|T/|Q/|CECS|ISO/IEC|ISO|IEC|ITU-[TR]|(?:IETF ?)?RFC|(?:BS |DIN )?EN|BS|DIN|ASTM|ANSI|IEEE|JIS|KS|CNS|" +
        IssuerCodes.NationalAlternation + "|" + IssuerCodes.IndustryAlternation + ")(?:" + S + "/" + S + "[TZ]?)?", Options)]
    private static partial Regex PrefixOnly();

    /// <summary>An id starting exactly at the position given to <see cref="Regex.Match(string, int)"/> (the finder picks the positions).</summary>
    [GeneratedRegex(@"\G(?:" + Body + ")", Options)]
    public static partial Regex AtPosition();

    /// <summary>
    /// Folds one character for matching, keeping the length (so offsets stay valid): full-width forms to ASCII,
    /// every dash (and the CJK 一 OCR confuses with one) to '-', every space to ' ', ASCII letters to upper case.
    /// </summary>
    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
        if (c is >= 'a' and <= 'z') return (char)(c - 32);
        if (c < 0x80) return c == '\t' ? ' ' : c;
        return c switch
        {
            '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' => ' ',
            (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' or '\u2500' or '\u2501' or '\u30FC' or '一' => '-',
            _ => c,
        };
    }

    /// <summary>Folds a whole string, keeping its length.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++) span[i] = Fold(t[i]);
    });

    /// <summary>How strictly a grammar match is turned into an id.</summary>
    public enum Mode
    {
        /// <summary>A whole string given to Parse: lenient (any case, a lost dash before the year).</summary>
        Parse,
        /// <summary>A match in running text: stricter, to keep false positives out.</summary>
        Find,
    }

    /// <summary>Parses folded, trimmed text; the reasons are the ones <see cref="StandardId.TryParse(string?, out StandardId, out string)"/> reports.</summary>
    public static bool TryParseFolded(string folded, out StandardId id, out string failureReason)
    {
        id = default;
        var m = Whole().Match(folded);
        if (m.Success) return TryBuild(m, Mode.Parse, out id, out failureReason);

        var lead = Leading().Match(folded);
        if (lead.Success && lead.Length > 0)
        {
            var rest = folded[lead.Length..].TrimStart();
            failureReason = StandardIdFinder.FindAll(rest).Count > 0
                ? $"more than one id (an adoption double number or a list); use StandardIdFinder.FindAll: '{folded}'"
                : $"unexpected text '{rest}' after '{lead.Value}'";
            return false;
        }
        var prefix = PrefixOnly().Match(folded);
        if (prefix.Success)
        {
            failureReason = prefix.Length == folded.Length
                ? $"'{folded}' is a prefix without a number"
                : $"'{prefix.Value.Trim()}' is not followed by a well-formed number: '{folded}'";
            return false;
        }
        failureReason = "does not start with a known prefix (GB, GB/T, an industry code, DBnn, T/, Q/, ISO, IEC, EN, ASTM, JIS, …)";
        return false;
    }

    /// <summary>Turns a match of <see cref="Whole"/> or <see cref="AtPosition"/> into an id, applying the checks the regex cannot.</summary>
    public static bool TryBuild(Match m, Mode mode, out StandardId id, out string failureReason)
    {
        id = default;
        var g = m.Groups;
        var num = g["num"].Value;
        var nature = g["nat"].Value switch
        {
            "T" => StandardNature.Recommended,
            "Z" => StandardNature.Guidance,
            _ => StandardNature.Unspecified,
        };
        int? year = null;
        if (g["year"].Success && !TryExpandYear(g["year"].ValueSpan, out year, out failureReason)) return false;

        string prefix;
        StandardLevel level;
        string? region = null, sector = null, amendment = null;
        int? month = null;
        var style = YearStyle.Colon;

        if (g["cn"].Success || g["loc"].Success)
        {
            style = YearStyle.ChineseDash;
            if (g["cn"].Success)
            {
                prefix = g["pfx"].Value;
                if (IssuerCodes.National.Contains(prefix))
                {
                    level = StandardLevel.National;
                    if (nature == StandardNature.Unspecified && prefix is "GB" or "GBZ" or "GBJ") nature = StandardNature.Mandatory;
                }
                else
                {
                    level = StandardLevel.Industry;
                    sector = IssuerCodes.IndustrySectors[prefix];
                    if (prefix == "DB" && nature == StandardNature.Unspecified)
                        return Fail("DB without a region code is the seismology series and needs /T (DB/T); local standards are DBnn/T", out failureReason);
                }
                if (char.IsAsciiLetter(num[0]) && prefix is not ("JTG" or "ZB"))
                    return Fail($"a letter before the number is only used by JTG (highway engineering): '{num}'", out failureReason);
            }
            else
            {
                var rc = g["rc"].Value;
                prefix = g["loc"].Value + rc;
                level = StandardLevel.Local;
                region = IssuerCodes.RegionOf(rc);
                if (region is null) return Fail($"'{rc}' is not a province code of GB/T 2260 (DB11 北京 … DB65 新疆)", out failureReason);
                if (nature == StandardNature.Unspecified) nature = StandardNature.Mandatory;
            }
            if (!year.HasValue && mode == Mode.Parse && TrySplitLostDash(num, out var glued, out var gluedYear))
            {
                num = glued;
                year = gluedYear;
            }
            if (num.Length > 5 && !num.Contains('.', StringComparison.Ordinal))
                return Fail($"'{num}' is longer than any Chinese standard number (a year glued to the number?)", out failureReason);
            if (mode == Mode.Find && level == StandardLevel.Industry && nature == StandardNature.Unspecified && !year.HasValue && num.Length < 3)
                return Fail("a bare industry code with a short number and no year is too likely an ordinary word", out failureReason);
            if (g["xg"].Success)
            {
                amendment = "XG" + int.Parse(g["xg"].ValueSpan, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                if (g["xgy"].Success) amendment += "-" + g["xgy"].Value;
            }
        }
        else if (g["grp"].Success || g["ent"].Success)
        {
            style = YearStyle.ChineseDash;
            prefix = (g["grp"].Success ? "T/" : "Q/") + g["body"].Value.Replace(" ", "", StringComparison.Ordinal);
            level = g["grp"].Success ? StandardLevel.Group : StandardLevel.Enterprise;
            if (g["xg"].Success)
            {
                amendment = "XG" + int.Parse(g["xg"].ValueSpan, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                if (g["xgy"].Success) amendment += "-" + g["xgy"].Value;
            }
        }
        else if (g["cecs"].Success)
        {
            prefix = "CECS";
            level = StandardLevel.Group;
        }
        else if (g["iso"].Success)
        {
            var org = g["iso"].Value;
            level = StandardLevel.International;
            var type = g["type"].Success ? g["type"].Value : null;
            prefix = type switch
            {
                null => org,
                "GUIDE" => org + " Guide",
                _ when org == "ISO" => "ISO/" + type,
                _ => org + " " + type,
            };
            if (!year.HasValue && TrySplitHyphenYear(num, out var withoutYear, out var hyphenYear))
            {
                num = withoutYear;
                year = hyphenYear;
            }
            // IEC renumbered its publications by adding 60000 in 1997: IEC 335-1 is IEC 60335-1.
            var firstLength = num.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? dash : num.Length;
            if (org == "IEC" && type is null or "TS" or "TR" && firstLength <= 4)
            {
                var first = int.Parse(num.AsSpan(0, firstLength), CultureInfo.InvariantCulture);
                num = (first + 60000).ToString(CultureInfo.InvariantCulture) + num[firstLength..];
            }
            amendment = InternationalAmendments(g, eu: false);
        }
        else if (g["eu"].Success)
        {
            prefix = g["eu"].Value;
            level = StandardLevel.Foreign;
            if (mode == Mode.Find && !year.HasValue && num.Length < 3)
                return Fail("an EN/BS/DIN prefix with a short number and no year is too likely ordinary text", out failureReason);
            if (g["month"].Success) month = int.Parse(g["month"].ValueSpan, CultureInfo.InvariantCulture);
            amendment = InternationalAmendments(g, eu: true);
        }
        else if (g["itu"].Success)
        {
            prefix = g["itu"].Value;
            level = StandardLevel.International;
            style = YearStyle.Itu;
            if (g["month"].Success) month = int.Parse(g["month"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (g["rfc"].Success)
        {
            prefix = "IETF RFC";
            level = StandardLevel.International;
            style = YearStyle.Dash;
        }
        else if (g["astm"].Success)
        {
            prefix = "ASTM";
            level = StandardLevel.Foreign;
            style = YearStyle.AstmTwoDigit;
            num = num.Replace(" ", "", StringComparison.Ordinal);
            if (g["ed"].Success || g["reap"].Success)
                amendment = g["ed"].Value.ToLowerInvariant() + (g["reap"].Success ? "(" + g["reap"].Value + ")" : "");
        }
        else if (g["ansi"].Success)
        {
            prefix = g["ansi"].Value;
            level = StandardLevel.Foreign;
            style = YearStyle.Dash;
        }
        else if (g["jis"].Success || g["ks"].Success)
        {
            prefix = g["jis"].Success ? "JIS" : "KS";
            level = StandardLevel.Foreign;
            num = g["cls"].Value + " " + (g["adopt"].Success ? g["adopt"].Value : "") + num;
        }
        else if (g["cns"].Success)
        {
            prefix = "CNS";
            level = StandardLevel.Foreign;
        }
        else
        {
            return Fail("no known prefix", out failureReason);
        }

        if (g["month"].Success && month is not (>= 1 and <= 12))
            return Fail($"month {g["month"].Value} is not 1–12", out failureReason);

        id = new StandardId(prefix, nature, num, year, month, amendment, level, region, sector, style);
        failureReason = "";
        return true;
    }

    private static string? InternationalAmendments(GroupCollection groups, bool eu)
    {
        var seps = groups["asep"].Captures;
        if (seps.Count == 0) return null;
        var kinds = groups["ak"].Captures;
        var numbers = groups["an"].Captures;
        var years = groups["ay"].Captures;
        var sb = new System.Text.StringBuilder();
        var yearIndex = 0;
        for (var i = 0; i < seps.Count; i++)
        {
            var consolidated = seps[i].Value == "+";
            if (i > 0 || consolidated) sb.Append(seps[i].Value);
            var n = int.Parse(numbers[i].ValueSpan, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            sb.Append((kinds[i].Value, consolidated, eu) switch
            {
                ("COR", _, _) => "Cor " + n,
                ("A", _, _) => "A" + n,
                ("AMD", true, false) => "AMD" + n,
                _ => "Amd " + n,
            });
            // A year capture belongs to this amendment when it sits before the next separator.
            var next = i + 1 < seps.Count ? seps[i + 1].Index : int.MaxValue;
            if (yearIndex < years.Count && years[yearIndex].Index > numbers[i].Index && years[yearIndex].Index < next)
                sb.Append(':').Append(years[yearIndex++].Value);
        }
        return sb.ToString();
    }

    /// <summary>Expands a two-digit year (≤ 35 → 20yy, else 19yy) and checks the range.</summary>
    private static bool TryExpandYear(ReadOnlySpan<char> digits, out int? year, out string failureReason)
    {
        var y = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 2) y += y <= 35 ? 2000 : 1900;
        year = y;
        if (y is < MinYear or > MaxYear)
        {
            failureReason = $"year {y} is outside {MinYear}–{MaxYear}";
            return false;
        }
        failureReason = "";
        return true;
    }

    /// <summary>
    /// <c>DL/T6671999</c>: the dash before the year was lost. Accepted only when the number would otherwise be
    /// longer than any real Chinese number (six digits or more), the last four digits are a plausible year and at
    /// least two digits remain.
    /// </summary>
    private static bool TrySplitLostDash(string num, out string number, out int year)
    {
        number = num;
        year = 0;
        if (num.Length < 6 || !num.All(char.IsAsciiDigit)) return false;
        year = int.Parse(num.AsSpan(num.Length - 4), CultureInfo.InvariantCulture);
        if (year is < MinInferredYear or > MaxInferredYear) return false;
        number = num[..^4];
        return true;
    }

    /// <summary><c>ISO 8-1977</c>: an old hyphenated year, told from a part number by being a plausible four-digit year.</summary>
    private static bool TrySplitHyphenYear(string num, out string number, out int year)
    {
        number = num;
        year = 0;
        var dash = num.LastIndexOf('-');
        if (dash < 0 || num.Length - dash - 1 != 4) return false;
        year = int.Parse(num.AsSpan(dash + 1), CultureInfo.InvariantCulture);
        if (year is < MinInferredYear or > MaxInferredYear) return false;
        number = num[..dash];
        return true;
    }

    private static bool Fail(string reason, out string failureReason)
    {
        failureReason = reason;
        return false;
    }
}
