using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>
/// What <see cref="PairClassifier"/> compares of one unit, or of several units read as one side of a pair: computed once
/// per unit (<see cref="For"/>) and joined for a many-to-one pair (<see cref="Join"/>), so no text is folded or scanned
/// again per pair.
/// </summary>
internal sealed record UnitFeatures(
    string Compact,
    string EditorialKey,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<string> CitedIds)
{
    /// <summary>Features of <paramref name="unit"/>: the identical check reads its full text (notes included), the rest its normative text.</summary>
    public static UnitFeatures For(ComparisonUnit unit, TextFolder folder, ValueReader values)
    {
        var ids = unit.FoldedText.Length >= 4 ? StandardIdFinder.FindAll(unit.FoldedText) : [];
        return new(
            TextFeatures.WithoutSpace(folder.FoldToString(unit.Text)),
            TextFeatures.EditorialKey(unit.FoldedText),
            values.Values(unit.FoldedText, ids),
            ValueReader.Identifiers(unit.FoldedText),
            ids.Select(m => m.Id.Canonical).ToList());
    }

    /// <summary>The features of units read in order as one text (the keys drop whitespace, so joining them equals keying the joined text).</summary>
    public static UnitFeatures Join(IReadOnlyList<UnitFeatures> parts) => parts.Count == 1 ? parts[0] : new(
        string.Concat(parts.Select(p => p.Compact)),
        string.Concat(parts.Select(p => p.EditorialKey)),
        parts.SelectMany(p => p.Values).ToList(),
        parts.SelectMany(p => p.Identifiers).ToList(),
        parts.SelectMany(p => p.CitedIds).ToList());
}
