namespace StdSearch.Tests.TestSupport;

/// <summary>
/// A hand-written ground-truth file (<c>*.truth</c>): <c>key: value</c> metadata lines, then sections
/// <c>[clauses]</c> (number, heading[, annex status]), <c>[terms]</c>, <c>[references]</c>, <c>[requirements]</c>, tab-separated.
/// </summary>
internal sealed class TruthFile
{
    public required string Path { get; init; }
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public required IReadOnlyList<string[]> Clauses { get; init; }
    public required IReadOnlyList<string[]> Terms { get; init; }
    public required IReadOnlyList<string[]> References { get; init; }
    public required IReadOnlyList<string[]> Requirements { get; init; }
    public required IReadOnlyList<string> Comments { get; init; }

    public string BaseName => System.IO.Path.GetFileNameWithoutExtension(Path);

    public static TruthFile Load(string path)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, List<string[]>>(StringComparer.Ordinal)
        {
            ["clauses"] = [], ["terms"] = [], ["references"] = [], ["requirements"] = [],
        };
        var comments = new List<string>();
        List<string[]>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#')) { comments.Add(line); continue; }
            if (line.Trim().Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                current = sections.TryGetValue(name, out var list) ? list : sections[name] = [];
                continue;
            }
            if (current is null)
            {
                var colon = line.IndexOf(':');
                if (colon <= 0) continue;
                var value = line[(colon + 1)..];
                // Allow trailing "(explanation)" comments after two or more spaces, as some truth files do.
                var comment = value.IndexOf("   ", StringComparison.Ordinal);
                if (comment > 0) value = value[..comment];
                metadata[line[..colon].Trim()] = value.Trim();
            }
            else current.Add(line.Split('\t'));
        }
        return new TruthFile
        {
            Path = path,
            Metadata = metadata,
            Clauses = sections["clauses"],
            Terms = sections["terms"],
            References = sections["references"],
            Requirements = sections["requirements"],
            Comments = comments,
        };
    }
}
