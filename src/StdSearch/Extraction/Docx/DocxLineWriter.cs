using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;

namespace StdSearch.Extraction.Docx;

/// <summary>
/// Walks the body of one Word document in order and turns paragraphs, table rows and text boxes into
/// <see cref="LayoutLine"/>s. One instance per read: it carries the numbering counters.
/// </summary>
internal sealed class DocxLineWriter
{
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly CancellationToken _cancellationToken;
    private readonly List<LayoutLine> _lines = [];
    private int _visited;

    public DocxLineWriter(MainDocumentPart main, CancellationToken cancellationToken)
    {
        _styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
        _numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, _styles);
        _cancellationToken = cancellationToken;
    }

    /// <summary>The lines of a body (or any block container) in reading order.</summary>
    public IReadOnlyList<LayoutLine> Write(OpenXmlElement body)
    {
        WalkBlocks(body);
        return _lines;
    }

    private void WalkBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (++_visited % 256 == 0) _cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case Paragraph paragraph:
                    EmitParagraph(paragraph);
                    break;
                case Table table:
                    EmitTable(table);
                    break;
                case AlternateContent alternate:
                    if (PreferredBranch(alternate) is { } branch) WalkBlocks(branch);
                    break;
                case SectionProperties or BookmarkStart or BookmarkEnd or ProofError or PermStart or PermEnd:
                    break;
                default:
                    // Content controls (w:sdt), custom XML blocks, tracked insertions hold paragraphs and tables.
                    if (child.HasChildren) WalkBlocks(child);
                    break;
            }
        }
    }

    private void EmitParagraph(Paragraph paragraph)
    {
        var content = ReadParagraph(paragraph);
        if (content.Text.Length > 0)
        {
            _lines.Add(new LayoutLine(content.Text, 0)
            {
                NumberingLabel = content.Label,
                HeadingLevel = content.HeadingLevel,
                IsBold = content.IsBold,
                IsCentered = content.IsCentered,
                FontSize = content.FontSize,
                StartsParagraph = true,
            });
        }
        foreach (var textBox in content.TextBoxes) WalkBlocks(textBox);
    }

    private void EmitTable(Table table)
    {
        foreach (var row in Rows(table))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = new List<string>();
            int bold = 0, visible = 0;
            foreach (var cell in Cells(row))
            {
                var parts = new List<string>();
                foreach (var content in CellParagraphs(cell))
                {
                    var text = content.Label.Length > 0 ? content.Label + " " + content.Text : content.Text;
                    if (text.Length > 0) parts.Add(text);
                    bold += content.BoldChars;
                    visible += content.VisibleChars;
                }
                cells.Add(parts.Aggregate("", LineText.JoinWrapped));
            }
            if (cells.All(c => c.Length == 0)) continue;
            _lines.Add(new LayoutLine(LineText.JoinCells(cells), 0)
            {
                Cells = cells,
                IsBold = visible > 0 && bold * 2 >= visible,
                StartsParagraph = true,
            });
        }
    }

    /// <summary>The paragraphs of a cell, nested tables flattened, text boxes included, in order.</summary>
    private IEnumerable<ParagraphContent> CellParagraphs(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var content = ReadParagraph(p);
                    yield return content;
                    foreach (var box in content.TextBoxes)
                        foreach (var inner in CellParagraphs(box)) yield return inner;
                    break;
                case Table nested:
                    foreach (var row in Rows(nested))
                        foreach (var cell in Cells(row))
                            foreach (var inner in CellParagraphs(cell)) yield return inner;
                    break;
                case TableCellProperties:
                    break;
                default:
                    if (child.HasChildren)
                        foreach (var inner in CellParagraphs(child)) yield return inner;
                    break;
            }
        }
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is not (Table or TableProperties or TableGrid) && child.HasChildren)
                foreach (var inner in Rows(child)) yield return inner; // rows inside w:sdt / w:customXml
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is not (Table or TableRowProperties or TablePropertyExceptions) && child.HasChildren)
                foreach (var inner in Cells(child)) yield return inner;
        }
    }

    private ParagraphContent ReadParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _styles.DefaultParagraphStyleId;
        var numPr = properties?.NumberingProperties;
        var label = _numbering.NextLabel(numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, styleId);

        var ownOutline = properties?.OutlineLevel?.Val?.Value;
        var headingLevel = ownOutline is not null
            ? (ownOutline is >= 0 and <= 8 ? ownOutline.Value + 1 : 0)
            : _styles.HeadingLevel(styleId);

        var justification = properties?.Justification?.Val?.InnerText;
        var centered = justification is not null ? justification == "center" : _styles.IsCentered(styleId);

        var collector = new RunCollector(_styles, new RunFormat(_styles.ParagraphBold(styleId) ?? false, _styles.ParagraphSize(styleId) ?? 0));
        collector.Collect(paragraph);

        return new ParagraphContent(
            LineText.Clean(collector.Text.ToString()), label, headingLevel, centered,
            collector.VisibleChars > 0 && collector.BoldChars * 2 >= collector.VisibleChars,
            collector.DominantSize(), collector.TextBoxes, collector.BoldChars, collector.VisibleChars);
    }

    /// <summary>The branch of <c>mc:AlternateContent</c> to read: the first choice, else the fallback (never both).</summary>
    private static OpenXmlElement? PreferredBranch(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    private sealed record ParagraphContent(
        string Text, string Label, int HeadingLevel, bool IsCentered, bool IsBold, double FontSize,
        IReadOnlyList<OpenXmlElement> TextBoxes, int BoldChars, int VisibleChars);

    private readonly record struct RunFormat(bool Bold, double Size);

    /// <summary>Gathers a paragraph's visible text and run formatting; text boxes are set aside, not inlined.</summary>
    private sealed class RunCollector(DocxStyles styles, RunFormat paragraphFormat)
    {
        private readonly Dictionary<double, int> _sizes = [];

        public StringBuilder Text { get; } = new();
        public List<OpenXmlElement> TextBoxes { get; } = [];
        public int BoldChars { get; private set; }
        public int VisibleChars { get; private set; }

        public void Collect(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        CollectRun(run, Resolve(run.RunProperties));
                        break;
                    case M.Text math:
                        Append(math.Text, paragraphFormat);
                        break;
                    case ParagraphProperties or DeletedRun or MoveFromRun:
                        break; // formatting, and text a tracked change removed
                    case AlternateContent alternate:
                        if (PreferredBranch(alternate) is { } branch) Collect(branch);
                        break;
                    default:
                        if (child.HasChildren) Collect(child); // hyperlinks, fields, content controls, insertions, math
                        break;
                }
            }
        }

        public double DominantSize() => _sizes.Count == 0 ? 0 : _sizes.MaxBy(kv => kv.Value).Key;

        private RunFormat Resolve(RunProperties? properties)
        {
            var characterStyle = properties?.RunStyle?.Val?.Value;
            var bold = DocxStyles.IsOn(properties?.Bold) ?? styles.CharacterBold(characterStyle) ?? paragraphFormat.Bold;
            var size = DocxStyles.HalfPoints(properties?.FontSize?.Val?.Value) ?? styles.CharacterSize(characterStyle) ?? paragraphFormat.Size;
            return new RunFormat(bold, size);
        }

        private void CollectRun(OpenXmlElement run, RunFormat format)
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text text:
                        Append(text.Text, format);
                        break;
                    case TabChar or PositionalTab:
                        Text.Append(' ');
                        break;
                    case Break br:
                        // A text-wrapping break is a soft line break inside the paragraph; page and column breaks separate words.
                        Text.Append(br.Type is null || br.Type.InnerText == "textWrapping" ? '\n' : ' ');
                        break;
                    case CarriageReturn:
                        Text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        Append("-", format);
                        break;
                    case SymbolChar symbol:
                        Append(SymbolText(symbol), format);
                        break;
                    case AlternateContent alternate:
                        if (PreferredBranch(alternate) is { } branch) FindTextBoxes(branch);
                        break;
                    case RunProperties or FieldCode or DeletedText or DeletedFieldCode or SoftHyphen:
                        break;
                    default:
                        FindTextBoxes(child); // drawings and VML shapes may hold text boxes
                        break;
                }
            }
        }

        private void FindTextBoxes(OpenXmlElement element)
        {
            if (element is TextBoxContent box) { TextBoxes.Add(box); return; }
            foreach (var child in element.ChildElements)
            {
                if (child is AlternateContent alternate)
                {
                    if (PreferredBranch(alternate) is { } branch) FindTextBoxes(branch);
                }
                else if (child is TextBoxContent || child.HasChildren) FindTextBoxes(child);
            }
        }

        private void Append(string? text, RunFormat format)
        {
            if (string.IsNullOrEmpty(text)) return;
            Text.Append(text);
            var visible = LineText.CountVisible(text);
            VisibleChars += visible;
            if (format.Bold) BoldChars += visible;
            if (format.Size > 0) _sizes[format.Size] = _sizes.GetValueOrDefault(format.Size) + visible;
        }

        /// <summary>The character a <c>w:sym</c> shows: Symbol-font code points mapped to Unicode (≥ ≤ ± × …).</summary>
        private static string SymbolText(SymbolChar symbol)
        {
            var hex = symbol.Char?.Value;
            if (hex is null || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)) return "";
            var font = symbol.Font?.Value ?? "";
            if (!font.Equals("Symbol", StringComparison.OrdinalIgnoreCase)) return code is >= 0xE000 and <= 0xF8FF ? "" : char.ConvertFromUtf32(code);
            return (code & 0xFF) switch
            {
                0xB3 => "≥", 0xA3 => "≤", 0xB1 => "±", 0xB4 => "×", 0xB8 => "÷", 0xB0 => "°", 0xBB => "≈", 0xB9 => "≠",
                0xA5 => "∞", 0xD6 => "√", 0xAE => "→", 0xAC => "←", 0xB7 => "•", 0xBA => "≡", 0xA2 => "′", 0xB2 => "″",
                0x61 => "α", 0x62 => "β", 0x67 => "γ", 0x64 => "δ", 0x44 => "Δ", 0x65 => "ε", 0x6C => "λ", 0x6D => "μ",
                0x70 => "π", 0x72 => "ρ", 0x73 => "σ", 0x53 => "Σ", 0x74 => "τ", 0x66 => "φ", 0x57 => "Ω", 0x77 => "ω", 0x71 => "θ",
                var c and >= 0x20 and < 0x7F => ((char)c).ToString(),
                _ => "",
            };
        }
    }
}
