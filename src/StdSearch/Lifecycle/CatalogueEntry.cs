using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>One row of a standards catalogue: an edition with the status and dates the publishing platform gives it. Immutable.</summary>
public sealed record CatalogueEntry
{
    /// <summary>The edition's number, normalised (<c>GB/T 7714-2015</c>); undated when the catalogue gives no year.</summary>
    public required StandardId Id { get; init; }

    /// <summary>The Chinese title, empty when the catalogue has none.</summary>
    public string Title { get; init; } = "";

    /// <summary>The status the catalogue states, or null when its status cell is empty.</summary>
    public LifecycleStatus? Status { get; init; }

    /// <summary>The publication (发布) date, or null.</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>The entry-into-force (实施) date, or null.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>The editions this one replaces (代替标准).</summary>
    public IReadOnlyList<StandardId> Replaces { get; init; } = [];

    /// <summary>The editions that replace this one (被代替标准 / 替代标准).</summary>
    public IReadOnlyList<StandardId> ReplacedBy { get; init; } = [];
}
