using System.Text.RegularExpressions;

namespace StdSearch.Extraction.Pdf;

/// <summary>
/// Rejoins clause numbers that a producer set as separate glyph runs on separate lines (<c>4.</c> / <c>2.</c> /
/// <c>3 媒体网关</c> → <c>4.2.3 媒体网关</c>). Only a stub that is nothing but a number ending in a dot, directly above a
/// line that starts with a digit, is joined: a complete number on its own line (<c>3.1.7</c> above a term) stays.
/// </summary>
internal static partial class ClauseNumberStitcher
{
    /// <summary>How far below a stub (in line heights of its font size) the continuation may start.</summary>
    internal const double MaxDistanceEm = 2.6;

    /// <summary>Joins stubs within one page's lines (top to bottom).</summary>
    public static List<PageLine> Stitch(IReadOnlyList<PageLine> lines)
    {
        var result = new List<PageLine>(lines.Count);
        PageLine? stub = null;
        foreach (var line in lines)
        {
            if (stub is not null)
            {
                var close = stub.Baseline - line.Baseline <= MaxDistanceEm * Math.Max(stub.FontSize, 1)
                            && stub.Baseline > line.Baseline;
                if (close && line.Cells is null && line.Text.Length > 0 && char.IsAsciiDigit(line.Text[0]))
                {
                    var joined = line with { Text = stub.Text + line.Text, Left = Math.Min(stub.Left, line.Left) };
                    if (IsStub(joined.Text))
                    {
                        stub = joined;
                        continue;
                    }

                    result.Add(joined);
                    stub = null;
                    continue;
                }

                result.Add(stub);
                stub = null;
            }

            if (line.Cells is null && IsStub(line.Text))
            {
                stub = line;
                continue;
            }

            result.Add(line);
        }

        if (stub is not null)
        {
            result.Add(stub);
        }

        return result;
    }

    internal static bool IsStub(string text) => StubPattern().IsMatch(text);

    [GeneratedRegex(@"^(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})*\.$")]
    private static partial Regex StubPattern();
}
