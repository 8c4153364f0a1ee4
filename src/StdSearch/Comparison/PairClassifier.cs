using StdSearch.Comparison.Requirements;

namespace StdSearch.Comparison;

/// <summary>Decides a pair's kind and the reasons for it from its two sides. Pure.</summary>
internal static class PairClassifier
{
    public static (PairKind Kind, List<string> Reasons) Classify(Side a, Side b, double similarity, bool moved, bool crossLanguage, ComparisonOptions options)
    {
        var reasons = new List<string>();
        if (!crossLanguage && a.Features.Compact == b.Features.Compact)
        {
            if (moved) reasons.Add($"条号改变：{a.Numbers} → {b.Numbers}");
            return (moved ? PairKind.Moved : PairKind.Identical, reasons);
        }

        Compare("数值", a.Features.Values, b.Features.Values, reasons);
        Compare("标识符", a.Features.Identifiers, b.Features.Identifiers, reasons);
        Compare("引用文件", a.Features.CitedIds, b.Features.CitedIds, reasons);
        // 能/不能 state capability, not a provision (DOMAIN.md §4): only requirement, recommendation and permission count.
        var ma = a.Modalities.Where(IsProvision).Distinct().Order().Select(TextFeatures.Chinese).ToList();
        var mb = b.Modalities.Where(IsProvision).Distinct().Order().Select(TextFeatures.Chinese).ToList();
        if (!ma.SequenceEqual(mb)) reasons.Add($"情态：{Join(ma)} → {Join(mb)}");
        if (reasons.Count > 0)
        {
            if (moved) reasons.Add($"条号改变：{a.Numbers} → {b.Numbers}");
            return (PairKind.Technical, reasons);
        }

        if (crossLanguage)
        {
            reasons.Add("跨语言对应：数值、引用文件、术语和情态一致");
            return (PairKind.Translated, reasons);
        }
        if (a.Features.EditorialKey == b.Features.EditorialKey)
            reasons.Add("仅标点、空格或“本标准/本文件”等自称改动");
        else if (similarity < options.EditorialThreshold)
        {
            reasons.Add($"文字改动超出编辑性阈值（相似度 {similarity:0.00} < {options.EditorialThreshold:0.00}）");
            return (PairKind.Technical, reasons);
        }
        else reasons.Add($"措辞修改，数值、单位、情态和引用文件未变（相似度 {similarity:0.00}）");
        if (moved)
        {
            reasons.Add($"条号改变：{a.Numbers} → {b.Numbers}");
            return (PairKind.Moved, reasons);
        }
        return (PairKind.Editorial, reasons);
    }

    private static bool IsProvision(Modality m) => m is not (Modality.Can or Modality.Cannot or Modality.None);

    private static void Compare(string label, IReadOnlyList<string> a, IReadOnlyList<string> b, List<string> reasons)
    {
        var onlyA = MultisetExcept(a, b);
        var onlyB = MultisetExcept(b, a);
        if (onlyA.Count + onlyB.Count > 0) reasons.Add($"{label}：{Join(onlyA)} → {Join(onlyB)}");
    }

    private static List<string> MultisetExcept(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        // Counts do not matter (a reworded clause may repeat a value); a value present on one side only does.
        var set = new HashSet<string>(y, StringComparer.Ordinal);
        return x.Where(v => !set.Contains(v)).Distinct().ToList();
    }

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "（无）" : string.Join("、", items);

    /// <summary>One side of a pair: the joined texts of its units and their features.</summary>
    internal sealed record Side(string Text, UnitFeatures Features, IReadOnlyList<string> Words, IReadOnlyList<Modality> Modalities, string Numbers);
}
