using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>One indexed standard in the portfolio view: how many of its references are out of date. Immutable.</summary>
/// <param name="Key">The index Key.</param>
/// <param name="Id">The standard's id (empty for a document without one).</param>
/// <param name="References">The standards it cites.</param>
/// <param name="OutOfDate">Those replaced, abolished or, undated, now meaning a different edition.</param>
/// <param name="Unknown">Those neither indexed nor catalogued.</param>
public sealed record PortfolioEntry(string Key, StandardId Id, int References, int OutOfDate, int Unknown)
{
    /// <summary>The standard's own status.</summary>
    public LifecycleStatus Status { get; init; }

    /// <summary>The out-of-date references with their verdicts.</summary>
    public IReadOnlyList<ReferenceCheck> OutOfDateReferences { get; init; } = [];
}

/// <summary>The relations of one standard, for a standard's page. Immutable.</summary>
/// <param name="Key">The index Key, or the canonical id of an edition known only from the catalogue or a 代替 statement.</param>
/// <param name="Id">The standard's id.</param>
public sealed record StandardRelations(string Key, StandardId Id)
{
    /// <summary>Its resolved status.</summary>
    public LifecycleStatus Status { get; init; }

    /// <summary>Every known edition of its number, oldest first.</summary>
    public IReadOnlyList<StandardId> Editions { get; init; } = [];

    /// <summary>The editions it replaces.</summary>
    public IReadOnlyList<StandardId> Replaces { get; init; } = [];

    /// <summary>The editions that replace it (named by 代替, else the newer editions of its number).</summary>
    public IReadOnlyList<StandardId> ReplacedBy { get; init; } = [];

    /// <summary>The standards it cites (normative references first).</summary>
    public IReadOnlyList<StandardId> Cites { get; init; } = [];

    /// <summary>The index Keys of the standards that cite any edition of its number.</summary>
    public IReadOnlyList<string> CitedBy { get; init; } = [];
}
