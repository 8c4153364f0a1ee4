using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>Turns the term entries of the clause tree into <see cref="Term"/>s: designation, English, definition, notes, source. Pure.</summary>
internal static partial class TermsParser
{
    /// <summary>The terms of every term node, in document order.</summary>
    public static List<Term> Collect(IEnumerable<ClauseNode> roots)
    {
        var result = new List<Term>();
        foreach (var node in roots.SelectMany(r => r.DescendantsAndSelf()).Where(n => n.Kind == ClauseKind.Term))
        {
            var definition = new List<string>();
            var notes = new List<string>();
            var source = "";
            if (node.Text.Length > 0) AddDefinition(node.Text, definition, ref source);
            foreach (var child in node.Children)
            {
                if (child.Kind == ClauseKind.Note) notes.Add(child.Text);
                else if (child.Kind == ClauseKind.Paragraph) AddDefinition(child.Text, definition, ref source);
            }
            result.Add(new Term(node.Number, node.Heading, node.EnglishTerm, string.Join("\n", definition)) { Notes = notes, Source = source });
        }
        return result;
    }

    private static void AddDefinition(string text, List<string> definition, ref string source)
    {
        var m = Source().Match(text);
        if (m.Success)
        {
            if (source.Length == 0) source = m.Groups["s"].Value.Trim();
            text = text.Remove(m.Index, m.Length).Trim();
        }
        if (text.Length > 0) definition.Add(text);
    }

    [GeneratedRegex(@"[\[［]\s*(?<s>(?:来源|SOURCE)\s*[：:].*?|(?:GB|ISO|IEC)[^\]］]*)[\]］]")]
    private static partial Regex Source();
}
