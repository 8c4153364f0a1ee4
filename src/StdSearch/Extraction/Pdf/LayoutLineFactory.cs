namespace StdSearch.Extraction.Pdf;

/// <summary>Turns page lines into the public <see cref="LayoutLine"/>s, deciding which lines are centred.</summary>
internal static class LayoutLineFactory
{
    /// <summary>A line is centred when its centre is within this share of the text block's width from the block's centre.</summary>
    internal const double CentreTolerance = 0.05;

    /// <summary>... and it is at most this share of the block's width.</summary>
    internal const double MaxCentredWidth = 0.8;

    /// <summary>Creates the document's lines in reading order.</summary>
    public static List<LayoutLine> Create(IReadOnlyList<PageLines> pages)
    {
        var all = pages.SelectMany(p => p.Lines).ToList();
        var (blockLeft, blockRight) = TextBlock(all);
        var blockCentre = (blockLeft + blockRight) / 2;
        var blockWidth = Math.Max(blockRight - blockLeft, 1);
        var result = new List<LayoutLine>(all.Count);
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                var centre = (line.Left + line.Right) / 2;
                var centred = line.Cells is null
                    && Math.Abs(centre - blockCentre) <= CentreTolerance * blockWidth
                    && line.Width <= MaxCentredWidth * blockWidth;
                result.Add(new LayoutLine(line.Text, page.Number)
                {
                    FontSize = Math.Round(line.FontSize, 1),
                    IsBold = line.IsBold,
                    Left = Math.Round(line.Left, 1),
                    IsCentered = centred,
                    Cells = line.Cells,
                });
            }
        }

        return result;
    }

    /// <summary>The document's text block: where most lines start and end (5th and 95th percentiles), robust to stray lines.</summary>
    internal static (double Left, double Right) TextBlock(IReadOnlyList<PageLine> lines)
    {
        if (lines.Count == 0)
        {
            return (0, 0);
        }

        var lefts = lines.Select(l => l.Left).Order().ToList();
        var rights = lines.Select(l => l.Right).Order().ToList();
        return (lefts[(int)(0.05 * (lefts.Count - 1))], rights[(int)(0.95 * (rights.Count - 1))]);
    }
}
