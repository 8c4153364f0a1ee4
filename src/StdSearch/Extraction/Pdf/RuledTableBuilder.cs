using StdSearch.Text;
namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Finds ruled tables on a page and turns each table row into one line with cells. A table is a group of touching
/// horizontal and vertical rules with at least two of each; its rows lie between consecutive horizontal rules and
/// its cells between the vertical rules that cross the row. A cell's text lines are joined (CJK without a space).
/// Glyphs outside every table are left for ordinary line building.
/// </summary>
internal static class RuledTableBuilder
{
    private const double Touch = 2.0;

    /// <summary>A table region and its rules.</summary>
    internal sealed record Table(double Left, double Bottom, double Right, double Top, List<double> RowEdges, List<RuleSegment> Verticals);

    /// <summary>Splits the glyphs into table rows (as lines with cells) and the glyphs left over.</summary>
    public static (List<PageLine> Rows, List<PdfGlyph> Remaining) Build(IReadOnlyList<PdfGlyph> glyphs, IReadOnlyList<RuleSegment> rules)
    {
        var tables = FindTables(rules);
        if (tables.Count == 0)
        {
            return ([], glyphs as List<PdfGlyph> ?? [.. glyphs]);
        }

        var rest = new List<PdfGlyph>();
        var perTable = tables.Select(_ => new List<PdfGlyph>()).ToList();
        foreach (var glyph in glyphs)
        {
            var index = tables.FindIndex(t => Inside(t, glyph));
            (index >= 0 ? perTable[index] : rest).Add(glyph);
        }

        var rows = new List<PageLine>();
        for (var i = 0; i < tables.Count; i++)
        {
            rows.AddRange(Rows(tables[i], perTable[i]));
        }

        return (rows, rest);
    }

    private static bool Inside(Table t, PdfGlyph g)
    {
        var midY = g.Baseline + (0.3 * g.Size);
        return g.X >= t.Left - 1 && g.X <= t.Right + 1 && midY >= t.Bottom && midY <= t.Top;
    }

    /// <summary>Groups touching rules into tables.</summary>
    internal static List<Table> FindTables(IReadOnlyList<RuleSegment> rules)
    {
        var horizontals = rules.Where(r => r.IsHorizontal && r.X2 - r.X1 >= 10).ToList();
        var verticals = rules.Where(r => r.IsVertical && r.Y2 - r.Y1 >= 6).ToList();
        if (horizontals.Count < 2 || verticals.Count < 2)
        {
            return [];
        }

        // Union-find over all rules; two rules are joined when they touch or cross.
        var all = horizontals.Concat(verticals).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (Touches(all[i], all[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var tables = new List<Table>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(Find))
        {
            var members = group.Select(i => all[i]).ToList();
            var h = members.Where(r => r.IsHorizontal).ToList();
            var v = members.Where(r => r.IsVertical).ToList();
            if (h.Count < 2 || v.Count < 2)
            {
                continue;
            }

            var edges = Distinct(h.Select(r => r.Position));
            if (edges.Count < 2 || !HasColumns(edges, v))
            {
                continue;
            }

            tables.Add(new Table(members.Min(r => r.X1), members.Min(r => r.Y1), members.Max(r => r.X2), members.Max(r => r.Y2), edges, v));
        }

        return tables;
    }

    /// <summary>
    /// True when some row is crossed by at least three vertical rules (two cells side by side). A frame around a page
    /// or a boxed note has only its two sides and is not a table.
    /// </summary>
    private static bool HasColumns(List<double> rowEdges, List<RuleSegment> verticals)
    {
        for (var r = 1; r < rowEdges.Count; r++)
        {
            var mid = (rowEdges[r] + rowEdges[r - 1]) / 2;
            if (Distinct(verticals.Where(v => v.Y1 <= mid && v.Y2 >= mid).Select(v => v.Position)).Count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Touches(RuleSegment a, RuleSegment b) =>
        a.X1 <= b.X2 + Touch && b.X1 <= a.X2 + Touch && a.Y1 <= b.Y2 + Touch && b.Y1 <= a.Y2 + Touch;

    /// <summary>Sorted positions with near-duplicates (double-drawn rules) merged.</summary>
    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (result.Count == 0 || p - result[^1] > Touch)
            {
                result.Add(p);
            }
        }

        return result;
    }

    private static IEnumerable<PageLine> Rows(Table table, List<PdfGlyph> glyphs)
    {
        var edges = table.RowEdges;
        for (var r = edges.Count - 1; r > 0; r--)
        {
            double top = edges[r], bottom = edges[r - 1];
            var inRow = glyphs.Where(g => g.Baseline + (0.3 * g.Size) < top && g.Baseline + (0.3 * g.Size) >= bottom).ToList();
            if (inRow.Count == 0 || inRow.All(g => g.IsSpace))
            {
                continue;
            }

            var mid = (top + bottom) / 2;
            var columns = Distinct(table.Verticals.Where(v => v.Y1 <= mid + Touch && v.Y2 >= mid - Touch).Select(v => v.Position));
            if (columns.Count < 2)
            {
                columns = [table.Left, table.Right];
            }

            var cells = new List<string>();
            var cellGlyphs = new List<PdfGlyph>();
            for (var c = 0; c + 1 < columns.Count; c++)
            {
                var inCell = inRow.Where(g => g.X >= columns[c] - 1 && g.X < columns[c + 1] - 1).ToList();
                cells.Add(CellText(inCell));
                cellGlyphs.AddRange(inCell);
            }

            // Text set left of the first or right of the last column rule (a half-open table) goes to the nearest cell.
            var outside = inRow.Where(g => g.X < columns[0] - 1 || g.X >= columns[^1] - 1).ToList();
            if (outside.Count > 0 && !outside.All(g => g.IsSpace))
            {
                cells.Add(CellText(outside));
                cellGlyphs.AddRange(outside);
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count == 0 || cells.All(c => c.Length == 0))
            {
                continue;
            }

            var inked = cellGlyphs.Where(g => !g.IsSpace).ToList();
            var template = GlyphLineBuilder.ToLine(inked.OrderBy(g => g.X).ToList())!;
            yield return new PageLine(string.Join(" | ", cells), inked.Min(g => g.X), inked.Max(g => g.Right),
                inked.Max(g => g.Baseline), template.FontSize, template.IsBold)
            {
                Cells = cells,
            };
        }
    }

    /// <summary>The text of one cell: its lines top to bottom, CJK joined without a space, others with one.</summary>
    internal static string CellText(List<PdfGlyph> glyphs)
    {
        var text = "";
        foreach (var line in GlyphLineBuilder.Build(glyphs))
        {
            if (text.Length == 0)
            {
                text = line.Text;
            }
            else if (CjkCharacters.IsWide(text[^1]) || CjkCharacters.IsWide(line.Text[0]) || text[^1] == '-')
            {
                text += line.Text;
            }
            else
            {
                text += " " + line.Text;
            }
        }

        return text;
    }
}
