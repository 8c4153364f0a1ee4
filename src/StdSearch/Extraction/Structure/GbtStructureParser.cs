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

        var draft = cover.DraftStage;
        if (draft.Length == 0)
            draft = lines.Where((l, i) => !skip[i] && l.Compact.Length <= 12).Select(l => CoverParser.DraftStageIn(l.Compact)).FirstOrDefault(s => s.Length > 0) ?? "";

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
            var dated = lines.Where((l, i) => !skip[i] && DateWord().IsMatch(l.Compact)).ToList();
            (issued, effective) = CoverParser.FindDates(dated.Where(l => TextTools.FindDates(l.Text).Any()).ToList());
            if (issuers.Count == 0) issuers = CoverParser.FindIssuers(dated.Where(l => l.Compact.Contains("批准", StringComparison.Ordinal)).ToList());
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
            var c = lines[i].Compact;
            if (c is "前言" or "引言" || c.Equals("Foreword", StringComparison.OrdinalIgnoreCase) || c.Equals("Introduction", StringComparison.OrdinalIgnoreCase)) return i;
            if (ChapterOne().IsMatch(lines[i].Text.Trim())) return i;
            if (lines[i].Text.Trim() == "1" && i + 1 < lines.Count && lines[i + 1].Compact.Length <= 20 && !TextTools.HasSentencePunctuation(lines[i + 1].Text)
                && TextTools.HasIdeograph(lines[i + 1].Text)) return i;
        }
        if (end < lines.Count) return end;
        // No 1 范围: the first short chapter heading (a fragment that starts later in the numbering).
        for (var i = 0; i < lines.Count; i++)
            if (!skip[i] && AnyChapter().IsMatch(lines[i].Text.Trim()) && !TextTools.HasSentencePunctuation(lines[i].Text)) return i;
        return end;
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

    [GeneratedRegex(@"^1[.、]?\s*(?:范围|主题内容|总则|Scope|适用范围)")]
    private static partial Regex ChapterOne();

    [GeneratedRegex(@"^[1-4]\.?\s+[\u4e00-\u9fffA-Z][^\s]{0,20}$")]
    private static partial Regex AnyChapter();

    [GeneratedRegex(@"发布|批准|实施")]
    private static partial Regex DateWord();

    [GeneratedRegex(@"^本(?:文件|标准|部分|规范)")]
    private static partial Regex SelfReference();
}
