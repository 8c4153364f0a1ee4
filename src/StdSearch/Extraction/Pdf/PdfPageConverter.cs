using StdSearch.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Copies what the layout rules need out of a PdfPig page (glyphs, rules, whether it draws pictures). The only place
/// besides <see cref="PdfDocumentReader"/> that touches PdfPig types. One instance per document: it caches per-font facts.
/// </summary>
internal sealed partial class PdfPageConverter
{
    /// <summary>A page with more vector paths than this (and no text) is drawn, not blank: outlined text, a figure.</summary>
    internal const int ManyPaths = 20;

    private readonly Dictionary<string, bool> _boldByFont = new(StringComparer.Ordinal);

    /// <summary>Converts one page.</summary>
    public PdfPageContent Convert(Page page)
    {
        var box = page.CropBox.Bounds;
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var x = letter.StartBaseLine.X;
            var y = letter.StartBaseLine.Y;
            if (x < box.Left - 1 || x > box.Right + 1 || y < box.Bottom - 1 || y > box.Top + 1)
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            glyphs.Add(new PdfGlyph(letter.Value, x, RightEdge(letter, size), y, size, IsBold(letter)));
        }

        var rules = new List<RuleSegment>();
        var paths = page.Paths;
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                AddRules(subpath, rules);
            }
        }

        var hasGraphics = page.NumberOfImages > 0 || paths.Count > ManyPaths;
        return new PdfPageContent(page.Number, box.Left, box.Bottom, box.Right, box.Top, glyphs, rules, hasGraphics);
    }

    /// <summary>
    /// The glyph's right edge: origin plus advance, unless a non-CJK glyph claims a full em while its ink is narrow
    /// (broken width tables in some iTextSharp files give every glyph a full em), in which case the ink's right edge.
    /// Half-width monospaced Latin (0.5 em for every letter, CJK fonts) keeps its advance.
    /// </summary>
    private static double RightEdge(Letter letter, double size)
    {
        var x = letter.StartBaseLine.X;
        var advance = letter.EndBaseLine.X - x;
        if (advance <= 0)
        {
            advance = letter.Width;
        }

        var ink = letter.BoundingBox;
        if (ink.Width > 0 && advance >= 0.9 * size && ink.Width < 0.6 * advance && !CjkCharacters.IsWide(letter.Value[0]))
        {
            return Math.Max(ink.Right, x);
        }

        return x + Math.Max(advance, 0);
    }

    private bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (!_boldByFont.TryGetValue(name, out var bold))
        {
            bold = (letter.FontDetails?.IsBold ?? false) || BoldName().IsMatch(name) || name.Contains('黑');
            _boldByFont[name] = bold;
        }

        return bold;
    }

    private static void AddRules(PdfSubpath subpath, List<RuleSegment> rules)
    {
        var box = subpath.GetBoundingRectangle();
        if (box is not { } r)
        {
            return;
        }

        // A thin filled rectangle is a rule; a stroked rectangle contributes its four edges.
        var segment = new RuleSegment(r.Left, r.Bottom, r.Right, r.Top);
        if (segment.IsHorizontal || segment.IsVertical)
        {
            if (Math.Max(r.Width, r.Height) >= 4)
            {
                rules.Add(segment);
            }

            return;
        }

        foreach (var command in subpath.Commands)
        {
            if (command is PdfSubpath.Line line)
            {
                var s = new RuleSegment(Math.Min(line.From.X, line.To.X), Math.Min(line.From.Y, line.To.Y),
                    Math.Max(line.From.X, line.To.X), Math.Max(line.From.Y, line.To.Y));
                if ((s.IsHorizontal || s.IsVertical) && Math.Max(s.X2 - s.X1, s.Y2 - s.Y1) >= 4)
                {
                    rules.Add(s);
                }
            }
        }

        if (subpath.IsDrawnAsRectangle)
        {
            rules.Add(new RuleSegment(r.Left, r.Bottom, r.Right, r.Bottom));
            rules.Add(new RuleSegment(r.Left, r.Top, r.Right, r.Top));
            rules.Add(new RuleSegment(r.Left, r.Bottom, r.Left, r.Top));
            rules.Add(new RuleSegment(r.Right, r.Bottom, r.Right, r.Top));
        }
    }

    [GeneratedRegex("Bold|Black|Heavy|Hei|FZHT|Demi", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();
}
