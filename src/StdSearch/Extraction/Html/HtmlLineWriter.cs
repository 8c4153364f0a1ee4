using System.Text;
using AngleSharp.Dom;

namespace StdSearch.Extraction.Html;

/// <summary>
/// Turns the main content element into lines: one per block element (and per <c>br</c>), headings with their level,
/// data-table rows with cells; layout tables (one cell per row, or nested tables) are read as blocks. One instance per read.
/// </summary>
internal sealed class HtmlLineWriter(CancellationToken cancellationToken)
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main",
        "blockquote", "pre", "caption", "figure", "figcaption", "address", "center", "hr", "header", "footer", "body",
        "tr", "td", "th", "tbody", "thead", "tfoot", "details", "summary", "fieldset", "table",
    };

    private readonly List<LayoutLine> _lines = [];
    private readonly StringBuilder _buffer = new();
    private int _bufferBold;
    private int _boldDepth;
    private int _visited;
    private bool _startsParagraph = true;

    private readonly Stack<(int Heading, bool Centered)> _context = new();

    public IReadOnlyList<LayoutLine> Write(IElement root)
    {
        _context.Push((0, false));
        Walk(root);
        Flush();
        return _lines;
    }

    private void Walk(INode node)
    {
        if (++_visited % 512 == 0) cancellationToken.ThrowIfCancellationRequested();
        switch (node)
        {
            case IText text:
                Append(text.Data);
                return;
            case IElement element:
                WalkElement(element);
                return;
        }
    }

    private void WalkElement(IElement element)
    {
        var name = element.LocalName;
        if (name == "br")
        {
            Flush();
            return;
        }
        if (name is "img" or "input" or "select") return;
        if (name == "table" && IsDataTable(element))
        {
            BlockBoundary();
            EmitTable(element);
            BlockBoundary();
            return;
        }

        var bold = name is "b" or "strong" or "th" || (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') || StyleSays(element, "font-weight", "bold", "700", "800", "900");
        if (bold) _boldDepth++;
        if (Blocks.Contains(name))
        {
            BlockBoundary();
            var (heading, centered) = _context.Peek();
            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') heading = name[1] - '0';
            if (IsCentered(element)) centered = true;
            else if (AlignAttribute(element) is { } align) centered = align == "center";
            _context.Push((heading, centered));
            foreach (var child in element.ChildNodes) Walk(child);
            BlockBoundary();
            _context.Pop();
        }
        else
        {
            foreach (var child in element.ChildNodes) Walk(child);
        }
        if (bold) _boldDepth--;
    }

    private void Append(string text)
    {
        _buffer.Append(text);
        if (_boldDepth > 0) _bufferBold += LineText.CountVisible(text);
    }

    private void BlockBoundary()
    {
        Flush();
        _startsParagraph = true;
    }

    private void Flush()
    {
        var raw = _buffer.ToString();
        var boldChars = _bufferBold;
        _buffer.Clear();
        _bufferBold = 0;
        var text = LineText.Clean(raw);
        if (text.Length == 0) return;
        var (heading, centered) = _context.Peek();
        var visible = LineText.CountVisible(text);
        _lines.Add(new LayoutLine(text, 0)
        {
            HeadingLevel = heading,
            IsCentered = centered,
            IsBold = visible > 0 && boldChars * 2 >= visible,
            StartsParagraph = _startsParagraph,
        });
        _startsParagraph = false;
    }

    private void EmitTable(IElement table)
    {
        foreach (var row in Rows(table))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(CellText).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            var headerRow = row.Children.All(c => c.LocalName == "th" || c.LocalName != "td");
            _lines.Add(new LayoutLine(LineText.JoinCells(cells), 0) { Cells = cells, StartsParagraph = true, IsBold = headerRow });
        }
    }

    /// <summary>A data table has at least one row with two or more cells and no table nested in a cell.</summary>
    private static bool IsDataTable(IElement table)
    {
        var rows = Rows(table).ToList();
        if (rows.Count == 0) return false;
        if (table.QuerySelector("td table, th table") is not null) return false;
        return rows.Any(r => r.Children.Count(c => c.LocalName is "td" or "th") >= 2);
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var row in child.Children.Where(r => r.LocalName == "tr")) yield return row;
        }
    }

    /// <summary>A cell's text with its line breaks and inner blocks kept as word boundaries.</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        void Collect(INode node)
        {
            if (node is IText t) { sb.Append(t.Data); return; }
            if (node is not IElement e) return;
            if (e.LocalName == "br") { sb.Append('\n'); return; }
            var block = Blocks.Contains(e.LocalName);
            if (block) sb.Append('\n');
            foreach (var child in e.ChildNodes) Collect(child);
            if (block) sb.Append('\n');
        }
        foreach (var child in cell.ChildNodes) Collect(child);
        return LineText.Clean(sb.ToString());
    }

    private static bool IsCentered(IElement element) =>
        element.LocalName == "center" || StyleSays(element, "text-align", "center");

    private static string? AlignAttribute(IElement element) => element.GetAttribute("align")?.Trim().ToLowerInvariant();

    private static bool StyleSays(IElement element, string property, params string[] values)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style)) return false;
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon < 0 || !declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase)) continue;
            var value = declaration[(colon + 1)..].Trim().ToLowerInvariant();
            return values.Any(v => value.StartsWith(v, StringComparison.Ordinal));
        }
        return false;
    }
}
