using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>What a foreword (or a 1990s 附加说明) states.</summary>
internal sealed record ForewordInfo
{
    public List<StandardId> Replaces { get; init; } = [];
    public Adoption? Adoption { get; init; }
    public string ProposedBy { get; init; } = "";
    public string Committee { get; init; } = "";
    public List<string> Drafters { get; init; } = [];
    public List<TechnicalChange> Changes { get; init; } = [];
}

/// <summary>
/// Reads the foreword's sentences: 代替, adoption (等同采用/修改采用/非等效/等效采用, method and source title), 提出, 归口,
/// 起草单位, and the list of technical changes with its clause references. Pure.
/// </summary>
internal static partial class ForewordParser
{
    /// <summary>Parses the paragraphs (each element's text, in order) of a foreword.</summary>
    public static ForewordInfo Parse(IReadOnlyList<(ClauseKind Kind, string Number, string Text)> items)
    {
        var replaces = new List<StandardId>();
        Adoption? adoption = null;
        string proposed = "", committee = "";
        var drafters = new List<string>();
        var changes = new List<TechnicalChange>();
        var inChanges = false;

        foreach (var (kind, number, rawText) in items)
        {
            var text = rawText.Trim();
            if (kind == ClauseKind.ListItem && number == "——" && inChanges)
            {
                changes.Add(ParseChange(text));
                continue;
            }
            inChanges = ChangesLead().IsMatch(text) || inChanges && kind == ClauseKind.ListItem;
            if (inChanges && ChangesLead().Match(text) is { Success: true } lead)
            {
                // Items run on in the same paragraph when the reader did not split them.
                foreach (var part in text[(lead.Index + lead.Length)..].Split("——", StringSplitOptions.RemoveEmptyEntries))
                    if (part.Trim().Length > 2) changes.Add(ParseChange(part));
            }

            foreach (var sentence in Sentences(text))
            {
                if (SelfReplaces().Match(sentence) is { Success: true } rm)
                {
                    var span = sentence[(rm.Index + rm.Length)..];
                    var stop = ReplaceSpanEnd().Match(span);
                    if (stop.Success) span = span[..stop.Index];
                    foreach (var m in StandardIdFinder.FindAll(span))
                        if (!replaces.Contains(m.Id)) replaces.Add(m.Id);
                }
                adoption ??= ParseAdoption(sentence);
                if (proposed.Length == 0 && Proposed().Match(sentence) is { Success: true } pm) proposed = TextTools.ChineseParentheses(pm.Groups["p"].Value);
                if (committee.Length == 0 && Committee().Match(sentence) is { Success: true } cm) committee = TextTools.ChineseParentheses(cm.Groups["c"].Value);
                if (committee.Length == 0 && IsoCommittee().Match(sentence) is { Success: true } im)
                    committee = TextTools.CollapseSpaces(im.Groups["tc"].Value) + (im.Groups["sc"].Success ? "/" + TextTools.CollapseSpaces(im.Groups["sc"].Value) : "");
                if (drafters.Count == 0 && Drafters().Match(sentence) is { Success: true } dm)
                    drafters.AddRange(dm.Groups["d"].Value.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries)
                        .Select(TextTools.ChineseParentheses).Where(d => d.Length > 1));
            }
        }
        return new ForewordInfo { Replaces = replaces, Adoption = adoption, ProposedBy = proposed, Committee = committee, Drafters = drafters, Changes = changes };
    }

    /// <summary>An adoption sentence (<c>本文件等同采用ISO 9001:2015《…》。</c>, <c>…使用重新起草法修改采用…</c>), or null.</summary>
    public static Adoption? ParseAdoption(string sentence)
    {
        var m = AdoptionVerb().Match(sentence);
        if (!m.Success) return null;
        var degree = m.Groups["v"].Value switch
        {
            "等同采用" => AdoptionDegree.Identical,
            "修改采用" => AdoptionDegree.Modified,
            "等效采用" => AdoptionDegree.Equivalent,
            _ => AdoptionDegree.NotEquivalent,
        };
        var ids = StandardIdFinder.FindAll(sentence)
            .Where(x => x.Id.Level is StandardLevel.International or StandardLevel.Foreign).ToList();
        if (ids.Count == 0) return null;
        var after = ids.FirstOrDefault(x => x.Start > m.Index);
        var source = after.Length > 0 ? after : ids[0];
        var title = TitleAfter().Match(sentence[source.End..]) is { Success: true } t ? t.Groups["t"].Value.Trim() : "";
        var method = MethodPattern().Match(sentence) is { Success: true } mm ? mm.Value : "";
        return new Adoption(degree, source.Id) { SourceTitle = title, Method = method };
    }

    /// <summary>Parses one change item: <c>——更改了…（见5.1，2009年版的4.3）；</c>.</summary>
    public static TechnicalChange ParseChange(string item)
    {
        var text = item.Trim().TrimStart('—', '－', '-', ' ').Trim();
        text = text.TrimEnd('；', '。', ';', '.', ' ');
        var kind = ChangeVerb().Match(text) is { Success: true } v
            ? v.Value switch
            {
                "增加" or "新增" or "增补" or "补充" => ChangeKind.Added,
                "删除" or "删去" or "取消" => ChangeKind.Deleted,
                _ => ChangeKind.Changed,
            }
            : ChangeKind.Other;
        var newClauses = new List<string>();
        var oldClauses = new List<string>();
        var refs = References().Matches(text);
        if (refs.Count > 0)
        {
            var last = refs[^1];
            foreach (var piece in last.Groups["r"].Value.Split(['，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                var old = piece.Contains("年版", StringComparison.Ordinal) || piece.Contains("原", StringComparison.Ordinal);
                var scan = old && piece.IndexOf("年版", StringComparison.Ordinal) is var yi and >= 0 ? piece[(yi + 2)..] : piece;
                foreach (Match n in ClauseRef().Matches(scan))
                {
                    var value = n.Value.Replace("附录", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
                    (old ? oldClauses : newClauses).Add(value);
                }
            }
            text = (text[..last.Index] + text[(last.Index + last.Length)..]).Trim().TrimEnd('；', '。', ';');
        }
        return new TechnicalChange(kind, text) { NewClauses = newClauses, OldClauses = oldClauses };
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:主要)?(?:技术)?(?:内容)?(?:变化|变更|改动|差异)[^。]{0,6}(?:如下|有)[：:]")]
    private static partial Regex ChangesLead();

    [GeneratedRegex(@"本(?:文件|标准|部分|规范|规程|指导性技术文件|指南)[^。]{0,12}?(?:部分)?代替")]
    private static partial Regex SelfReplaces();

    [GeneratedRegex(@"[，,]\s*(?:与|和|对)|[。；]")]
    private static partial Regex ReplaceSpanEnd();

    [GeneratedRegex(@"(?<v>等同采用|修改采用|非等效采用|等效采用|非等效)")]
    private static partial Regex AdoptionVerb();

    [GeneratedRegex(@"^\s*[《<](?<t>[^》>]+)[》>]")]
    private static partial Regex TitleAfter();

    [GeneratedRegex(@"翻译法|重新起草法")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"由(?<p>[^。；由]+?)(?:负责)?提出")]
    private static partial Regex Proposed();

    [GeneratedRegex(@"由(?<c>[^。；由]+?)(?:提出并)?归口")]
    private static partial Regex Committee();

    /// <summary>
    /// The ISO/IEC foreword sentence: <c>This document was prepared by Technical Committee ISO/TC 998, Smart metering of water,
    /// Subcommittee SC 2, …</c> → <c>ISO/TC 998</c> and <c>SC 2</c> (joined as <c>ISO/TC 998/SC 2</c>).
    /// </summary>
    [GeneratedRegex(@"prepared\s+by\s+(?:Joint\s+)?Technical\s+Committee\s+(?<tc>(?:ISO|IEC)(?:/IEC)?[/ ]\s*J?TC\s*\d+)(?:\s*,[^,.;]*,\s*Subcommittee\s+(?<sc>SC\s*\d+))?(?![\d])")]
    private static partial Regex IsoCommittee();

    [GeneratedRegex(@"(?<!主要)起草单位[：:]\s*(?<d>[^。]+)")]
    private static partial Regex Drafters();

    [GeneratedRegex(@"增加|新增|增补|补充|删除|删去|取消|更改|修改|修订|调整|替换|改为")]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"[（(]\s*见(?<r>[^）)]*)[）)]")]
    private static partial Regex References();

    [GeneratedRegex(@"附录\s*N?[A-Z](?:\.\d+)*|(?<![A-Za-z\d.])N?[A-Z](?:\.\d+)+|表\s*(?:[A-Z]\.)?\d+|图\s*(?:[A-Z]\.)?\d+|(?<![\d.])\d{1,3}(?:\.\d{1,3})*(?![\d年])")]
    private static partial Regex ClauseRef();
}
