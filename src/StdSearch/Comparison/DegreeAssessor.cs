using StdSearch.Comparison.Requirements;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>IDT/MOD/NEQ from the alignment (DOMAIN.md §5), with the facts that decided it.</summary>
internal static class DegreeAssessor
{
    public static DegreeAssessment Assess(StandardDocument a, StandardDocument b, IReadOnlyList<ClausePair> pairs, IReadOnlyList<Conflict> conflicts,
        double coverageA, double coverageB, bool crossLanguage, ComparisonOptions options)
    {
        var reasons = new List<string>
        {
            $"条款对应：A 的条款 {coverageA:P0} 在 B 中有对应，B 的条款 {coverageB:P0} 在 A 中有对应",
        };
        var deviations = pairs.Where(p => p.IsNormative && p.Kind is PairKind.Technical or PairKind.Added or PairKind.Deleted).ToList();
        var editorial = pairs.Count(p => p.Kind is PairKind.Editorial or PairKind.Moved);
        var identical = pairs.Count(p => p.Kind is PairKind.Identical or PairKind.Translated);
        reasons.Add($"相同 {identical} 条，编辑性修改 {editorial} 条，技术性差异 {deviations.Count} 处，规定冲突 {conflicts.Count} 项");
        if (crossLanguage) reasons.Add("跨语言比对：按条号、数值、单位、引用文件、术语对照和情态动词判断，措辞差异无法判断，置信度较低");

        AdoptionDegree degree;
        if (deviations.Count == 0 && conflicts.All(c => c.Verdict == StrictnessVerdict.NotComparable) && Math.Min(coverageA, coverageB) >= 0.95)
        {
            degree = AdoptionDegree.Identical;
            reasons.Add("IDT：仅有编辑性修改，条款一一对应");
        }
        else if (Math.Min(coverageA, coverageB) >= options.MinModCoverage)
        {
            degree = AdoptionDegree.Modified;
            reasons.Add($"MOD：存在技术性差异，结构基本对应（覆盖率不低于 {options.MinModCoverage:P0}）");
            foreach (var p in deviations)
                reasons.Add($"技术性差异 {Where(p)}：{KindName(p.Kind)}{(p.Reasons.Count > 0 && p.Kind == PairKind.Technical ? "，" + string.Join("；", p.Reasons) : "")}");
        }
        else
        {
            degree = AdoptionDegree.NotEquivalent;
            reasons.Add($"NEQ：条款对应率低于 {options.MinModCoverage:P0}，差异未能逐条对应");
        }

        AdoptionDegree? stated = null;
        Adoption? adoption = null;
        var adopterIsA = true;
        if (a.Adoption is { } aa && Same(aa.Source, b.Id)) adoption = aa;
        else if (b.Adoption is { } ba && Same(ba.Source, a.Id)) { adoption = ba; adopterIsA = false; }
        if (adoption is not null)
        {
            stated = adoption.Degree;
            reasons.Add($"{(adopterIsA ? "A" : "B")} 声明的一致性程度：{adoption.Degree.ToCode()}，比对结果{(stated == degree ? "与之一致" : "与之不一致")}");
        }
        var statedDeviations = StatedDeviations(adopterIsA ? a : b, pairs, adopterIsA);
        if (statedDeviations.Count > 0)
            reasons.Add($"文件所列技术差异 {statedDeviations.Count} 项，比对确认 {statedDeviations.Count(d => d.Found)} 项");
        return new DegreeAssessment
        {
            Degree = degree,
            Reasons = reasons,
            Stated = stated,
            AgreesWithStated = stated is null ? null : stated == degree,
            StatedDeviations = statedDeviations,
        };
    }

    private static bool Same(StandardId x, StandardId y) => !x.IsEmpty && !y.IsEmpty && x.Undated.Canonical == y.Undated.Canonical;

    private static string Where(ClausePair p) =>
        p.A.Count > 0 && p.B.Count > 0 && !p.A.SequenceEqual(p.B) ? $"{string.Join("+", p.A)}→{string.Join("+", p.B)}"
        : string.Join("+", p.A.Count > 0 ? p.A : p.B);

    internal static string KindName(PairKind kind) => kind switch
    {
        PairKind.Identical => "相同",
        PairKind.Editorial => "编辑性修改",
        PairKind.Technical => "技术性修改",
        PairKind.Moved => "条号调整",
        PairKind.Translated => "译文对应",
        PairKind.Added => "增加",
        PairKind.Deleted => "删除",
        _ => kind.ToString(),
    };

    // A table whose header reads 章条编号 | 技术差异 (2009: 技术性差异) lists the adopter's own deviations.
    private static List<StatedDeviation> StatedDeviations(StandardDocument adopter, IReadOnlyList<ClausePair> pairs, bool adopterIsA)
    {
        var result = new List<StatedDeviation>();
        var seen = new HashSet<(string, string)>();
        foreach (var table in adopter.AllClauses().Where(c => c.Rows.Count > 1))
        {
            var header = table.Rows[0];
            var clauseColumn = IndexOf(header, "章条");
            var differenceColumn = IndexOf(header, "差异");
            if (clauseColumn < 0 || differenceColumn < 0) continue;
            foreach (var row in table.Rows.Skip(1))
            {
                if (row.Count <= Math.Max(clauseColumn, differenceColumn)) continue;
                var clause = row[clauseColumn].Trim();
                if (!seen.Add((clause, row[differenceColumn].Trim()))) continue;
                var pair = pairs.FirstOrDefault(p => (adopterIsA ? p.A : p.B).Contains(clause) && p.Kind is PairKind.Technical or PairKind.Added or PairKind.Deleted)
                    ?? pairs.FirstOrDefault(p => (adopterIsA ? p.B : p.A).Contains(clause) && p.Kind is PairKind.Technical or PairKind.Added or PairKind.Deleted);
                var any = pairs.FirstOrDefault(p => p.A.Contains(clause) || p.B.Contains(clause));
                var evidence = pair is not null ? $"{(pair.Kind switch { PairKind.Added => adopterIsA ? "本文件删除" : "本文件增加", PairKind.Deleted => adopterIsA ? "本文件增加" : "本文件删除", _ => KindName(pair.Kind) })}{(pair.Kind == PairKind.Technical && pair.Reasons.Count > 0 ? "：" + string.Join("；", pair.Reasons) : "")}"
                    : any is not null ? $"未确认：该条比对结果为{KindName(any.Kind)}" : "未确认：未找到该条";
                result.Add(new StatedDeviation(clause, row[differenceColumn].Trim(), pair is not null, evidence));
            }
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> header, string word)
    {
        for (var i = 0; i < header.Count; i++)
            if (header[i].Replace(" ", "", StringComparison.Ordinal).Contains(word, StringComparison.Ordinal)) return i;
        return -1;
    }
}
