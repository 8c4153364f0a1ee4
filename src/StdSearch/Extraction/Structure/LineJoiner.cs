using System.Text.RegularExpressions;

namespace StdSearch.Extraction.Structure;

/// <summary>
/// Cleans a reader's lines before structure is parsed: puts a Word numbering label in front of its text, closes clause
/// numbers a PDF spaced out (<c>3. 1. 7</c> → <c>3.1.7</c>) or split over lines (<c>4.</c> / <c>2.</c> / <c>3 媒体网关</c>),
/// and drops empty lines. Pure.
/// </summary>
internal static partial class LineJoiner
{
    /// <summary>The cleaned lines in reading order.</summary>
    public static List<SourceLine> Prepare(IReadOnlyList<LayoutLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        string? pending = null;
        LayoutLine? pendingSource = null;
        foreach (var line in lines)
        {
            var text = (line.Text ?? "").Replace('\u3000', ' ').Replace('\u00A0', ' ').Trim();
            if (line.NumberingLabel.Length > 0) text = line.NumberingLabel.Trim() + " " + text;
            text = text.Trim();
            if (text.Length == 0 && line.Cells is null) continue;
            if (pending is not null)
            {
                if (text.Length > 0 && char.IsAsciiDigit(text[0]) && line.Cells is null)
                {
                    text = pending + text;
                    pending = null;
                }
                else
                {
                    result.Add(new SourceLine(pending, pendingSource!.Page, pendingSource));
                    pending = null;
                }
            }
            if (line.Cells is null && DanglingNumber().IsMatch(text))
            {
                pending = text;
                pendingSource = line;
                continue;
            }
            text = CloseSpacedNumber(text);
            if (text.Length == 0) text = " ";
            result.Add(new SourceLine(text, line.Page, line));
        }
        if (pending is not null) result.Add(new SourceLine(pending, pendingSource!.Page, pendingSource));
        return result;
    }

    /// <summary>Closes spaces inside a clause number at the start of a line: <c>3. 1. 7 拐点</c> → <c>3.1.7 拐点</c>, <c>A. 1</c> → <c>A.1</c>.</summary>
    public static string CloseSpacedNumber(string text)
    {
        var m = SpacedNumber().Match(text);
        if (!m.Success) return text;
        var closed = TextTools.Compact(m.Value);
        return closed + text[m.Length..];
    }

    [GeneratedRegex(@"^\d{1,3}\.$")]
    private static partial Regex DanglingNumber();

    [GeneratedRegex(@"^(?:N?[A-Z]\s*\.\s*\d{1,3}(?:\s*\.\s*\d{1,3})*|\d{1,3}(?:\s*\.\s*\d{1,3})+)(?![\d.])")]
    private static partial Regex SpacedNumber();
}
