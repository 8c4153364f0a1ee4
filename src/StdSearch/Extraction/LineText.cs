using StdSearch.Text;
using System.Text;

namespace StdSearch.Extraction;

/// <summary>
/// Whitespace rules shared by the DOCX, HTML and text readers: a line's text has no control characters, no runs of
/// spaces, no leading or trailing blanks, and no space where a source wrapped a line between two Chinese characters.
/// A single space typed between Chinese words is kept: title elements are separated by one (<c>信息与文献 参考文献著录规则</c>).
/// </summary>
internal static class LineText
{
    /// <summary>
    /// Collapses each run of whitespace to one space (or to nothing when the run holds a line break and sits between
    /// two CJK characters), and trims the ends, ideographic spaces included.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.Length == 0) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsBlank(c))
            {
                if (!char.IsControl(c) || c == '\t') sb.Append(c);
                i++;
                continue;
            }
            var hadBreak = false;
            while (i < text.Length && IsBlank(text[i]))
            {
                hadBreak |= text[i] is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
            }
            if (sb.Length == 0 || i >= text.Length) continue; // trimmed
            var before = sb[^1];
            var after = text[i];
            if (hadBreak && CjkCharacters.IsWide(before) && CjkCharacters.IsWide(after)) continue; // a wrapped line, not a word gap
            sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>Joins two pieces of one logical line: without a space between CJK characters, with one otherwise.</summary>
    public static string JoinWrapped(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return CjkCharacters.IsWide(left[^1]) && CjkCharacters.IsWide(right[0]) ? left + right : left + " " + right;
    }

    /// <summary>
    /// The text of a table row: its non-empty cells joined by <c>" | "</c> (merged and blank cells leave no stray bars);
    /// <see cref="LayoutLine.Cells"/> keeps every cell in its position.
    /// </summary>
    public static string JoinCells(IEnumerable<string> cells) => string.Join(" | ", cells.Where(c => c.Length > 0));

    /// <summary>True for whitespace, including no-break, ideographic and zero-width spaces.</summary>
    public static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00A0' or '\u3000';

    /// <summary>Counts the characters that carry text (not whitespace or control characters).</summary>
    public static int CountVisible(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (!IsBlank(c) && !char.IsControl(c)) n++;
        return n;
    }
}
