namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Groups a page's glyphs into lines by baseline, top to bottom, and joins each line's glyphs left to right.
/// The baseline tolerance is relative to the font size because some producers set Latin runs, CJK runs and
/// punctuation of one visual line on baselines a point or two apart (GB/T 28181—2016).
/// </summary>
internal static class GlyphLineBuilder
{
    /// <summary>Glyphs whose baselines differ by less than this share of the font size belong to one line.</summary>
    internal const double BaselineToleranceEm = 0.4;

    /// <summary>Builds the lines of a page, top to bottom.</summary>
    public static List<PageLine> Build(IReadOnlyList<PdfGlyph> glyphs)
    {
        var lines = new List<PageLine>();
        foreach (var cluster in ClusterByBaseline(glyphs))
        {
            cluster.Sort((x, y) => x.X.CompareTo(y.X));
            if (ToLine(cluster) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Groups glyphs into baseline clusters, top to bottom. Each cluster spans at most the tolerance, so lines never chain together.</summary>
    internal static List<List<PdfGlyph>> ClusterByBaseline(IReadOnlyList<PdfGlyph> glyphs)
    {
        var sorted = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X).ToList();
        var clusters = new List<List<PdfGlyph>>();
        List<PdfGlyph>? current = null;
        double top = 0, size = 0;
        foreach (var glyph in sorted)
        {
            var tolerance = BaselineToleranceEm * Math.Max(Math.Max(size, glyph.Size), 1);
            if (current is null || top - glyph.Baseline > tolerance)
            {
                current = [];
                clusters.Add(current);
                top = glyph.Baseline;
                size = glyph.Size;
            }

            current.Add(glyph);
        }

        return clusters;
    }

    /// <summary>Makes a line from glyphs sorted left to right; null when they hold no text.</summary>
    internal static PageLine? ToLine(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = CollapseSpaces(GlyphTextJoiner.Join(glyphs));
        if (text.Length == 0)
        {
            return null;
        }

        var inked = glyphs.Where(g => !g.IsSpace).ToList();
        var size = inked.GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        // Chinese headings set their number and Latin words in a companion font that is not marked bold; when the line
        // has CJK glyphs, they decide.
        var cjk = inked.Where(g => CharClass.IsCjkLetter(g.First)).ToList();
        var voters = cjk.Count > 0 ? cjk : inked;
        var bold = voters.Count(g => g.IsBold) * 2 > voters.Count;
        var baseline = inked.GroupBy(g => Math.Round(g.Baseline)).OrderByDescending(g => g.Count()).First().Key;
        return new PageLine(text, inked[0].X, inked.Max(g => g.Right), baseline, size, bold);
    }

    internal static string CollapseSpaces(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal))
        {
            return text.Trim();
        }

        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }
}
