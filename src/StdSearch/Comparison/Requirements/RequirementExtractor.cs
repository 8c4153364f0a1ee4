using System.Text.RegularExpressions;
using StdSearch.Documents;
using StdSearch.Text;
using StdSearch.Text.Quantities;

namespace StdSearch.Comparison.Requirements;

/// <summary>
/// The default <see cref="IRequirementExtractor"/>: splits clause text into sentences (<c>。；;</c>, line breaks, an
/// English full stop) and a Chinese sentence into comma segments, finds modal verbs by word (<see cref="StandardTextTokenizer"/>)
/// and limits with <see cref="QuantityParser"/>, and names the parameter each limit constrains.
/// </summary>
/// <remarks>
/// <para><b>Parameter rule.</b> The parameter is the noun phrase the limit is said of, taken from the limit's own comma segment:
/// (1) the words just before the comparator when no modal verb stands between (<c>密钥长度不小于128 bit</c> → <c>密钥长度</c>);
/// (2) otherwise the noun a <c>…的</c> phrase attaches the limit to (<c>以不超过24 h的间隔</c> → <c>间隔</c>); (3) otherwise the subject
/// before the modal verb (<c>储存油温应不大于25 ℃</c> → <c>储存油温</c>; <c>…，涂层干膜厚度应不小于200 μm</c> → <c>涂层干膜厚度</c>,
/// the segment's own subject, not the sentence's). A leading <c>…时</c> condition, connectives (并、且、其) and parenthetical
/// remarks (<c>（体积分数）</c>, <c>（以KOH计）</c>) are dropped. For a table row, the first cell without its unit (<c>酸价</c>).</para>
/// <para><b>Conditions.</b> A limit in a comma segment without a modal verb, when another segment of the sentence states a
/// limit with one, is a condition (<c>运输时间超过24 h时，…油温应不大于30 ℃</c>); so is an attributive limit before the modal
/// verb (<c>储存期超过6个月的油脂宜…</c>). Conditions go to <see cref="Requirement.Conditions"/>. A <c>…时</c>/<c>when</c> threshold
/// is the requirement's limit when the sentence states no other one (<c>电池剩余容量低于10%时，应产生…</c>), and a threshold
/// reached (<c>达到60 ℃时</c>) always is. Procedural sentences without a modal verb keep their limits with <see cref="Modality.None"/>.</para>
/// <para><b>Tables.</b> A table takes the modality of the sentence that cites it (<c>应符合表1的规定</c>), anywhere in the
/// document, else of its clause. Value columns are the cells that parse as limits; the unit comes from the cell, the row
/// heading (<c>水分/%</c>) or the column heading (<c>温度范围/℃</c>); a comparator in the column heading (<c>指标（≤）</c>)
/// applies to bare numbers; with two or more value columns the column heading (a grade) goes to the conditions; <c>—</c> and
/// <c>/</c> mean no requirement.</para>
/// Immutable and thread-safe: every call makes its own tokenizer.
/// </remarks>
public sealed class RequirementExtractor : IRequirementExtractor
{
    private static readonly Regex TableNumber = new(@"^\s*(?:表|Table)\s*([A-Z]{0,2}\.?\d+(?:\.\d+)?)", RegexOptions.CultureInvariant);
    private static readonly string[] Connectives = ["并且", "并", "且", "其", "但", "而", "则", "同时", "另外", "此外", "及", "和", "或"];
    private static readonly string[] EnglishDeterminers = ["the ", "a ", "an ", "its ", "each ", "every ", "any ", "all "];

    private readonly QuantityParser _parser;

    /// <summary>Creates the extractor with the default <see cref="QuantityParser"/>.</summary>
    public RequirementExtractor() => _parser = QuantityParser.Default;

    /// <inheritdoc />
    public IReadOnlyList<Requirement> Extract(string clauseNumber, string text)
    {
        ArgumentNullException.ThrowIfNull(clauseNumber);
        ArgumentNullException.ThrowIfNull(text);
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        var result = new List<Requirement>();
        ExtractText(tokenizer, clauseNumber, text, 0, result);
        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<Requirement> Extract(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        var result = new List<Requirement>();
        var citations = TableCitations(tokenizer, document);
        foreach (var (clause, informative) in Walk(document.Clauses, false))
        {
            if (!IsProvisionHolder(clause)) continue;
            var number = clause.Number;
            var own = new List<Requirement>();
            var offset = 0;
            if (clause.Text.Length > 0) { ExtractText(tokenizer, number, clause.Text, 0, own); offset = clause.Text.Length + 1; }
            var tableTitle = "";
            foreach (var part in OwnParts(clause))
            {
                if (part.Kind == ClauseKind.Table && informative) { tableTitle = ""; continue; }
                if (part.Kind == ClauseKind.Table)
                {
                    var key = TableKey(tableTitle.Length > 0 ? tableTitle : part.Heading.Length > 0 ? part.Heading : part.Number);
                    var modality = key.Length > 0 && citations.TryGetValue(key, out var cited) ? cited
                        : own.Select(r => r.Modality).FirstOrDefault(m => m != Modality.None);
                    ExtractTable(number, part, modality, own);
                    tableTitle = "";
                    continue;
                }
                if (part.Kind == ClauseKind.Paragraph && TableNumber.IsMatch(part.Text) && part.Text.Length < 60) { tableTitle = part.Text; continue; }
                if (part.Kind is ClauseKind.Note or ClauseKind.Example or ClauseKind.Figure or ClauseKind.Formula) continue;
                if (part.Text.Length == 0) continue;
                ExtractText(tokenizer, number, part.Text, offset, own);
                offset += part.Text.Length + 1;
            }
            result.AddRange(own);
        }
        return result;
    }

    // Clauses depth first, with whether they sit in an informative annex (whose tables state no requirements: 附录NA's deviations).
    private static IEnumerable<(Clause Clause, bool Informative)> Walk(IEnumerable<Clause> clauses, bool informative)
    {
        foreach (var c in clauses)
        {
            var inf = informative || (c.Kind == ClauseKind.Annex && c.AnnexStatus == AnnexStatus.Informative);
            yield return (c, inf);
            foreach (var d in Walk(c.Children, inf)) yield return d;
        }
    }

    private static bool IsProvisionHolder(Clause c) =>
        c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Annex && c.Number.Length > 0;

    // The unnumbered parts of a clause (paragraphs, list items, tables …), depth first, stopping at numbered sub-clauses.
    private static IEnumerable<Clause> OwnParts(Clause clause)
    {
        foreach (var child in clause.Children)
        {
            if (child.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Annex or ClauseKind.Term) continue;
            yield return child;
            if (child.Kind == ClauseKind.Table) continue;
            foreach (var d in OwnParts(child)) yield return d;
        }
    }

    private static string TableKey(string title)
    {
        var m = TableNumber.Match(title);
        return m.Success ? m.Groups[1].Value : "";
    }

    // 表1 → the modality of the first sentence that cites it with a modal verb ("应符合表1的规定").
    private static Dictionary<string, Modality> TableCitations(StandardTextTokenizer tokenizer, StandardDocument document)
    {
        var cites = new Dictionary<string, Modality>(StringComparer.Ordinal);
        var pattern = new Regex(@"(?:表|Table)\s*([A-Z]{0,2}\.?\d+(?:\.\d+)?)", RegexOptions.CultureInvariant);
        foreach (var clause in document.AllClauses())
        {
            if (clause.Kind is ClauseKind.Table || clause.Text.Length == 0) continue;
            if (clause.Kind == ClauseKind.Paragraph && TableNumber.IsMatch(clause.Text) && clause.Text.Length < 60) continue;
            foreach (var (start, length) in Sentences(clause.Text))
            {
                var sentence = clause.Text.Substring(start, length);
                var matches = pattern.Matches(sentence);
                if (matches.Count == 0) continue;
                var modal = ModalVerbs.Find(tokenizer, sentence).Select(m => m.Modality).FirstOrDefault();
                if (modal == Modality.None) continue;
                foreach (Match m in matches) cites.TryAdd(m.Groups[1].Value, modal);
            }
        }
        return cites;
    }

    private void ExtractText(StandardTextTokenizer tokenizer, string clauseNumber, string text, int baseOffset, List<Requirement> result)
    {
        foreach (var (start, length) in Sentences(text))
        {
            var sentence = text.Substring(start, length);
            if (sentence.Trim().Length == 0) continue;
            ExtractSentence(tokenizer, clauseNumber, sentence, baseOffset + start, result);
        }
    }

    private void ExtractSentence(StandardTextTokenizer tokenizer, string clauseNumber, string sentence, int offset, List<Requirement> result)
    {
        var modals = ModalVerbs.Find(tokenizer, sentence);
        var quantities = _parser.Parse(sentence).Where(IsLimit).ToList();
        var segments = Segments(sentence);
        int SegmentOf(int at) { for (var s = 0; s < segments.Count; s++) if (at < segments[s].Start + segments[s].Length) return s; return segments.Count - 1; }
        (int Start, int End, Modality Modality)? ModalIn(int s) =>
            modals.Where(m => m.Start >= segments[s].Start && m.Start < segments[s].Start + segments[s].Length).Select(m => ((int, int, Modality)?)m).FirstOrDefault();

        // Classify every limit: requirement or condition.
        var items = new List<(Quantity Q, int Segment, bool Condition)>();
        var limitedModalSegments = quantities.Select(q => SegmentOf(q.Start)).Where(s => ModalIn(s) is not null).ToHashSet();
        foreach (var q in quantities)
        {
            var s = SegmentOf(q.Start);
            var seg = sentence.Substring(segments[s].Start, segments[s].Length);
            var modal = ModalIn(s);
            var otherLimited = limitedModalSegments.Any(x => x != s);
            var reached = q.Comparator == Comparator.Equal && q.Source.TrimStart().StartsWith("达到", StringComparison.Ordinal);
            var when = IsWhenSegment(seg, q.Start - segments[s].Start);
            var attributive = modals.Count > 0 && IsAttributive(sentence, q) && !PrecededByZai(sentence, segments[s].Start, q.Start)
                              && (modal is null || modal.Value.Start > q.Start);
            var condition = !reached && (when || (modal is null && otherLimited) || attributive);
            items.Add((q, s, condition));
        }
        var hasMain = items.Any(i => !i.Condition);
        var conditionText = string.Join("；", items.Where(i => i.Condition).Select(i => ConditionPhrase(sentence, segments[i.Segment])));

        var covered = new HashSet<int>();
        foreach (var (q, s, condition) in items)
        {
            var isWhenThreshold = condition && !hasMain && IsWhenSegment(sentence.Substring(segments[s].Start, segments[s].Length), q.Start - segments[s].Start);
            if (condition && !isWhenThreshold) continue;
            var modality = GoverningModality(modals, segments, s, q.Start);
            var parameter = ParameterFor(tokenizer, sentence, segments[s], q, modals);
            var limit = ToLimit(NegatedComparator(sentence, modals, q, ref modality));
            result.Add(new Requirement(clauseNumber, parameter, modality, limit, sentence.Trim())
            {
                Start = offset + LeadingSpace(sentence),
                Conditions = isWhenThreshold ? "" : conditionText,
            });
            covered.Add(s);
        }

        // Provisions without a number: one per comma segment that has a modal verb and no limit.
        for (var s = 0; s < segments.Count; s++)
        {
            if (covered.Contains(s)) continue;
            if (items.Any(i => i.Segment == s)) continue;
            var modal = ModalIn(s);
            if (modal is null) continue;
            var seg = segments[s];
            var subject = CleanParameter(sentence.Substring(seg.Start, modal.Value.Start - seg.Start));
            if (subject.Length == 0 && s > 0) subject = SubjectOfSentence(sentence, segments, modals);
            result.Add(new Requirement(clauseNumber, subject, modal.Value.Modality, null, sentence.Trim())
            {
                Start = offset + LeadingSpace(sentence),
            });
        }
    }

    // 不得超过50 kg, 不应低于10 ℃, shall not exceed 60 °C: the negation belongs to the comparator, the provision is a requirement.
    private static Quantity NegatedComparator(string sentence, List<(int Start, int End, Modality Modality)> modals, Quantity q, ref Modality modality)
    {
        if (modality is not (Modality.ShallNot or Modality.ShouldNot)) return q;
        var m = modals.LastOrDefault(x => x.End <= q.Start);
        if (m.Modality != modality || sentence.AsSpan(m.End, q.Start - m.End).Trim().Length > 0) return q;
        var flipped = q.Comparator switch
        {
            Comparator.GreaterThan => q with { Comparator = Comparator.AtMost, Max = q.Min, Min = null, MaxInclusive = true },
            Comparator.AtLeast => q with { Comparator = Comparator.LessThan, Max = q.Min, Min = null, MaxInclusive = false },
            Comparator.LessThan => q with { Comparator = Comparator.AtLeast, Min = q.Max, Max = null, MinInclusive = true },
            Comparator.AtMost => q with { Comparator = Comparator.GreaterThan, Min = q.Max, Max = null, MinInclusive = false },
            _ => null,
        };
        if (flipped is null) return q;
        modality = modality == Modality.ShallNot ? Modality.Shall : Modality.Should;
        return flipped with { Start = m.Start, Length = q.End - m.Start, Source = sentence[m.Start..q.End] };
    }

    private static bool IsLimit(Quantity q) =>
        q.Comparator != Comparator.None && !(q.Comparator == Comparator.Equal && q.Unit.Length == 0);

    private static Modality GoverningModality(List<(int Start, int End, Modality Modality)> modals, List<(int Start, int Length)> segments, int s, int at)
    {
        var seg = segments[s];
        var inSeg = modals.Where(m => m.Start >= seg.Start && m.Start < seg.Start + seg.Length).ToList();
        if (inSeg.Count > 0)
        {
            var before = inSeg.Where(m => m.Start < at).ToList();
            // 应能, 应可: the first verb of a chain governs.
            return before.Count > 0 ? FirstOfChain(before) : inSeg[0].Modality;
        }
        var after = modals.FirstOrDefault(m => m.Start >= seg.Start + seg.Length);
        if (after.Modality != Modality.None) return after.Modality;
        var earlier = modals.LastOrDefault(m => m.Start < seg.Start);
        return earlier.Modality;
    }

    private static Modality FirstOfChain(List<(int Start, int End, Modality Modality)> before)
    {
        var k = before.Count - 1;
        while (k > 0 && before[k - 1].End >= before[k].Start - 1 && before[k].Modality is Modality.Can or Modality.May) k--;
        return before[k].Modality;
    }

    private static NumericLimit ToLimit(Quantity q)
    {
        var kind = q.Comparator switch
        {
            Comparator.AtMost or Comparator.LessThan => LimitKind.Upper,
            Comparator.AtLeast or Comparator.GreaterThan => LimitKind.Lower,
            Comparator.Range => LimitKind.Range,
            Comparator.Tolerance => LimitKind.Tolerance,
            _ => LimitKind.Exact,
        };
        return new NumericLimit(kind, q.Min, q.Max, q.Unit)
        {
            MinInclusive = q.MinInclusive,
            MaxInclusive = q.MaxInclusive,
            Nominal = q.Nominal,
            Tolerance = q.Tolerance,
            BoundUncertain = q.BoundUncertain,
            Source = q.Source,
            Basis = q.Basis,
        };
    }

    private static bool IsWhenSegment(string segment, int at)
    {
        var t = segment.TrimEnd().TrimEnd('，', ',', ' ');
        if (t.EndsWith('时') || t.EndsWith("时候", StringComparison.Ordinal)) return true;
        var head = segment.TrimStart();
        if (head.StartsWith('当') || head.StartsWith("如果", StringComparison.Ordinal) || head.StartsWith('若')) return true;
        var before = segment[..Math.Max(0, Math.Min(at, segment.Length))].ToLowerInvariant();
        return Regex.IsMatch(before, @"\b(when|if|where|whenever)\b", RegexOptions.CultureInvariant);
    }

    private static bool IsAttributive(string sentence, Quantity q)
    {
        var p = q.End;
        while (p < sentence.Length && sentence[p] == ' ') p++;
        if (p < sentence.Length && sentence[p] is '(' or '（')
        {
            var close = sentence.IndexOfAny([')', '）'], p);
            if (close > 0) p = close + 1;
        }
        return p < sentence.Length && sentence[p] == '的';
    }

    private static bool PrecededByZai(string sentence, int segmentStart, int at) =>
        sentence.AsSpan(segmentStart, at - segmentStart).Contains('在');

    private static string ConditionPhrase(string sentence, (int Start, int Length) segment) =>
        sentence.Substring(segment.Start, segment.Length).Trim();

    private static int LeadingSpace(string s)
    {
        var k = 0;
        while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
        return k;
    }

    private static string ParameterFor(StandardTextTokenizer tokenizer, string sentence, (int Start, int Length) seg,
        Quantity q, List<(int Start, int End, Modality Modality)> modals)
    {
        var modalBefore = modals.LastOrDefault(m => m.Start >= seg.Start && m.End <= q.Start);
        var hasModalBefore = modalBefore.Modality != Modality.None;
        var from = hasModalBefore ? modalBefore.End : seg.Start;
        var between = sentence[from..q.Start];
        if (!between.Any(CjkCharacters.IsIdeographicLetter) && between.Any(char.IsAsciiLetter))
        {
            // English: "have a battery life of not less than …" names the parameter after the verb; "be" does not
            var english = EnglishParameter(between);
            if (english.Length > 0) return english;
            if (hasModalBefore) return SubjectOfSentence(sentence, [seg], modals);
        }
        // (1) the words just before the comparator
        var direct = CleanParameter(AfterZai(StripLeadingVerbs(between)));
        if (direct.Length > 0 && !hasModalBefore) return direct;
        if (direct.Length >= 2 && hasModalBefore && !EndsWithVerb(sentence[from..q.Start])) return direct;
        // (2) …的 noun
        if (IsAttributive(sentence, q))
        {
            var p = sentence.IndexOf('的', q.End) + 1;
            var end = p;
            while (end < sentence.Length && (CjkCharacters.IsIdeographicLetter(sentence[end])) && end - p < 8) end++;
            var noun = TrimAfterNoun(sentence[p..end]);
            if (noun.Length > 0) return noun;
        }
        // (3) the subject before the modal verb
        if (hasModalBefore)
        {
            var firstModal = modals.First(m => m.Start >= seg.Start && m.Start <= modalBefore.Start);
            var subject = CleanParameter(sentence[seg.Start..firstModal.Start]);
            if (subject.Length > 0) return subject;
        }
        var segments = Segments(sentence);
        return SubjectOfSentence(sentence, segments, modals);
    }

    private static readonly string[] EnglishVerbs = ["be", "is", "are", "have", "has", "use", "store", "provide", "record", "transmit", "with", "using"];

    private static string EnglishParameter(string between)
    {
        var t = between.Trim();
        if (!t.EndsWith(" of", StringComparison.OrdinalIgnoreCase)) return "";
        var words = t[..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (EnglishVerbs.Contains(words[0].ToLowerInvariant()) || EnglishDeterminers.Contains(words[0].ToLowerInvariant() + " ")))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    // 样品在温度不低于15 ℃的条件下: the parameter follows 在 (not the 在 of 存在, 所在, 现在 …)
    private static string AfterZai(string s)
    {
        for (var k = s.Length - 1; k > 0; k--)
            if (s[k] == '在' && s[k - 1] is not ('存' or '所' or '现' or '正' or '实' or '内' or '外') && k + 1 < s.Length) return s[(k + 1)..];
        return s;
    }

    private static readonly string[] NounEnders = ["下", "中", "内", "上", "进行", "传输", "工作", "加密", "升高", "测量"];

    private static string TrimAfterNoun(string s)
    {
        foreach (var e in NounEnders)
        {
            var k = s.IndexOf(e, StringComparison.Ordinal);
            if (k > 0) s = s[..k];
        }
        return s;
    }

    private static readonly string[] LeadingVerbs = ["控制在", "保持在", "采用", "使用", "具有", "设置", "达到", "应为", "在", "以", "用", "为", "有", "能", "可"];

    private static string StripLeadingVerbs(string s)
    {
        s = s.Trim();
        foreach (var v in LeadingVerbs)
            if (s.StartsWith(v, StringComparison.Ordinal)) return s[v.Length..];
        return s;
    }

    private static bool EndsWithVerb(string s)
    {
        s = s.Trim();
        return s.EndsWith("在", StringComparison.Ordinal) || s.EndsWith("为", StringComparison.Ordinal) || s.EndsWith("以", StringComparison.Ordinal);
    }

    private static string SubjectOfSentence(string sentence, List<(int Start, int Length)> segments, List<(int Start, int End, Modality Modality)> modals)
    {
        if (modals.Count == 0) return CleanParameter(sentence.Substring(segments[0].Start, segments[0].Length));
        var m = modals[0];
        var s = segments.FindIndex(x => m.Start >= x.Start && m.Start < x.Start + x.Length);
        return CleanParameter(sentence[segments[Math.Max(0, s)].Start..m.Start]);
    }

    /// <summary>Drops parenthetical remarks, a leading condition (…时), connectives and English determiners.</summary>
    internal static string CleanParameter(string text)
    {
        var s = Regex.Replace(text, @"[（(][^（()）]*[)）]", "");
        // a leading condition ending in 时 (not 时间, 时长, 时效 …)
        var when = s.LastIndexOf('时');
        while (when >= 0 && when + 1 < s.Length && s[when + 1] is '间' or '长' or '效' or '段' or '刻' or '限')
            when = when > 0 ? s.LastIndexOf('时', when - 1) : -1;
        if (when >= 0 && when < s.Length - 1) s = s[(when + 1)..];
        var comma = s.LastIndexOfAny([',', '，']);
        if (comma >= 0) s = s[(comma + 1)..];
        s = s.Trim().TrimEnd('的', ':', '：', ' ', '为', '是', '(', '（');
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var c in Connectives)
                if (s.StartsWith(c, StringComparison.Ordinal) && s.Length > c.Length + 1) { s = s[c.Length..].TrimStart(); changed = true; }
            foreach (var d in EnglishDeterminers)
                if (s.StartsWith(d, StringComparison.OrdinalIgnoreCase)) { s = s[d.Length..]; changed = true; }
        }
        s = Regex.Replace(s, @"\s+", " ").Trim();
        // pdftotext puts spaces between CJK and Latin; a parameter reads better without them
        s = Regex.Replace(s, @"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=[\p{IsCJKUnifiedIdeographs}A-Za-z0-9])|(?<=[A-Za-z0-9])\s+(?=\p{IsCJKUnifiedIdeographs})", "");
        return s.Length > 40 ? s[^40..] : s;
    }

    // ---- tables ----

    private void ExtractTable(string clauseNumber, Clause table, Modality modality, List<Requirement> result)
    {
        if (table.Rows.Count < 2) return;
        var header = table.Rows[0];
        var columns = header.Count;
        var headerUnits = header.Select(h => UnitAfterSlash(h)).ToArray();
        var headerComparator = header.Select(HeaderComparator).ToArray();
        var isMethod = header.Select(h => h.Contains("方法", StringComparison.Ordinal) || h.Contains("method", StringComparison.OrdinalIgnoreCase)).ToArray();
        var rows = table.Rows.Skip(1).ToList();

        // value columns: the columns (after the first) where some cell parses as a limit or a bare number
        var valueColumns = new List<int>();
        for (var c = 1; c < columns; c++)
        {
            if (isMethod[c]) continue;
            var limitHeading = headerComparator[c] != Comparator.None || LimitHeadings.Any(w => header[c].Contains(w, StringComparison.OrdinalIgnoreCase));
            if (rows.Any(r => c < r.Count && CellLimit(r[c], headerUnits[c], headerComparator[c], "", limitHeading) is not null)) valueColumns.Add(c);
        }
        var method = Array.FindIndex(isMethod, m => m);
        foreach (var row in rows)
        {
            if (row.Count == 0) continue;
            var first = row[0];
            var rowUnit = UnitAfterSlash(first);
            var parameter = CleanParameter(StripUnit(first));
            foreach (var c in valueColumns)
            {
                if (c >= row.Count) continue;
                var cell = row[c].Trim();
                if (cell is "" or "—" or "-" or "/" or "——" or "－") continue;
                var limitHeading = headerComparator[c] != Comparator.None || LimitHeadings.Any(w => header[c].Contains(w, StringComparison.OrdinalIgnoreCase));
                var limit = CellLimit(cell, headerUnits[c].Length > 0 ? headerUnits[c] : rowUnit, headerComparator[c], rowUnit, limitHeading);
                if (limit is null) continue;
                var conditions = new List<string>();
                if (valueColumns.Count > 1) conditions.Add(StripUnit(header[c]).Trim());
                if (method >= 0 && method < row.Count && row[method].Trim().Length > 0) conditions.Add("按" + row[method].Trim());
                result.Add(new Requirement(clauseNumber, parameter, modality, limit, string.Join(" | ", row))
                {
                    Conditions = string.Join("；", conditions),
                });
            }
        }
    }

    private static readonly string[] LimitHeadings =
        ["指标", "要求", "限值", "限量", "范围", "允许", "规定值", "等级", "级", "品", "requirement", "limit", "value", "range", "grade", "class"];

    private NumericLimit? CellLimit(string cell, string unit, Comparator headerComparator, string rowUnit, bool limitHeading)
    {
        var text = cell.Trim();
        if (text.Length == 0) return null;
        var qs = _parser.Parse(text);
        var q = qs.FirstOrDefault(x => x.Comparator != Comparator.None) ?? qs.FirstOrDefault();
        if (q is null)
        {
            // a bare number: the parser drops unitless numbers without a comparator
            var m = Regex.Match(QuantityTextNormalize(text), @"^(-?\d+(?:\.\d+)?)$");
            if (!m.Success || !limitHeading) return null;
            var v = decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            q = new Quantity(Comparator.Equal, v, v, "") { Source = text };
        }
        if (q.Unit.Length == 0 && unit.Length > 0) q = q with { Unit = unit };
        if (q.Comparator is Comparator.Equal or Comparator.None && headerComparator != Comparator.None)
        {
            var v = q.Min;
            q = headerComparator switch
            {
                Comparator.AtMost or Comparator.LessThan => q with { Comparator = headerComparator, Min = null, Max = v, MaxInclusive = headerComparator == Comparator.AtMost },
                _ => q with { Comparator = headerComparator, Max = null, MinInclusive = headerComparator == Comparator.AtLeast },
            };
        }
        if (q.Comparator == Comparator.None) q = q with { Comparator = Comparator.Equal };
        return ToLimit(q);
    }

    private static string QuantityTextNormalize(string s) =>
        s.Replace('−', '-').Replace('－', '-').Trim();

    private static Comparator HeaderComparator(string header)
    {
        var h = header.Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal);
        if (h.Contains("(≤)", StringComparison.Ordinal) || h.Contains("(不大于)", StringComparison.Ordinal) || h.Contains("max", StringComparison.OrdinalIgnoreCase) || h.Contains("最大", StringComparison.Ordinal)) return Comparator.AtMost;
        if (h.Contains("(≥)", StringComparison.Ordinal) || h.Contains("(不小于)", StringComparison.Ordinal) || h.Contains("min", StringComparison.OrdinalIgnoreCase) || h.Contains("最小", StringComparison.Ordinal)) return Comparator.AtLeast;
        return Comparator.None;
    }

    // 水分/%, 酸价（以KOH计）/（mg/g）, 长度（mm）, 温度范围/℃
    internal static string UnitAfterSlash(string heading)
    {
        var h = heading.Trim();
        var slash = IndexOfUnitSlash(h);
        string raw;
        if (slash >= 0) raw = h[(slash + 1)..];
        else
        {
            var m = Regex.Match(h, @"[（(]\s*([^（()）]+?)\s*[)）]\s*$");
            if (!m.Success) return "";
            raw = m.Groups[1].Value;
        }
        raw = raw.Trim().TrimStart('（', '(').TrimEnd('）', ')').Trim();
        var unit = Units.Normalize(raw);
        return Units.DimensionOf(unit) == UnitDimension.Other && !raw.Contains('/', StringComparison.Ordinal) && raw.Any(CjkCharacters.IsIdeographicLetter)
            ? "" : unit;
    }

    private static int IndexOfUnitSlash(string h)
    {
        // the first slash outside parentheses: 酸价（以KOH计）/（mg/g）
        var depth = 0;
        for (var i = 0; i < h.Length; i++)
        {
            if (h[i] is '(' or '（') depth++;
            else if (h[i] is ')' or '）') depth--;
            else if (h[i] == '/' && depth == 0) return i;
        }
        return -1;
    }

    private static string StripUnit(string heading)
    {
        var slash = IndexOfUnitSlash(heading);
        return slash >= 0 ? heading[..slash] : heading;
    }

    // ---- splitting ----

    /// <summary>Sentences: split after 。；; ！？ and line breaks, and after an English full stop followed by a space.</summary>
    internal static List<(int Start, int Length)> Sentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '。' or '；' or ';' or '！' or '？' or '\n' or '\r'
                      || (c == '.' && (i + 1 == text.Length || text[i + 1] == ' ') && i > 0 && !char.IsAsciiDigit(text[i - 1]) | (i + 1 == text.Length));
            if (c == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) end = false;
            if (!end) continue;
            if (i + 1 - start > 0) result.Add((start, i + 1 - start));
            start = i + 1;
        }
        if (start < text.Length) result.Add((start, text.Length - start));
        return result;
    }

    /// <summary>Comma segments of a Chinese sentence (an English sentence is one segment).</summary>
    internal static List<(int Start, int Length)> Segments(string sentence)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] != '，') continue;
            result.Add((start, i + 1 - start));
            start = i + 1;
        }
        result.Add((start, sentence.Length - start));
        return result;
    }
}
