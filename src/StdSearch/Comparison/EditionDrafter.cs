using System.Text.RegularExpressions;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// Drafts the 主要技术变化 list of a newer edition (B) against the older (A) from the alignment, in GB foreword style,
/// and checks it against the list B prints. Whole added or deleted subtrees become one item at their top clause
/// (增加了作业人员（见4.3）); renumbered clauses with unchanged content are structure, not listed (the foreword's
/// "除结构调整和编辑性改动外").
/// </summary>
internal static partial class EditionDrafter
{
    [GeneratedRegex(@"^\s*(表|图)\s*([A-Z]?\.?\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"(?<![\d.])(?:\d+|[A-Z])(?:\.\d+)+(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseNumberInText();

    public static EditionChanges? Draft(StandardDocument a, StandardDocument b, IReadOnlyList<ClausePair> pairs, IReadOnlyList<ComparisonUnit> unitsA, IReadOnlyList<ComparisonUnit> unitsB, EditionMode mode)
    {
        if (mode == EditionMode.Never || (mode == EditionMode.Auto && !AreEditions(a, b))) return null;
        var old = a.Id.Year is { } y ? $"{y}年版" : "原版";
        var drafted = new List<DraftedChange>();

        foreach (var p in pairs)
        {
            if (p.A.Count == 0 || p.B.Count == 0 || p.Kind != PairKind.Technical || !p.IsNormative) continue;
            var subject = TableRowSubject(p) ?? Subject(p.TextB.Length > 0 ? p.TextB : p.TextA) ?? p.Heading;
            var detail = string.Join("；", p.Reasons.Where(r => !r.StartsWith("条号", StringComparison.Ordinal)));
            drafted.Add(new DraftedChange(ChangeKind.Changed,
                $"——更改了{Quote(subject)}的要求（{detail}）（见{Join(p.B)}，{old}的{Join(p.A)}）；", p.B, p.A));
        }
        foreach (var (number, label, isTerm) in Groups(pairs.Where(p => p.Kind == PairKind.Added && p.IsNormative).SelectMany(p => p.B), unitsB))
            drafted.Add(new DraftedChange(ChangeKind.Added,
                isTerm ? $"——增加了“{label}”的术语和定义（见{Ref(number)}）；" : $"——增加了{label}（见{Ref(number)}）；", [number], []));
        foreach (var (number, label, isTerm) in Groups(pairs.Where(p => p.Kind == PairKind.Deleted && p.IsNormative).SelectMany(p => p.A), unitsA))
            drafted.Add(new DraftedChange(ChangeKind.Deleted,
                isTerm ? $"——删除了“{label}”的术语和定义（见{old}的{Ref(number)}）；" : $"——删除了{label}（见{old}的{Ref(number)}）；", [], [number]));

        var matched = new List<TechnicalChange>();
        var missed = new List<TechnicalChange>();
        var used = new HashSet<DraftedChange>();
        foreach (var printed in b.TechnicalChanges)
        {
            // Older forewords name clauses in the sentence (修改了…中 5.2“连接的维持”…): then any number in it counts for either edition.
            var named = printed.NewClauses.Count + printed.OldClauses.Count == 0
                ? ClauseNumberInText().Matches(printed.Description).Select(m => m.Value).ToList() : [];
            var newRefs = printed.NewClauses.Concat(named).SelectMany(r => Resolve(r, unitsB)).ToList();
            var oldRefs = printed.OldClauses.Concat(named).SelectMany(r => Resolve(r, unitsA)).ToList();
            var hits = drafted.Where(d => d.NewClauses.Any(n => newRefs.Any(r => Covers(r, n))) || d.OldClauses.Any(o => oldRefs.Any(r => Covers(r, o)))).ToList();
            (hits.Count > 0 ? matched : missed).Add(printed);
            used.UnionWith(hits);
        }
        return new EditionChanges
        {
            Drafted = drafted,
            Matched = matched,
            Missed = missed,
            Extra = b.TechnicalChanges.Count == 0 ? [] : drafted.Where(d => !used.Contains(d)).ToList(),
        };
    }

    private static bool AreEditions(StandardDocument a, StandardDocument b)
    {
        if (a.Id.IsEmpty || b.Id.IsEmpty) return false;
        if (b.Replaces.Any(r => r.Undated.Canonical == a.Id.Undated.Canonical)) return true;
        return a.Id.Undated.Canonical == b.Id.Undated.Canonical && a.Id.Year is { } ya && b.Id.Year is { } yb && ya < yb;
    }

    // Outermost enclosing clause all of whose units are on the list: one item per added (or deleted) subtree.
    private static IEnumerable<(string Number, string Label, bool IsTerm)> Groups(IEnumerable<string> numbers, IReadOnlyList<ComparisonUnit> units)
    {
        var changed = new HashSet<string>(numbers, StringComparer.Ordinal);
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            if (!changed.Contains(u.Number)) continue;
            string number = u.Number, label = u.Kind == ClauseKind.Term ? u.Heading : Label(u);
            var isTerm = u.Kind == ClauseKind.Term;
            foreach (var ancestor in u.Path)
            {
                var space = ancestor.IndexOf(' ');
                var n = space < 0 ? ancestor : ancestor[..space];
                var under = units.Where(x => x.Number == n || x.Path.Any(p => p == ancestor)).ToList();
                if (under.Count > 0 && under.All(x => changed.Contains(x.Number)))
                {
                    number = n;
                    label = space < 0 ? n : ancestor[(space + 1)..];
                    isTerm = false;
                    break;
                }
            }
            if (emitted.Add(number)) yield return (number, label, isTerm);
        }
    }

    private static string Label(ComparisonUnit u) => u.Heading.Length > 0 ? u.Heading : Quote(Subject(u.Text) ?? StandardComparer.Excerpt(u.Text, 20)) + "的要求";

    // The subject of a requirement: the words before its first modal verb (储存油温 in 储存油温应不大于25 ℃).
    private static string? Subject(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        var cut = t.IndexOfAny(['应', '宜', '可', '不']);
        if (cut is < 2 or > 24) return null;
        var s = t[..cut].Trim().TrimEnd('，', ',');
        var comma = s.LastIndexOfAny(['，', ',', '；']);
        return comma >= 0 ? s[(comma + 1)..].Trim() : s;
    }

    // A change inside a table row is named after the row (酸价（以 KOH 计）/（mg/g）), not the clause's first sentence.
    private static string? TableRowSubject(ClausePair p)
    {
        var position = 0;
        foreach (var d in p.Diff)
        {
            if (d.Operation != DiffOperation.Equal) break;
            position += d.B.Length;
        }
        if (position >= p.TextB.Length) return null;
        var start = p.TextB.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var end = p.TextB.IndexOf('\n', position);
        var line = p.TextB[start..(end < 0 ? p.TextB.Length : end)];
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 ? line[..bar].Trim() : null;
    }

    private static string Quote(string s) => $"“{s}”";

    private static string Join(IReadOnlyList<string> numbers) => string.Join("、", numbers.Select(Ref));

    private static string Ref(string number) => number.All(char.IsAsciiLetterUpper) ? "附录" + number : number;

    // A printed reference (4.3, 附录A, 表1) as clause numbers of the document.
    private static IEnumerable<string> Resolve(string reference, IReadOnlyList<ComparisonUnit> units)
    {
        var r = reference.Replace(" ", "", StringComparison.Ordinal);
        if (r.StartsWith("附录", StringComparison.Ordinal)) { yield return r[2..]; yield break; }
        if (r.StartsWith('表') || r.StartsWith('图'))
        {
            var found = false;
            foreach (var u in units)
                foreach (Match m in CaptionLine().Matches(u.Text))
                    if (m.Groups[1].Value + m.Groups[2].Value == r) { found = true; yield return u.Number; }
            if (!found)
                foreach (var u in units.Where(u => u.Text.Replace(" ", "", StringComparison.Ordinal).Contains(r, StringComparison.Ordinal)))
                    yield return u.Number;
            yield break;
        }
        yield return r;
    }

    private static bool Covers(string x, string y) =>
        x == y || y.StartsWith(x + ".", StringComparison.Ordinal) || x.StartsWith(y + ".", StringComparison.Ordinal);
}
