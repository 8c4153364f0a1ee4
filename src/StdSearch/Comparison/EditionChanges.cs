using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// The 主要技术变化 list drafted from the alignment of two editions (A older, B newer), in GB foreword style, and
/// its check against the list the newer edition prints (<see cref="StandardDocument.TechnicalChanges"/>).
/// </summary>
public sealed record EditionChanges
{
    /// <summary>The drafted items, in B's clause order, deletions last.</summary>
    public required IReadOnlyList<DraftedChange> Drafted { get; init; }

    /// <summary>Printed items that a drafted item covers.</summary>
    public IReadOnlyList<TechnicalChange> Matched { get; init; } = [];

    /// <summary>Printed items no drafted item covers.</summary>
    public IReadOnlyList<TechnicalChange> Missed { get; init; } = [];

    /// <summary>Drafted items that no printed item covers (changes the foreword does not mention, or noise).</summary>
    public IReadOnlyList<DraftedChange> Extra { get; init; } = [];
}

/// <summary>One drafted change item.</summary>
/// <param name="Kind">Added, changed or deleted.</param>
/// <param name="Text">The item as a foreword prints it: <c>——更改了…（见5.2.1，2015年版的5.1.1）；</c>.</param>
/// <param name="NewClauses">Clause numbers in the newer edition (B).</param>
/// <param name="OldClauses">Clause numbers in the older edition (A).</param>
public sealed record DraftedChange(ChangeKind Kind, string Text, IReadOnlyList<string> NewClauses, IReadOnlyList<string> OldClauses);
