using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>What the cover of a standard states.</summary>
internal sealed record CoverInfo
{
    public StandardId Id { get; init; }
    public string DocumentType { get; init; } = "";
    public string Title { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public List<string> Ics { get; init; } = [];
    public List<string> Ccs { get; init; } = [];
    public DateOnly? Issued { get; init; }
    public DateOnly? Effective { get; init; }
    public List<string> Issuers { get; init; } = [];
    public List<StandardId> Replaces { get; init; } = [];
    public Adoption? Adoption { get; init; }
    public string DraftStage { get; init; } = "";
}

/// <summary>
/// Reads the cover block (the lines before the 目次, 前言 or first chapter): classification codes, kind of document,
/// number, 代替, Chinese and English titles, adoption, draft stage, dates and issuers. Pure.
/// </summary>
internal static partial class CoverParser
{
    /// <summary>Parses the cover lines.</summary>
    public static CoverInfo Parse(IReadOnlyList<SourceLine> cover)
    {
        var ics = new List<string>();
        var ccs = new List<string>();
        var replaces = new List<StandardId>();
        var docType = "";
        var draft = "";
        Adoption? adoption = null;
        StandardId id = default;
        var idLine = -1;
        var docTypeLine = -1;
        // An ISO cover ends with "Reference number" and the dated id under it: the title is above, never below.
        var referenceLine = -1;

        for (var i = 0; i < cover.Count; i++)
        {
            var compact = cover[i].Compact;
            var key = cover[i].Key;
            var text = cover[i].Text;
            if (key.StartsWith("ics", StringComparison.Ordinal))
            {
                foreach (Match m in IcsCode().Matches(text)) AddDistinct(ics, Regex.Replace(m.Value, @"[\s.]+", "."));
                var rest = CcsAfterIcs().Match(compact);
                if (rest.Success) AddDistinct(ccs, FormatCcs(rest.Groups["c"].Value));
                continue;
            }
            if (key.StartsWith("ccs", StringComparison.Ordinal) || key.StartsWith("udc", StringComparison.Ordinal)
                || (i < 8 && BareCcs().IsMatch(compact)))
            {
                var m = CcsCode().Match(compact.StartsWith("UDC", StringComparison.OrdinalIgnoreCase) || compact.StartsWith("CCS", StringComparison.OrdinalIgnoreCase) ? compact[3..] : compact);
                if (m.Success) AddDistinct(ccs, FormatCcs(m.Groups["c"].Value));
                continue;
            }
            if (referenceLine < 0 && key.StartsWith("referencenumber", StringComparison.Ordinal)) referenceLine = i;
            if (key.StartsWith("备案号", StringComparison.Ordinal) || IsCnsFurniture(key)) continue;
            if (docType.Length == 0 && DocumentType().IsMatch(key)) { docType = compact; docTypeLine = i; continue; }
            var stage = DraftStage().Match(key);
            if (stage.Success && draft.Length == 0) draft = stage.Value;

            var adoptionHere = ParseCoverAdoption(text);
            if (adoptionHere is not null) { adoption ??= adoptionHere; continue; }

            var matches = StandardIdFinder.FindAll(text);
            var replaceAt = text.IndexOf("代替", StringComparison.Ordinal);
            foreach (var match in matches)
            {
                if (replaceAt >= 0 && match.Start > replaceAt) AddDistinct(replaces, match.Id);
                else if (id.IsEmpty && (docType.Length == 0 || match.Id.Level is not (StandardLevel.International or StandardLevel.Foreign) || match.Id.Prefix == "CNS"))
                {
                    id = match.Id;
                    // The reference number's id (its number split over two lines at the top) is no anchor for the title.
                    if (referenceLine < 0 || i > referenceLine + 1) idLine = i;
                }
                else if (!id.IsDated && match.Id.IsDated && match.Id.Undated == id) id = match.Id;   // ISO 29875 … Reference number ISO 29875:2019(E)
                else if (i == idLine && match.Id.Level == StandardLevel.International && adoption is null)
                    adoption = new Adoption(AdoptionDegree.Identical, match.Id);   // double number GB/T x—y/ISO z:w
            }
        }

        var (title, titleEn) = FindTitles(referenceLine >= 0 ? cover.Take(referenceLine).ToList() : cover, Math.Max(idLine, docTypeLine));
        var (issued, effective) = FindDates(cover);
        var issuers = FindIssuers(cover);
        return new CoverInfo
        {
            Id = id, DocumentType = docType, Title = title, TitleEn = titleEn, Ics = ics, Ccs = ccs, Issued = issued,
            Effective = effective, Issuers = issuers, Replaces = replaces, Adoption = adoption, DraftStage = draft,
        };
    }

    /// <summary>The draft stage named in a line (征求意见稿, 送审稿, 报批稿), or empty.</summary>
    public static string DraftStageIn(string compact) => DraftStage().Match(compact) is { Success: true } m ? m.Value : "";

    /// <summary>
    /// Dates on lines: each date takes the 发布/批准/公布/实施 word written right after (or before) it (matched on the
    /// folded text, so 發布/實施 count too); an ISO edition date (<c>First edition</c> / <c>2019-07-15</c>) is the issue date.
    /// </summary>
    public static (DateOnly? Issued, DateOnly? Effective) FindDates(IReadOnlyList<SourceLine> lines)
    {
        DateOnly? issued = null, effective = null;
        var unlabeled = new List<DateOnly>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var following = i + 1 < lines.Count ? lines[i + 1].Key : "";
            var preceding = i > 0 ? lines[i - 1].Key : "";
            foreach (var (date, index, length) in TextTools.FindDates(text).OrderBy(d => d.Index))
            {
                var after = TextTools.Fold(TextTools.Compact(text[(index + length)..]));
                if (after.Length == 0) after = following;
                var before = TextTools.Fold(TextTools.Compact(text[..index]));
                if (before.Length == 0 && preceding.EndsWith("edition", StringComparison.Ordinal)) before = preceding;
                if (IssueLabelAfter().IsMatch(after)) issued ??= date;
                else if (after.StartsWith("实施", StringComparison.Ordinal)) effective ??= date;
                else if (IssueLabelBefore().IsMatch(before)) issued ??= date;
                else if (before.EndsWith("实施日期", StringComparison.Ordinal) || before.EndsWith("实施", StringComparison.Ordinal)) effective ??= date;
                else unlabeled.Add(date);
            }
        }
        if (issued is null && effective is null && unlabeled.Count >= 2) return (unlabeled[0], unlabeled[1]);
        if (issued is null && effective is null && unlabeled.Count == 1) return (unlabeled[0], null);
        return (issued, effective);
    }

    /// <summary>The bodies on the issuer line (<c>国家市场监督管理总局 国家标准化管理委员会 发布</c>).</summary>
    public static List<string> FindIssuers(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            var compact = line.Key;
            string text;
            if (compact.EndsWith("发布", StringComparison.Ordinal) && !compact.Any(char.IsAsciiDigit) && compact.Length > 4)
                text = IssueWord().Replace(line.Text, "");
            else if (compact.Contains("批准", StringComparison.Ordinal) && TextTools.FindDates(line.Text).FirstOrDefault() is { Length: > 0 } d)
                text = line.Text[..d.Index];
            else continue;
            var tokens = text.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0) continue;
            if (tokens.All(t => t.Length == 1)) { result.Add(string.Concat(tokens)); break; }
            foreach (var t in tokens)
            {
                if (t.Length == 1 && result.Count > 0) result[^1] += t;
                else result.Add(t);
            }
            break;
        }
        return result.Where(r => r.Length > 1 && TextTools.HasIdeograph(r)).ToList();
    }

    private static (string Title, string TitleEn) FindTitles(IReadOnlyList<SourceLine> cover, int anchor)
    {
        // Preferred: the CJK title lines directly above the first English title line (after the number, else anywhere).
        var en = -1;
        for (var i = Math.Max(anchor + 1, 0); i < cover.Count && en < 0; i++)
            if (IsLatinTitleLine(cover[i])) en = i;
        for (var i = 0; i < cover.Count && en < 0; i++)
            if (IsLatinTitleLine(cover[i])) en = i;
        var zh = new List<string>();
        for (var k = en - 1; k >= 0 && IsChineseTitleLine(cover[k]); k--) zh.Insert(0, TextTools.RemoveLetterSpacing(cover[k].Text));
        if (zh.Count == 0)
        {
            var k = anchor + 1;
            while (k < cover.Count && k >= 0 && !IsChineseTitleLine(cover[k]) && k <= anchor + 3 && !IsLatinTitleLine(cover[k])) k++;
            for (; k >= 0 && k < cover.Count && IsChineseTitleLine(cover[k]); k++) zh.Add(TextTools.RemoveLetterSpacing(cover[k].Text));
            if (en < 0 && k >= 0 && k < cover.Count && IsLatinTitleLine(cover[k])) en = k;
        }
        var english = "";
        for (var k = en; k >= 0 && k < cover.Count && (k == en ? IsLatinTitleLine(cover[k]) : IsLatinContinuation(cover[k])); k++)
        {
            var line = TextTools.CollapseSpaces(cover[k].Text);
            // A dash printed with a space before it takes one after it too (ISO: "objects —" / "Part 12"); GB and industry
            // covers print it tight ("platform—" / "Data exchange protocol").
            english = english.EndsWith(" —", StringComparison.Ordinal) ? english + " " + line : JoinTitle(english, line, " ");
        }
        var chinese = "";
        foreach (var z in zh.Where(z => z.Length > 0)) chinese = JoinTitle(chinese, z, " ");
        return (chinese, english);
    }

    private static string JoinTitle(string left, string right, string separator)
    {
        if (left.Length == 0) return right;
        if (left.EndsWith('—') || left.EndsWith('-') || left.EndsWith('（') || right.StartsWith('—') || right.StartsWith('（') || right.StartsWith('）')) return left + right;
        return left + separator + right;
    }

    private static bool IsLatinContinuation(SourceLine line)
    {
        var t = line.Text.Trim();
        return TextTools.LatinShare(t) >= 0.9 && !HasAccentedLetter(t) && !IsFrench(t) && t.Any(char.IsAsciiLetterLower) && !t.EndsWith('.') && !t.Contains(". ", StringComparison.Ordinal) && ParseCoverAdoption(t) is null
            && StandardIdFinder.FindAll(t).Count == 0 && !line.Key.StartsWith("ics", StringComparison.Ordinal) && !IsoCoverFurniture().IsMatch(line.Key);
    }

    private static bool IsChineseTitleLine(SourceLine line)
    {
        var c = line.Key;
        if (c.Length == 0 || c.Length > 80 || !TextTools.HasIdeograph(c)) return false;
        if (c.Contains('。') || c.Contains("代替", StringComparison.Ordinal) || c.StartsWith("ics", StringComparison.Ordinal)) return false;
        if (DocumentType().IsMatch(c) || DraftStage().IsMatch(c) || c.StartsWith("备案号", StringComparison.Ordinal) || IsCnsFurniture(c)) return false;
        if (c.EndsWith("发布", StringComparison.Ordinal) || c.EndsWith("实施", StringComparison.Ordinal) || c.EndsWith("公布", StringComparison.Ordinal)
            || TextTools.FindDates(line.Compact).Any()) return false;
        if (TableOfContentsDetector.IsTitle(c) || c is "前言" or "引言") return false;
        if (StandardIdFinder.FindAll(line.Text).Count > 0 && ParseCoverAdoption(line.Text) is not null) return false;
        return true;
    }

    private static bool IsLatinTitleLine(SourceLine line)
    {
        var t = line.Text.Trim();
        if (!t.Any(char.IsAsciiLetterLower) || HasAccentedLetter(t) || IsoCoverFurniture().IsMatch(line.Key) || t.Length > 200 || t.EndsWith('.') || t.Contains(". ", StringComparison.Ordinal) || TextTools.LatinShare(t) < 0.9 || t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsAsciiLetter) >= 3) < 2) return false;
        if (line.Key.StartsWith("ics", StringComparison.Ordinal) || line.Key.StartsWith("udc", StringComparison.Ordinal)) return false;
        if (ParseCoverAdoption(t) is not null) return false;
        var ids = StandardIdFinder.FindAll(t);
        return ids.Sum(m => m.Length) < t.Length / 2;
    }

    /// <summary>An adoption line: <c>（ISO 9001:2015，IDT）</c>, <c>idt IEC 60870-5-103:1997</c>, <c>eqv ISO 8-1977</c>.</summary>
    public static Adoption? ParseCoverAdoption(string text)
    {
        var m = AdoptionLine().Match(text.Trim());
        if (!m.Success) return null;
        var ids = StandardIdFinder.FindAll(text);
        if (ids.Count == 0) return null;
        var degree = AdoptionDegreeCodes.FromCode(m.Groups["d"].Value);
        var source = ids.FirstOrDefault(x => x.Id.Level is StandardLevel.International or StandardLevel.Foreign);
        return new Adoption(degree, source.Length > 0 ? source.Id : ids[0].Id);
    }

    /// <summary>CNS cover furniture: the 總號 (serial) and 類號 (class) line is not title text.</summary>
    private static bool IsCnsFurniture(string key) => key.StartsWith("总号", StringComparison.Ordinal) || key.StartsWith("类号", StringComparison.Ordinal);

    /// <summary>A line of French without accents (<c>Technologies de l'information — Codage des objets audiovisuels —</c>):
    /// an elided article or two French function words. The French title follows the English one on an ISO cover.</summary>
    private static bool IsFrench(string text) => FrenchElision().IsMatch(text) || FrenchWord().Matches(text).Count >= 2;

    [GeneratedRegex(@"\b[ldLD]['’]\p{L}")]
    private static partial Regex FrenchElision();

    [GeneratedRegex(@"\b(?:de|des|du|la|le|les|pour|et|aux|sur|dans)\b")]
    private static partial Regex FrenchWord();

    /// <summary>A French (or other accented Latin) line: the second title of an ISO cover, never the English one.</summary>
    private static bool HasAccentedLetter(string text) => text.Any(c => c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    private static string FormatCcs(string code) => code.Length >= 3 ? code[0] + " " + code[1..] : code;

    private static void AddDistinct<T>(List<T> list, T value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    [GeneratedRegex(@"(?<!\d)\d{2}\s*[.\s]\s*\d{3}(?:\s*[.\s]\s*\d{2})?(?!\d)")]
    private static partial Regex IcsCode();

    [GeneratedRegex(@"(?<![A-Za-z])(?<c>[A-HJ-NP-Z]\d{2}(?:/\d{2})?)$")]
    private static partial Regex CcsAfterIcs();

    [GeneratedRegex(@"(?<![A-Za-z])(?<c>[A-HJ-NP-Z]\d{2}(?:/\d{2})?)(?!\d)")]
    private static partial Regex CcsCode();

    [GeneratedRegex(@"^[A-HJ-NP-Z]\d{2}(?:/\d{2})?$")]
    private static partial Regex BareCcs();

    [GeneratedRegex(@"^(?:中华(?:人民共和国|民国)[\u4e00-\u9fff]{0,14}(?:标准|技术文件)|[\u4e00-\u9fff]{1,16}(?:行业标准|地方标准|团体标准|企业标准)|团体标准|国家标准|企业标准)$")]
    private static partial Regex DocumentType();

    [GeneratedRegex(@"征求意见稿|送审稿|报批稿")]
    private static partial Regex DraftStage();

    [GeneratedRegex(@"^(?:[（(].*[，,]\s*(?<d>IDT|MOD|NEQ|EQV|idt|mod|neq|eqv)\s*[)）]|[（(]\s*(?<d>idt|eqv|neq|IDT|MOD|NEQ|EQV)\s+[^)）]+[)）]|(?<d>idt|eqv|neq|IDT|MOD|NEQ|EQV)\s+\S.*)$")]
    private static partial Regex AdoptionLine();

    [GeneratedRegex(@"[发發]\s*布\s*$")]
    private static partial Regex IssueWord();

    [GeneratedRegex(@"^(?:发布|批准|公布|制定公布|修订公布)")]
    private static partial Regex IssueLabelAfter();

    [GeneratedRegex(@"(?:发布日期|发布|公布|edition)$")]
    private static partial Regex IssueLabelBefore();

    /// <summary>ISO cover lines that are not the title (matched on the folded key: lower case, no spaces).</summary>
    [GeneratedRegex(@"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)edition|referencenumber|correctedversion|©|copyright|(?:internationalstandard|technicalspecification|technicalreport|publiclyavailablespecification)$)")]
    private static partial Regex IsoCoverFurniture();
}
