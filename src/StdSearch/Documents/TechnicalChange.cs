namespace StdSearch.Documents;

/// <summary>What kind of change a foreword item states.</summary>
public enum ChangeKind
{
    /// <summary>The item's verb is not one of the usual ones.</summary>
    Other = 0,
    /// <summary>增加了.</summary>
    Added,
    /// <summary>更改了 / 修改了.</summary>
    Changed,
    /// <summary>删除了.</summary>
    Deleted,
}

/// <summary>
/// One item of the foreword's list of technical changes against the previous edition
/// (<c>——更改了…（见5.1，2009年版的4.3）；</c>).
/// </summary>
/// <param name="Kind">Added, changed, deleted.</param>
/// <param name="Description">The item text without its dash and clause references.</param>
public sealed record TechnicalChange(ChangeKind Kind, string Description)
{
    /// <summary>Clause numbers in this edition the item points at (见5.1).</summary>
    public IReadOnlyList<string> NewClauses { get; init; } = [];

    /// <summary>Clause numbers in the previous edition (2009年版的4.3).</summary>
    public IReadOnlyList<string> OldClauses { get; init; } = [];
}
