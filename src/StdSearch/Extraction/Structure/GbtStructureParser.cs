using System.Text;
using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// The default <see cref="IStructureParser"/>: reads a standard laid out by GB/T 1.1 (2020, 2009 and 1990s
/// conventions) or an ISO/IEC document from a reader's lines. It recovers the cover metadata, the foreword's
/// statements (代替, adoption, 提出, 归口, 起草单位, technical changes), skips the 目次, and builds the clause tree with
/// terms and normative references. Documents that are not standards (policy notices) are structured by their own
/// numbering and flagged. Stateless: one instance can serve many threads.
/// </summary>
public sealed partial class GbtStructureParser : IStructureParser
{
    private readonly StructureOptions _options;

    /// <summary>Creates a parser with the default options.</summary>
    public GbtStructureParser() : this(StructureOptions.Default) { }

    /// <summary>Creates a parser with the given options.</summary>
    /// <param name="options">Thresholds for numbering gaps, heading length and repeated-body detection.</param>
    public GbtStructureParser(StructureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public StandardDocument Parse(LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var lines = LineJoiner.Prepare(layout.Lines);
        var toc = TableOfContentsDetector.Detect(lines);
        var skip = toc.Skip;
        var warnings = new List<ExtractionWarning>(layout.Warnings);

        if (RepeatedRunDetector.MarkRepeats(lines, skip, _options.RepeatedRunMinLines, _options.RepeatedRunMinChars) > 0)
            warnings.Add(new ExtractionWarning(WarningCode.RepeatedBody, "A long run of lines appears twice; the second copy was dropped."));

        var coverEnd = FindCoverEnd(lines, skip, toc.Start);
        var coverLines = Enumerable.Range(0, coverEnd).Where(i => !skip[i]).Select(i => lines[i]).ToList();
        var cover = CoverParser.Parse(coverLines);
        if (cover.Id.IsEmpty && HeaderId(layout.RunningHeader, cover.Adoption) is { IsEmpty: false } headerId)
            cover = cover with { Id = headerId };
        if (cover.Title.Length == 0 && BodyTitle(lines, skip, coverEnd) is { Length: > 0 } bodyTitle)
            cover = cover with { Title = bodyTitle };
        if (cover.Title.Length == 0 && cover.TitleEn.Length > 0 && IsEnglishDocument(lines, skip))
            cover = cover with { Title = cover.TitleEn };   // an English document's title is its English title

        var draft = cover.DraftStage;
        if (draft.Length == 0)
            draft = lines.Where((l, i) => !skip[i] && l.Compact.Length <= 12).Select(l => CoverParser.DraftStageIn(l.Key)).FirstOrDefault(s => s.Length > 0) ?? "";

        if (cover.Id.IsEmpty && NoticeParser.LooksLikeNotice(lines, skip))
            return BuildNotice(layout, lines, skip, warnings, draft);

        var builder = new ClauseTreeBuilder(lines, skip, _options, cover.Title, cover.TitleEn, cover.Id);
        builder.Build(coverEnd);
        warnings.AddRange(builder.Warnings);
        var roots = builder.TopLevel;

        var foreword = ForewordParser.Parse(ForewordItems(roots.Where(r => r.Kind is ClauseKind.Foreword)));
        var fallback = ForewordParser.Parse(FallbackItems(roots, coverLines));

        var (issued, effective) = (cover.Issued, cover.Effective);
        var issuers = cover.Issuers;
        if (issued is null && effective is null)
        {
            var dated = lines.Where((l, i) => !skip[i] && DateWord().IsMatch(l.Key)).ToList();
            (issued, effective) = CoverParser.FindDates(dated.Where(l => TextTools.FindDates(l.Text).Any()).ToList());
            if (issuers.Count == 0) issuers = CoverParser.FindIssuers(dated.Where(l => l.Key.Contains("批准", StringComparison.Ordinal)).ToList());
        }

        var replaces = cover.Replaces.ToList();
        foreach (var r in foreword.Replaces.Concat(foreword.Replaces.Count == 0 ? fallback.Replaces : []))
            if (!replaces.Contains(r)) replaces.Add(r);

        var adoption = MergeAdoption(cover.Adoption, foreword.Adoption ?? fallback.Adoption);

        if (cover.Id.IsEmpty) warnings.Add(new ExtractionWarning(WarningCode.NoStandardId, "No standard number was found on the cover; the document is keyed by its file name."));
        if (draft.Length > 0) warnings.Add(new ExtractionWarning(WarningCode.Draft, $"The document is a draft ({draft})."));

        return new StandardDocument
        {
            Id = cover.Id,
            Key = cover.Id.IsEmpty ? Slug(layout.SourceName) : cover.Id.Canonical,
            SourceName = layout.SourceName,
            Format = layout.Format,
            PageCount = layout.PageCount,
            Title = cover.Title,
            TitleEn = cover.TitleEn,
            DocumentType = cover.DocumentType,
            Ics = cover.Ics,
            Ccs = cover.Ccs,
            Issued = issued,
            Effective = effective,
            Issuers = issuers,
            Replaces = replaces,
            Adoption = adoption,
            DraftStage = draft,
            ProposedBy = Pick(foreword.ProposedBy, fallback.ProposedBy),
            Committee = Pick(foreword.Committee, fallback.Committee),
            Drafters = foreword.Drafters.Count > 0 ? foreword.Drafters : fallback.Drafters,
            NormativeReferences = ReferencesParser.Collect(roots),
            TechnicalChanges = foreword.Changes.Count > 0 ? foreword.Changes : fallback.Changes,
            Terms = TermsParser.Collect(roots),
            Clauses = roots.Where(r => !(r.Kind == ClauseKind.Paragraph && r.Children.Count == 0 && r.Text.Length == 0)).Select(r => r.Freeze()).ToList(),
            Warnings = warnings,
        };
    }

    private static StandardDocument BuildNotice(LayoutDocument layout, List<SourceLine> lines, bool[] skip, List<ExtractionWarning> warnings, string draft)
    {
        var (title, nodes) = NoticeParser.Parse(lines, skip);
        warnings.Add(new ExtractionWarning(WarningCode.NoStandardId, "No standard number was found; the document is keyed by its file name."));
        warnings.Add(new ExtractionWarning(WarningCode.NotAStandard, "The document is numbered like a notice (一、（一）1.), not like a standard."));
        if (draft.Length > 0) warnings.Add(new ExtractionWarning(WarningCode.Draft, $"The document is a draft ({draft})."));
        return new StandardDocument
        {
            Key = Slug(layout.SourceName),
            SourceName = layout.SourceName,
            Format = layout.Format,
            PageCount = layout.PageCount,
            Title = title,
            DraftStage = draft,
            Clauses = nodes.Select(n => n.Freeze()).ToList(),
            Warnings = warnings,
        };
    }

    /// <summary>The cover ends at the 目次, the 前言/引言, or the first chapter, whichever comes first.</summary>
    private static int FindCoverEnd(List<SourceLine> lines, bool[] skip, int tocStart)
    {
        var end = tocStart >= 0 ? tocStart : lines.Count;
        for (var i = 0; i < end; i++)
        {
            if (skip[i]) continue;
            var c = lines[i].Key;
            if (c is "前言" or "引言" or "foreword" or "introduction") return i;
            if (ChapterOne().IsMatch(c)) return i;
            if (lines[i].Text.Trim() == "1" && i + 1 < lines.Count && lines[i + 1].Compact.Length <= 20 && !TextTools.HasSentencePunctuation(lines[i + 1].Text)
                && TextTools.HasIdeograph(lines[i + 1].Text)) return i;
        }
        if (end < lines.Count) return end;
        // No 1 范围: the first short chapter heading (a fragment that starts later in the numbering).
        for (var i = 0; i < lines.Count; i++)
            if (!skip[i] && AnyChapter().IsMatch(lines[i].Text.Trim()) && !TextTools.HasSentencePunctuation(lines[i].Text)) return i;
        return end;
    }

    /// <summary>
    /// The number in the running page header (<c>JT/T 1078—2016</c>, <c>ISO 29875:2019(E)</c>), for a cover without one.
    /// A header that names only the adopted source (<c>IEC 60870-5-104</c> in an idt draft) is not this document's number.
    /// </summary>
    private static StandardId HeaderId(string header, Adoption? adoption)
    {
        if (header.Length == 0) return default;
        foreach (var match in StandardIdFinder.FindAll(header))
        {
            if (adoption is not null && adoption.Source.IsSameLineage(match.Id)) continue;
            return match.Id;
        }
        return default;
    }

    /// <summary>
    /// The title GB/T 1.1 prints again at the top of the first body page, just before <c>1 范围</c>: the title-like lines
    /// directly above chapter 1 on its page (used when the cover gave no title, e.g. a cover without a text layer).
    /// </summary>
    private static string BodyTitle(List<SourceLine> lines, bool[] skip, int from)
    {
        var chapter = -1;
        for (var i = Math.Max(from, 0); i < lines.Count && chapter < 0; i++)
        {
            if (skip[i]) continue;
            var key = lines[i].Key;
            if (ChapterOne().IsMatch(key)) chapter = i;
            else if (key == "1" && Next(lines, skip, i) is var n and >= 0 && ChapterOneHeading().IsMatch(lines[n].Key)) chapter = i;
        }
        if (chapter < 0) return "";
        var parts = new List<string>();
        var first = -1;
        for (var k = Previous(lines, skip, chapter); k >= 0 && parts.Count < 3; k = Previous(lines, skip, k))
        {
            var line = lines[k];
            if (line.Page != lines[chapter].Page || !IsBodyTitleLine(line)) break;
            parts.Insert(0, TextTools.RemoveLetterSpacing(line.Text));
            first = k;
        }
        if (parts.Count == 0) return "";
        // The title opens its page: the line before it belongs to an earlier page (or there is none).
        var before = Previous(lines, skip, first);
        if (before >= 0 && (lines[first].Page == 0 || lines[before].Page == lines[first].Page)) return "";
        return string.Join(' ', parts);
    }

    private static bool IsBodyTitleLine(SourceLine line)
    {
        var c = line.Compact;
        return c.Length is > 1 and <= 60 && TextTools.HasIdeograph(c) && !TextTools.HasSentencePunctuation(line.Text) && line.Source.Cells is null
            && StandardIdFinder.FindAll(line.Text).Count == 0 && !TextTools.FindDates(line.Text).Any() && !char.IsAsciiDigit(c[0]);
    }

    private static int Next(List<SourceLine> lines, bool[] skip, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
            if (!skip[k]) return k;
        return -1;
    }

    private static int Previous(List<SourceLine> lines, bool[] skip, int i)
    {
        for (var k = i - 1; k >= 0; k--)
            if (!skip[k]) return k;
        return -1;
    }

    /// <summary>True when the text is essentially Latin (an ISO/IEC document in English).</summary>
    private static bool IsEnglishDocument(List<SourceLine> lines, bool[] skip)
    {
        int latin = 0, ideographs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i]) continue;
            foreach (var c in lines[i].Text)
            {
                if (char.IsAsciiLetter(c)) latin++;
                else if (TextTools.IsIdeograph(c)) ideographs++;
            }
        }
        return latin > 0 && ideographs * 50 < latin;
    }

    private static List<(ClauseKind, string, string)> ForewordItems(IEnumerable<ClauseNode> forewords) =>
        forewords.SelectMany(f => f.DescendantsAndSelf().Skip(1)).Select(n => (n.Kind, n.Number, n.Text)).ToList();

    private static List<(ClauseKind, string, string)> FallbackItems(IReadOnlyList<ClauseNode> roots, List<SourceLine> cover)
    {
        // 1990s standards have no 前言: the statements sit in front paragraphs and the closing 附加说明.
        var items = new List<(ClauseKind, string, string)>();
        var sb = new StringBuilder();
        foreach (var line in cover)
        {
            if (!TextTools.HasIdeograph(line.Text)) continue;
            sb.Append(line.Text.Trim());
            if (line.Text.TrimEnd().EndsWith('。')) { items.Add((ClauseKind.Paragraph, "", sb.ToString())); sb.Clear(); }
        }
        if (sb.Length > 0) items.Add((ClauseKind.Paragraph, "", sb.ToString()));
        foreach (var n in roots.SelectMany(r => r.DescendantsAndSelf()))
            if (n.Kind == ClauseKind.Paragraph && SelfReference().IsMatch(n.Text)) items.Add((n.Kind, n.Number, n.Text));
        return items;
    }

    private static Adoption? MergeAdoption(Adoption? cover, Adoption? foreword)
    {
        if (cover is null) return foreword;
        if (foreword is null) return cover;
        if (foreword.Source.Undated == cover.Source.Undated)
            return cover with { SourceTitle = foreword.SourceTitle, Method = foreword.Method, Source = cover.Source.Year is null ? foreword.Source : cover.Source };
        return cover;
    }

    private static string Pick(string first, string second) => first.Length > 0 ? first : second;

    /// <summary>A key from a file name: no directory or extension, lower-case Latin, spaces to dashes.</summary>
    internal static string Slug(string sourceName)
    {
        var name = Path.GetFileNameWithoutExtension(sourceName ?? "");
        var sb = new StringBuilder();
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '_') { if (sb.Length > 0 && sb[^1] != '-') sb.Append('-'); }
            else if (char.IsLetterOrDigit(c) || c is '-' or '.') sb.Append(char.ToLowerInvariant(c));
        }
        var s = sb.ToString().Trim('-', '.');
        return s.Length == 0 ? "document" : s;
    }

    [GeneratedRegex(@"^1[.、]?(?:范围|主题内容|总则|scope|适用范围)")]
    private static partial Regex ChapterOne();

    [GeneratedRegex(@"^(?:范围|主题内容|总则|scope|适用范围)")]
    private static partial Regex ChapterOneHeading();

    [GeneratedRegex(@"^[1-4]\.?\s+[\u4e00-\u9fffA-Z][^\s]{0,20}$")]
    private static partial Regex AnyChapter();

    [GeneratedRegex(@"发布|批准|实施")]
    private static partial Regex DateWord();

    [GeneratedRegex(@"^本(?:文件|标准|部分|规范)")]
    private static partial Regex SelfReference();
}
