using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdSearch.Extraction.Docx;

/// <summary>
/// The style sheet of one Word document, resolved along <c>basedOn</c> chains: what a paragraph or run inherits
/// (heading level, centring, numbering, bold, size) when its own properties do not say.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxChain = 16; // guards against basedOn cycles in hand-made files

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly bool? _defaultBold;
    private readonly double? _defaultSize;

    public DocxStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null) continue;
            _byId.TryAdd(id, style);
            if (style.Type?.InnerText == "paragraph" && style.Default?.Value == true) DefaultParagraphStyleId ??= id;
        }
        var defaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _defaultBold = IsOn(defaults?.Bold);
        _defaultSize = HalfPoints(defaults?.FontSize?.Val?.Value);
    }

    /// <summary>The style a paragraph without <c>pStyle</c> uses (normally "Normal").</summary>
    public string? DefaultParagraphStyleId { get; }

    /// <summary>The chain from a style to its root (the style itself first).</summary>
    public IEnumerable<Style> Chain(string? styleId)
    {
        var seen = 0;
        while (styleId is not null && seen++ < MaxChain && _byId.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>Heading level 1–9 a paragraph style gives (outline level or a heading style name), 0 for body text.</summary>
    public int HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is not null) return outline is >= 0 and <= 8 ? outline.Value + 1 : 0;
            var byName = HeadingLevelFromName(style.StyleName?.Val?.Value) ?? HeadingLevelFromName(style.StyleId?.Value);
            if (byName is not null) return byName.Value;
        }
        return 0;
    }

    /// <summary>True when the paragraph style centres its text.</summary>
    public bool IsCentered(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.Justification?.Val?.InnerText).FirstOrDefault(j => j is not null) == "center";

    /// <summary>The numbering a paragraph style carries (<c>numId</c>, optional <c>ilvl</c>), or null.</summary>
    public (int NumId, int? Level)? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            var numId = numPr?.NumberingId?.Val?.Value;
            if (numId is not null) return (numId.Value, numPr!.NumberingLevelReference?.Val?.Value);
        }
        return null;
    }

    /// <summary>Bold as the paragraph style chain sets it, then the document defaults; null when nothing says.</summary>
    public bool? ParagraphBold(string? styleId) =>
        Chain(styleId).Select(s => IsOn(s.StyleRunProperties?.Bold)).FirstOrDefault(b => b is not null) ?? _defaultBold;

    /// <summary>Font size in points as the paragraph style chain sets it, then the document defaults.</summary>
    public double? ParagraphSize(string? styleId) =>
        Chain(styleId).Select(s => HalfPoints(s.StyleRunProperties?.FontSize?.Val?.Value)).FirstOrDefault(v => v is not null) ?? _defaultSize;

    /// <summary>Bold as a character style chain sets it, or null.</summary>
    public bool? CharacterBold(string? styleId) =>
        Chain(styleId).Select(s => IsOn(s.StyleRunProperties?.Bold)).FirstOrDefault(b => b is not null);

    /// <summary>Font size in points as a character style chain sets it, or null.</summary>
    public double? CharacterSize(string? styleId) =>
        Chain(styleId).Select(s => HalfPoints(s.StyleRunProperties?.FontSize?.Val?.Value)).FirstOrDefault(v => v is not null);

    /// <summary>The value of an on/off property (<c>&lt;w:b/&gt;</c> is on, <c>w:val="0"</c> off), null when absent.</summary>
    public static bool? IsOn(OnOffType? property) => property is null ? null : property.Val is null || property.Val.Value;

    /// <summary>Points from a half-point size string (<c>21</c> → 10.5), null when absent or malformed.</summary>
    public static double? HalfPoints(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 ? v / 2 : null;

    /// <summary>
    /// The level of a heading style name: Word's built-in <c>heading 1</c>…<c>heading 9</c> (as stored and as
    /// localised, <c>标题 1</c>), and the styles of the Chinese standard-drafting templates (<c>章标题</c>,
    /// <c>一级条标题</c>…, <c>附录标识</c>…).
    /// </summary>
    public static int? HeadingLevelFromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var m = HeadingName().Match(name.Trim());
        if (m.Success) return m.Groups[1].Value[0] - '0';
        return name.Trim() switch
        {
            "章标题" or "前言、引言标题" or "附录标识" or "参考文献、索引标题" => 1,
            "一级条标题" or "附录章标题" => 2,
            "二级条标题" or "附录一级条标题" => 3,
            "三级条标题" or "附录二级条标题" => 4,
            "四级条标题" or "附录三级条标题" => 5,
            "五级条标题" or "附录四级条标题" => 6,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
