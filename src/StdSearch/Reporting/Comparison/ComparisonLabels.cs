using StdSearch.Comparison;
using StdSearch.Comparison.Requirements;
using StdSearch.Documents;

namespace StdSearch.Reporting.Comparison;

/// <summary>Chinese labels shared by the Markdown and HTML comparison reports.</summary>
internal static class ComparisonLabels
{
    public static string Kind(PairKind kind) => kind switch
    {
        PairKind.Identical => "相同",
        PairKind.Editorial => "编辑性修改",
        PairKind.Technical => "技术性修改",
        PairKind.Moved => "条号调整",
        PairKind.Translated => "译文对应",
        PairKind.Added => "B 增加",
        PairKind.Deleted => "B 删除",
        _ => kind.ToString(),
    };

    public static string Verdict(StrictnessVerdict verdict) => verdict switch
    {
        StrictnessVerdict.Same => "一致",
        StrictnessVerdict.AStricter => "A 严于 B",
        StrictnessVerdict.BStricter => "B 严于 A",
        StrictnessVerdict.Contradictory => "矛盾",
        _ => "不可比",
    };

    public static string Degree(AdoptionDegree degree) => degree switch
    {
        AdoptionDegree.Identical => "IDT 等同",
        AdoptionDegree.Modified => "MOD 修改",
        AdoptionDegree.NotEquivalent => "NEQ 非等效",
        _ => degree.ToCode(),
    };

    public static string Method(AlignmentMethod method) => method switch
    {
        AlignmentMethod.NumberAndText => "条号+文本",
        AlignmentMethod.Text => "文本",
        AlignmentMethod.Containment => "包含",
        AlignmentMethod.NumberAndAnchors => "条号+锚点",
        AlignmentMethod.Number => "仅条号",
        AlignmentMethod.Anchors => "锚点",
        _ => "",
    };

    public static string Difference(DifferenceKind kind) => kind switch
    {
        DifferenceKind.Different => "不同",
        DifferenceKind.OnlyInA => "仅 A 有",
        _ => "仅 B 有",
    };

    public static string Numbers(IReadOnlyList<string> numbers) => numbers.Count == 0 ? "—" : string.Join("+", numbers);
}
