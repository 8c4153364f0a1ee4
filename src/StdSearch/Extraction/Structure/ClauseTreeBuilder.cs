using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// Builds the clause tree of a standard from its cleaned lines: foreword, introduction, numbered chapters and clauses
/// (checked against the running sequence so that values, years and page numbers stay text), terms, paragraphs, lists,
/// notes, examples, tables, figures, formulas, annexes and the bibliography. One instance per document.
/// </summary>
internal sealed partial class ClauseTreeBuilder
{
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly bool[] _skip;
    private readonly StructureOptions _options;
    private readonly string _titleCompact;
    private readonly string _titleEnCompact;
    private readonly StandardId _documentId;

    private readonly List<ClauseNode> _top = [];
    private readonly List<ClauseNode> _stack = [];
    private readonly List<ExtractionWarning> _warnings = [];
    private ClauseNode? _block;          // the element continuation lines join
    private ClauseNumber _last = ClauseNumber.BodyStart;
    private ClauseNode? _annex;
    private char _lastAnnexLetter;
    private bool _inTerms;
    private bool _inReferences;

    public ClauseTreeBuilder(IReadOnlyList<SourceLine> lines, bool[] skip, StructureOptions options, string title, string titleEn, StandardId documentId)
    {
        _lines = lines;
        _skip = skip;
        _options = options;
        _titleCompact = TextTools.Compact(title);
        _titleEnCompact = TextTools.Compact(titleEn);
        _documentId = documentId;
    }

    /// <summary>Top-level nodes after <see cref="Build"/>.</summary>
    public IReadOnlyList<ClauseNode> TopLevel => _top;

    /// <summary>Warnings found while building (numbering gaps).</summary>
    public IReadOnlyList<ExtractionWarning> Warnings => _warnings;

    /// <summary>Builds the tree from the line at <paramref name="start"/> to the end.</summary>
    public void Build(int start)
    {
        for (var i = start; i < _lines.Count; i++)
        {
            if (_skip[i]) continue;
            i = Process(i);
        }
    }

    private int Next(int i)
    {
        for (var k = i + 1; k < _lines.Count; k++)
            if (!_skip[k]) return k;
        return -1;
    }

    private int Process(int i)
    {
        var line = _lines[i];
        var text = line.Text;
        var compact = line.Compact;
        var page = line.Page;

        if (line.Source.Cells is { } cells)
        {
            AddRow(cells.Select(c => TextTools.CleanInline(c ?? "")).ToList(), page);
            return i;
        }

        switch (FrontKind(line.Key))
        {
            case ClauseKind.Foreword:
                StartTop(new ClauseNode(ClauseKind.Foreword) { Heading = TextTools.RemoveLetterSpacing(text) }, page);
                return i;
            case ClauseKind.Introduction:
                StartTop(new ClauseNode(ClauseKind.Introduction) { Heading = TextTools.RemoveLetterSpacing(text) }, page);
                _last = ClauseNumber.BodyStart;
                return i;
            case ClauseKind.Bibliography:
                StartTop(new ClauseNode(ClauseKind.Bibliography) { Heading = TextTools.RemoveLetterSpacing(text) }, page);
                _annex = null;
                return i;
        }

        if (IsRepeatedTitle(compact)) return i;

        var annexEnd = TryAnnex(i);
        if (annexEnd >= 0) return annexEnd;

        var numberedEnd = TryNumbered(i);
        if (numberedEnd >= 0) return numberedEnd;

        if (TryElement(line)) return i;

        AddText(line);
        return i;
    }

    // ---- front matter ------------------------------------------------------------------------------------------

    /// <summary>The unnumbered front or back heading a line is, given its folded key (前言, 引言, 参考文献, 參考資料 …).</summary>
    private static ClauseKind? FrontKind(string key) => key switch
    {
        "前言" or "foreword" => ClauseKind.Foreword,
        "引言" or "introduction" => ClauseKind.Introduction,
        "参考文献" or "参考资料" or "索引" or "bibliography" => ClauseKind.Bibliography,
        _ => null,
    };

    private bool IsRepeatedTitle(string compact)
    {
        // The first body page repeats the title; so may a page header that survived.
        if (_stack.Any(n => n.IsNumbered || n.Kind == ClauseKind.Annex)) return false;
        if (compact.Length >= 4 && _titleCompact.Length > 0 && _titleCompact.Contains(compact, StringComparison.Ordinal)) return true;
        if (compact.Length >= 8 && _titleEnCompact.Length > 0 && _titleEnCompact.Contains(compact, StringComparison.OrdinalIgnoreCase)) return true;
        if (!_documentId.IsEmpty)
        {
            var ids = StandardIdFinder.FindAll(compact);
            if (ids.Count == 1 && ids[0].Start == 0 && ids[0].Length == compact.Length && ids[0].Id == _documentId) return true;
        }
        return false;
    }

    // ---- annexes -----------------------------------------------------------------------------------------------

    private int TryAnnex(int i)
    {
        var compact = _lines[i].Compact;
        string letter, rest;
        // 附录A / 附錄A is found on the folded key; the letter and the rest are taken from the original text.
        var m = AnnexCn().Match(_lines[i].Key);
        if (m.Success && compact.Length >= 2 + m.Groups["l"].Length && compact.Substring(2, m.Groups["l"].Length).All(char.IsUpper))
        {
            letter = m.Groups["l"].Value.ToUpperInvariant();
            rest = compact[(2 + letter.Length)..].Trim();
        }
        else
        {
            m = AnnexEn().Match(_lines[i].Text.Trim());
            if (!m.Success) return -1;
            letter = m.Groups["l"].Value;
            rest = m.Groups["rest"].Value.Trim();
        }
        var status = AnnexStatus.None;
        var title = "";
        var folded = TextTools.FoldWithOffsets(rest);
        var sm = StatusPattern().Match(folded.Text);
        if (sm.Success)
        {
            status = StatusOf(sm.Value);
            var from = folded.ToOriginal(sm.Index);
            var to = folded.ToOriginal(sm.Index + sm.Length);
            title = rest[to..].Trim();
            if (from > 0) title = (rest[..from] + " " + title).Trim();
        }
        else if (rest.Length > 0)
        {
            if (!IsHeadingLike(rest, 40) || AnnexSentence().IsMatch(rest)) return -1;
            title = rest;
        }
        // letter sequence: A, B, C … (a national annex NA may come anywhere)
        var l = letter[^1];
        if (!letter.StartsWith('N') && _lastAnnexLetter != 0 && (l <= _lastAnnexLetter || l - _lastAnnexLetter > _options.MaxNumberingGap + 1)) return -1;
        if (!letter.StartsWith('N') && _lastAnnexLetter == 0 && l - 'A' > _options.MaxNumberingGap) return -1;

        var end = i;
        var titleLines = title.Length > 0 ? 1 : 0;
        for (var k = Next(i); k >= 0 && k <= i + 8; k = Next(k))
        {
            var t = _lines[k].Text.Trim();
            var st = StatusPattern().Match(_lines[k].Key);
            if (st.Success && st.Index == 0 && status == AnnexStatus.None && _lines[k].Key.Length <= st.Length + 1)
            {
                status = StatusOf(st.Value);
                end = k;
                continue;
            }
            if (titleLines >= 2 || !IsHeadingLike(t, 50) || StartsElement(_lines[k]) || NumberedLine().IsMatch(t) && ClauseNumber.TryParse(NumberedLine().Match(t).Groups["num"].Value, out _) || _lines[k].Source.Cells is not null) break;
            if (FrontKind(_lines[k].Key) is not null) break;
            title = titleLines == 0 ? TextTools.RemoveLetterSpacing(t) : TextTools.JoinContinuation(title, TextTools.RemoveLetterSpacing(t));
            titleLines++;
            end = k;
            if (status != AnnexStatus.None && (titleLines >= 2 || TextTools.Compact(title).Length < 15)) break;
        }

        if (!letter.StartsWith('N')) _lastAnnexLetter = l;
        var node = new ClauseNode(ClauseKind.Annex) { Number = letter, Heading = TextTools.CleanInline(title), AnnexStatus = status };
        StartTop(node, _lines[i].Page);
        _annex = node;
        _last = ClauseNumber.ForAnnex(letter, false);
        return end;
    }

    /// <summary>The status a folded status mark names: （资料性）, （提示的附录）, （参考件）, CNS （參考）, (informative) → informative.</summary>
    private static AnnexStatus StatusOf(string s) =>
        s.Contains("资料性", StringComparison.Ordinal) || s.Contains("提示的", StringComparison.Ordinal) || s.Contains("参考", StringComparison.Ordinal)
        || s.Contains("informative", StringComparison.OrdinalIgnoreCase)
            ? AnnexStatus.Informative
            : AnnexStatus.Normative;

    // ---- numbered clauses --------------------------------------------------------------------------------------

    private int TryNumbered(int i)
    {
        var line = _lines[i];
        var m = NumberedLine().Match(line.Text);
        if (!m.Success) return -1;
        if (!ClauseNumber.TryParse(m.Groups["num"].Value, out var number) || number.Depth == 0) return -1;
        var rest = m.Groups["rest"].Value.Trim();
        var trailingDot = m.Groups["dot"].Success;
        if (rest.Length > 0 && UnitStart().IsMatch(rest) && !EnglishArticle().IsMatch(rest)) return -1;
        if (trailingDot && rest.Length > 0 && char.IsAsciiDigit(rest[0])) return -1;

        var previous = _last;
        if (number.Letter.Length > 0)
        {
            if (_annex is null || _annex.Number != number.Letter) return -1;
            if (previous.Letter != number.Letter) previous = ClauseNumber.ForAnnex(number.Letter, number.CompactLetter);
            if (previous.Depth == 0)
            {
                if (number.Depth != 1 || number.Numbers[0] < 1 || number.Numbers[0] - 1 > _options.MaxNumberingGap) return -1;
            }
            else if (!number.IsNextAfter(previous, _options.MaxNumberingGap, out _)) return -1;
        }
        else
        {
            if (_annex is not null || previous.Letter.Length > 0) return -1;
            if (!number.IsNextAfter(previous, _options.MaxNumberingGap, out _)) return -1;
        }
        number.IsNextAfter(previous, _options.MaxNumberingGap, out var skipped);
        if (previous.Depth == 0) skipped = number.Numbers[0] - 1;

        var heading = "";
        var bodyText = "";
        var english = "";
        var kind = number.Depth == 1 && number.Letter.Length == 0 ? ClauseKind.Chapter : ClauseKind.Clause;
        var end = i;
        var termsContext = _inTerms && number.Depth >= 2 && number.Letter.Length == 0;
        var hinted = line.Source.HeadingLevel > 0 || line.Source.IsBold;

        if (rest.Length == 0)
        {
            var n = Next(i);
            var nextLine = n >= 0 ? _lines[n] : null;
            var nextUsable = nextLine is not null && nextLine.Source.Cells is null && !StartsElement(nextLine)
                && !NumberedLine().IsMatch(nextLine.Text) && FrontKind(nextLine.Key) is null;
            if (termsContext && nextUsable && !IsTermsSubheading(nextLine!.Text) && nextLine!.Compact.Length <= 80)
            {
                kind = ClauseKind.Term;
                (heading, english) = SplitTerm(nextLine.Text);
                end = n;
            }
            else if (nextUsable && IsHeadingLike(nextLine!.Text.Trim(), _options.MaxHeadingLength, _options.MaxLatinHeadingLength))
            {
                heading = TextTools.CleanInline(nextLine.Text);
                end = n;
            }
            else if (kind == ClauseKind.Chapter) return -1;   // a lone page number or value
        }
        else if (termsContext && !IsTermsSubheading(rest) && TermWithEnglish().IsMatch(rest) && !TextTools.HasSentencePunctuation(rest))
        {
            kind = ClauseKind.Term;
            (heading, english) = SplitTerm(rest);
        }
        else if (IsHeadingLike(rest, _options.MaxHeadingLength, _options.MaxLatinHeadingLength) || (hinted && rest.Length <= 80))
        {
            heading = TextTools.CleanInline(rest);
        }
        else
        {
            if (kind == ClauseKind.Chapter && !trailingDot) return -1;
            if (kind == ClauseKind.Chapter && trailingDot && TextTools.HasSentencePunctuation(rest)) return -1;
            bodyText = TextTools.CleanInline(rest);
        }

        if (skipped > 0)
            _warnings.Add(new ExtractionWarning(WarningCode.NumberingGap,
                $"Clause {number} follows {(previous.Depth == 0 ? "the start" : previous.ToString())}: {skipped} number(s) skipped.",
                line.Page > 0 ? line.Page : null));

        var node = new ClauseNode(kind) { Number = number.ToString(), Numbering = number, Heading = heading, Text = bodyText, EnglishTerm = english };
        node.Touch(line.Page);
        if (end != i) node.Touch(_lines[end].Page);
        Place(node);
        _last = number;
        _block = bodyText.Length > 0 || kind == ClauseKind.Term ? node : null;
        if (kind == ClauseKind.Chapter)
        {
            var key = TextTools.Fold(heading);
            _inTerms = key.Contains("术语", StringComparison.Ordinal) || key.Contains("定义", StringComparison.Ordinal)
                || key.Contains("terms", StringComparison.Ordinal) || key.Contains("definitions", StringComparison.Ordinal);
            _inReferences = key.Contains("引用", StringComparison.Ordinal) || key.Contains("normative references", StringComparison.Ordinal);
        }
        return end;
    }

    private static bool IsTermsSubheading(string text) =>
        TermsSubheading().IsMatch(TextTools.Fold(text)) && TextTools.Compact(text).Length <= 16;

    private static (string Designation, string English) SplitTerm(string text)
    {
        var t = TextTools.CollapseSpaces(text);
        var m = TermWithEnglish().Match(t);
        if (m.Success && TextTools.HasIdeograph(m.Groups["zh"].Value))
            return (TextTools.CleanInline(m.Groups["zh"].Value), m.Groups["en"].Value.Trim());
        return (TextTools.CleanInline(t), "");
    }

    private void Place(ClauseNode node)
    {
        // Pop everything that is not an ancestor of the new number (and any open foreword).
        while (_stack.Count > 0)
        {
            var top = _stack[^1];
            if (top.IsNumbered && top.Numbering.IsAncestorOrSelfOf(node.Numbering) && !top.Numbering.Equals(node.Numbering)) break;
            if (top.Kind == ClauseKind.Annex && node.Numbering.Letter == top.Number) break;
            if (top.Kind == ClauseKind.Introduction && node.Numbering.Letter.Length == 0 && node.Numbering.Numbers[0] == 0) break;
            _stack.RemoveAt(_stack.Count - 1);
        }
        if (_stack.Count == 0) _top.Add(node);
        else _stack[^1].Children.Add(node);
        _stack.Add(node);
    }

    private void StartTop(ClauseNode node, int page)
    {
        node.Touch(page);
        _stack.Clear();
        _top.Add(node);
        _stack.Add(node);
        _block = null;
        _inTerms = false;
        _inReferences = false;
    }

    private ClauseNode Container()
    {
        if (_stack.Count > 0) return _stack[^1];
        // Text before any heading: keep it in an untitled paragraph at top level.
        var holder = new ClauseNode(ClauseKind.Paragraph);
        _top.Add(holder);
        _stack.Add(holder);
        return holder;
    }

    // ---- paragraph-level elements ------------------------------------------------------------------------------

    private bool StartsElement(SourceLine line)
    {
        var t = SimplifiedLead(line.Text.Trim());
        return ListItem().IsMatch(t) || Note().IsMatch(t) || Example().IsMatch(t)
            || (TableTitle().Match(t) is { Success: true } tm && IsHeadingLike(tm.Groups["rest"].Value.Trim(), 40, 100))
            || (FigureTitle().Match(t) is { Success: true } fm && IsHeadingLike(fm.Groups["rest"].Value.Trim(), 40, 100));
    }

    private bool TryElement(SourceLine line)
    {
        var t = SimplifiedLead(line.Text.Trim());
        Match m;
        if ((m = TableTitle().Match(t)).Success && IsHeadingLike(m.Groups["rest"].Value.Trim(), 40, 100))
        {
            var n = TextTools.Compact(m.Groups["n"].Value);
            var prefix = t.StartsWith('表') ? "表" : "Table ";
            AddBlock(new ClauseNode(ClauseKind.Table) { Number = prefix + n, Heading = TextTools.CleanInline(m.Groups["rest"].Value) }, line.Page, keepOpen: true);
            return true;
        }
        if ((m = FigureTitle().Match(t)).Success && IsHeadingLike(m.Groups["rest"].Value.Trim(), 40, 100))
        {
            var n = TextTools.Compact(m.Groups["n"].Value);
            var prefix = t.StartsWith('图') ? "图" : "Figure ";
            AddBlock(new ClauseNode(ClauseKind.Figure) { Number = prefix + n, Heading = TextTools.CleanInline(m.Groups["rest"].Value) }, line.Page, keepOpen: false);
            return true;
        }
        if ((m = Note().Match(t)).Success)
        {
            var num = m.Groups["n"].Value.Trim();
            var label = t.StartsWith('注') ? "注" : "NOTE";
            if (t.StartsWith("Note", StringComparison.Ordinal) && !t.StartsWith("NOTE", StringComparison.Ordinal)) label = "Note";
            AddBlock(new ClauseNode(ClauseKind.Note) { Number = num.Length > 0 ? label + (label == "NOTE" ? " " : "") + num : label, Text = TextTools.CleanInline(m.Groups["rest"].Value) }, line.Page, keepOpen: true);
            return true;
        }
        if ((m = Example().Match(t)).Success)
        {
            var num = m.Groups["n"].Value.Trim();
            var label = t.StartsWith('示') ? "示例" : "EXAMPLE";
            AddBlock(new ClauseNode(ClauseKind.Example) { Number = num.Length > 0 ? label + (label == "EXAMPLE" ? " " : "") + num : label, Text = TextTools.CleanInline(m.Groups["rest"].Value) }, line.Page, keepOpen: true);
            return true;
        }
        if ((m = ListItem().Match(t)).Success)
        {
            var marker = m.Groups["m"].Value;
            var number = marker switch
            {
                _ when marker.Length >= 2 && marker.All(c => c is '—' or '－' or '-' or '⎯') => "——",
                _ when marker.Length == 2 && (marker[1] == '）' || marker[1] == ')') => marker[0] + ")",
                _ => TextTools.Compact(marker).Replace('（', '(').Replace('）', ')'),
            };
            AddBlock(new ClauseNode(ClauseKind.ListItem) { Number = number, Text = TextTools.CleanInline(m.Groups["rest"].Value) }, line.Page, keepOpen: true);
            return true;
        }
        if ((m = Formula().Match(t)).Success && LooksLikeFormula(m.Groups["body"].Value))
        {
            AddBlock(new ClauseNode(ClauseKind.Formula) { Number = "(" + TextTools.Compact(m.Groups["n"].Value) + ")", Text = TextTools.CleanInline(m.Groups["body"].Value) }, line.Page, keepOpen: false);
            return true;
        }
        return false;
    }

    /// <summary>The text with its first ideograph folded (圖1 → 图1), so element labels need one spelling; the rest is kept.</summary>
    private static string SimplifiedLead(string text) =>
        text.Length > 0 && TextTools.IsIdeograph(text[0]) ? TextTools.Fold(text[..1]) + text[1..] : text;

    private static bool LooksLikeFormula(string body)
    {
        var b = body.Trim();
        if (b.Length == 0) return false;
        if (b.IndexOfAny(['=', '＝', '∑', '√', '×', '÷']) >= 0) return true;
        return b.Length <= 20 && !TextTools.HasIdeograph(b);
    }

    private void AddBlock(ClauseNode node, int page, bool keepOpen)
    {
        node.Touch(page);
        var container = Container();
        // A list item or note directly after a term belongs to the term, as do its notes.
        container.Children.Add(node);
        _block = keepOpen ? node : null;
    }

    private void AddRow(IReadOnlyList<string> cells, int page)
    {
        if (_block is not { Kind: ClauseKind.Table })
        {
            var table = new ClauseNode(ClauseKind.Table);
            Container().Children.Add(table);
            _block = table;
        }
        _block.Rows.Add(cells);
        _block.Touch(page);
    }

    private void AddText(SourceLine line)
    {
        var t = TextTools.CleanInline(line.Text);
        if (t.Length == 0) return;
        var startsNew = line.Source.StartsParagraph
            || (_inReferences && StartsWithId(t))
            || (_stack.Count > 0 && _stack[^1].Kind == ClauseKind.Bibliography && BibliographyEntry().IsMatch(t))
            || FormulaExplanation().IsMatch(t)
            || TermSource().IsMatch(t);

        if (_block is { Kind: ClauseKind.Table } table && table.Heading.Length + table.Number.Length > 0 && line.Source.Cells is null && !startsNew)
        {
            // A table without cells: the following lines are its rows until the next element.
            table.Rows.Add(Regex.Split(line.Text.Trim(), @"\s{2,}|\t").Select(TextTools.CleanInline).ToList());
            table.Touch(line.Page);
            return;
        }

        if (_block is not null && _block.Kind != ClauseKind.Table && !startsNew)
        {
            if (_block.Kind == ClauseKind.Term && _block.Text.Length == 0)
            {
                _block.Text = t;
                _block.Touch(line.Page);
                return;
            }
            if (!EndsSentence(_block.Text))
            {
                _block.AppendText(t);
                _block.Touch(line.Page);
                return;
            }
        }

        var para = new ClauseNode(ClauseKind.Paragraph) { Text = t };
        para.Touch(line.Page);
        Container().Children.Add(para);
        _block = para;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return false;
        return t[^1] is '。' or '！' or '？' or '：' or '!' or '?' or ':' or '.' or '；' or ';';
    }

    private static bool StartsWithId(string text)
    {
        var ids = StandardIdFinder.FindAll(text);
        return ids.Count > 0 && ids[0].Start <= 1;
    }

    /// <summary>
    /// True when text after a number reads as a heading: short, no sentence punctuation, no modal verb.
    /// </summary>
    private static bool IsHeadingLike(string text, int maxCjk, int maxLatin = 90)
    {
        var t = text.Trim();
        if (t.Length == 0) return false;
        var latin = TextTools.LatinShare(t) > 0.6;
        var compact = TextTools.Compact(t);
        if (latin ? t.Length > maxLatin : compact.Length > maxCjk) return false;
        if (TextTools.HasSentencePunctuation(t) || TextTools.HasModal(t)) return false;
        if (t.StartsWith('(') || t.StartsWith('（') || t.StartsWith('“') || t.StartsWith('—')) return false;
        return true;
    }

    // ---- patterns ----------------------------------------------------------------------------------------------

    [GeneratedRegex(@"^(?<num>(?:N?[A-Z]\.?)?\d{1,3}(?:\.\d{1,3}){0,6})(?<dot>\.|、(?=\S))?(?:\s+|(?=[^\d.A-Za-z%‰°℃′″/×~～\-+)）,，、])|$)(?<rest>.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^(?:mm|cm|dm|km|m|kg|g|mg|μg|t|s|ms|min|h|d|V|kV|mV|A|mA|W|kW|MW|Hz|kHz|MHz|GHz|dB|Pa|kPa|MPa|N|kN|L|mL|bit|B|KB|MB|GB)(?![A-Za-z])|^(?:倍|个|次|年|月|日|天|小时|分钟|秒|字节)(?=[的以内及或至，。、；\s]|$)")]
    private static partial Regex UnitStart();

    /// <summary>An English sentence that opens with the article "A" (<c>4.3.1 A remote update …</c>), not the unit ampere.</summary>
    [GeneratedRegex(@"^A\s+[a-z]{2,}")]
    private static partial Regex EnglishArticle();

    /// <summary>附录A on the folded key (lower case): the letter is checked and taken from the original.</summary>
    [GeneratedRegex(@"^附录(?<l>n?[a-z])(?![a-z0-9.])(?<rest>.*)$")]
    private static partial Regex AnnexCn();

    [GeneratedRegex(@"^Annex\s+(?<l>N?[A-Z])(?![A-Za-z0-9.])\s*(?<rest>.*)$")]
    private static partial Regex AnnexEn();

    [GeneratedRegex(@"^(?:给出|规定|列出|中|的|为|所|是|对|和|与|及|见|提供|描述|说明)")]
    private static partial Regex AnnexSentence();

    /// <summary>An annex status mark on folded text (ASCII parentheses): 2020/2009/1993 forms and CNS （規定）/（參考）.</summary>
    [GeneratedRegex(@"[(]\s*(?:规范性|资料性|标准的|提示的|补充件|参考件|规定|参考|normative|informative)[^)]{0,6}[)]")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^(?<zh>.*[\u4e00-\u9fff）)”])\s+(?<en>[A-Za-z][^\u4e00-\u9fff。，；]*)$")]
    private static partial Regex TermWithEnglish();

    [GeneratedRegex(@"术语|缩略|符号|定义|代号|Terms|Abbreviat|Symbols|Definitions", RegexOptions.IgnoreCase)]
    private static partial Regex TermsSubheading();

    [GeneratedRegex(@"^(?<m>[a-z][)）]|[a-z]\.(?=\s)|\d{1,2}[)）]|[（(]\d{1,2}[)）]|[—－⎯]{2,}|-{2,}|[·●•▪◆■□⎯])\s*(?<rest>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:注\s*(?<n>\d{0,2})\s*[：:]|注\s*(?<n>\d{1,2})\s+|NOTE(?<n>\s+\d{1,2})?\s*(?::|\s+|$)|Note\s+(?<n>\d{1,2})\s+to\s+entry\s*:)\s*(?<rest>.*)$")]
    private static partial Regex Note();

    [GeneratedRegex(@"^(?:示例\s*(?<n>\d{0,2})\s*(?:[：:]|$)|EXAMPLE(?<n>\s+\d{1,2})?\s*(?::|\s+|$))\s*(?<rest>.*)$")]
    private static partial Regex Example();

    [GeneratedRegex(@"^(?:表|Table\s+)(?<n>(?:N?[A-Z]\s*\.?\s*)?\d{1,3}(?:\s*\.\s*\d{1,3})?)(?![\d.])(?:\s*[—–-]\s*|\s+|(?=[\u4e00-\u9fff（(])|$)(?<rest>.*)$")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"^(?:图|Figure\s+)(?<n>(?:N?[A-Z]\s*\.?\s*)?\d{1,3}(?:\s*\.\s*\d{1,3})?)(?![\d.])(?:\s*[—–-]\s*|\s+|(?=[\u4e00-\u9fff（(])|$)(?<rest>.*)$")]
    private static partial Regex FigureTitle();

    [GeneratedRegex(@"^(?<body>.+?)\s*[（(]\s*(?<n>(?:N?[A-Z]\s*\.\s*)?\d{1,3})\s*[)）]$")]
    private static partial Regex Formula();

    [GeneratedRegex(@"^(?:式中[：:]|where\s*:?$|\S{1,12}\s*——)")]
    private static partial Regex FormulaExplanation();

    [GeneratedRegex(@"^[\[［]\s*(?:来源|SOURCE|GB|ISO|IEC)")]
    private static partial Regex TermSource();

    [GeneratedRegex(@"^[\[［]\d{1,3}[\]］]")]
    private static partial Regex BibliographyEntry();
}
