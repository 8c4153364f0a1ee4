using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StdSearch.Documents;

namespace StdSearch.Extraction.Html;

/// <summary>
/// Reads the text of a web page saved from a standards portal or a government site. Scripts, navigation, headers and
/// footers of the site, forms and elements whose class or id names navigation, ads, share bars, breadcrumbs, footers or
/// sidebars are dropped; the main content block is the element with the most text relative to its link text. Lines
/// come per block element (paragraphs, headings with <see cref="LayoutLine.HeadingLevel"/>, list items, line breaks),
/// data-table rows come with <see cref="LayoutLine.Cells"/>. Dropped text is reported as a
/// <see cref="WarningCode.NoiseRemoved"/> warning. The charset comes from a byte-order mark, the page's
/// <c>meta</c> declaration, or the bytes (UTF-8, else GB18030). Stateless and thread-safe.
/// </summary>
public sealed partial class HtmlDocumentReader : IDocumentReader
{
    private const int SniffLength = 1024;
    private const int CharsetScanLength = 4096;

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <summary>
    /// True when, after an optional byte-order mark and whitespace, the content starts with markup and the first KiB holds
    /// <c>&lt;!doctype html</c>, <c>&lt;html</c>, <c>&lt;head</c>, <c>&lt;body</c>, <c>&lt;meta</c>, <c>&lt;div</c> or <c>&lt;p</c>.
    /// </summary>
    public bool CanRead(ReadOnlySpan<byte> header)
    {
        var bom = TextDecoding.FromBom(header, out var bomLength);
        var window = header[bomLength..];
        window = window.Length > SniffLength ? window[..SniffLength] : window;
        var text = bom is UnicodeEncoding ? bom.GetString(window) : Encoding.Latin1.GetString(window);
        text = text.TrimStart(' ', '\t', '\r', '\n', '\f', '\uFEFF');
        return text.StartsWith('<') && Markup().IsMatch(text);
    }

    /// <inheritdoc />
    public Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        var html = TextDecoding.Decode(content.Span, TextDecoding.ByName(DeclaredCharset(content.Span)));
        var document = new HtmlParser().ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();

        var body = document.Body;
        if (body is null)
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the page has no body");

        foreach (var element in body.QuerySelectorAll(HtmlNoise.InvisibleSelector).ToList()) element.Remove();
        var totalChars = LineText.CountVisible(body.TextContent);
        var samples = new List<string>();
        RemoveFurniture(body, totalChars, samples);

        var main = new MainContentFinder(body).Find();
        if (main != body) samples.AddRange(TextOutside(body, main));
        var lines = new HtmlLineWriter(cancellationToken).Write(main);
        if (lines.Count == 0)
            throw new ExtractionException(sourceName, ExtractionFailure.Empty, "the page holds no text");

        var warnings = new List<ExtractionWarning>();
        var dropped = totalChars - LineText.CountVisible(main.TextContent);
        if (dropped > 0)
        {
            var sample = string.Join(" / ", samples.Where(s => s.Length > 0).Take(3));
            if (sample.Length > 60) sample = sample[..60] + "…";
            warnings.Add(new ExtractionWarning(WarningCode.NoiseRemoved,
                $"Dropped {dropped} characters of page furniture (navigation, ads, share bars, footers){(sample.Length > 0 ? $", e.g. \"{sample}\"" : "")}."));
        }
        return Task.FromResult(new LayoutDocument(Path.GetFileName(sourceName), SourceFormat.Html, lines) { Warnings = warnings });
    }

    /// <summary>
    /// Removes navigation, site headers and footers, forms and noise-named elements, keeping samples of their text. Apart
    /// from navigation and asides, an element holding most of the page's text is kept whatever its name
    /// (<c>id="main-with-sidebar"</c>, an ASP.NET page's all-enclosing <c>form</c>).
    /// </summary>
    private static void RemoveFurniture(IElement body, int totalChars, List<string> samples)
    {
        var certain = body.QuerySelectorAll(HtmlNoise.StructuralSelector).ToHashSet();
        var candidates = certain
            .Concat(body.QuerySelectorAll(HtmlNoise.LikelySelector))
            .Concat(body.QuerySelectorAll("header, footer").Where(HtmlNoise.IsSiteHeaderOrFooter))
            .Concat(body.QuerySelectorAll("*").Where(HtmlNoise.HasNoiseName))
            .Distinct()
            .ToList();
        foreach (var element in candidates)
        {
            if (element.Parent is null || !body.Contains(element)) continue; // already gone with an ancestor
            var text = LineText.Clean(element.TextContent);
            if (!certain.Contains(element) && totalChars > 0 && LineText.CountVisible(text) > totalChars * 0.6) continue;
            if (text.Length > 0) samples.Add(text.Length > 30 ? text[..30] : text);
            element.Remove();
        }
    }

    private static IEnumerable<string> TextOutside(IElement body, IElement main)
    {
        var kept = main;
        for (var node = kept; node is not null && node != body; node = node.ParentElement)
        {
            foreach (var sibling in node.ParentElement?.Children ?? Enumerable.Empty<IElement>())
            {
                if (sibling == node) continue;
                var text = LineText.Clean(sibling.TextContent);
                if (text.Length > 0) yield return text.Length > 30 ? text[..30] : text;
            }
        }
    }

    /// <summary>The charset a page declares in its first KiB (<c>&lt;meta charset=gbk&gt;</c>, <c>content="text/html; charset=gb2312"</c>).</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> content)
    {
        var window = content.Length > CharsetScanLength ? content[..CharsetScanLength] : content;
        var m = MetaCharset().Match(Encoding.Latin1.GetString(window));
        return m.Success ? m.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|meta|div|p)[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
