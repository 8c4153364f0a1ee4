using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>One edition of a standard as the lifecycle registry knows it: from the index, the catalogue, or only named by
/// another edition's 代替 statement or edition history. Immutable.</summary>
public sealed record Edition
{
    /// <summary>The edition's number (year set; amendments folded into their edition).</summary>
    public required StandardId Id { get; init; }

    /// <summary>The title, from the indexed document or the catalogue; empty when only named.</summary>
    public string Title { get; init; } = "";

    /// <summary>The publication (发布) date, if known.</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>The entry-into-force (实施) date, if known.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>The resolved status: the catalogue's when it states one, otherwise inferred from the editions known.</summary>
    public LifecycleStatus Status { get; init; }

    /// <summary>True when <see cref="Status"/> comes from the catalogue, false when inferred.</summary>
    public bool StatusFromCatalogue { get; init; }

    /// <summary>The index Key of the edition, or null when it is not indexed.</summary>
    public string? IndexKey { get; init; }

    /// <summary>True when the edition is indexed.</summary>
    public bool InIndex => IndexKey is not null;

    /// <summary>True when the catalogue lists the edition.</summary>
    public bool InCatalogue { get; init; }

    /// <summary>The editions this one states it replaces (its own 代替 statement or the catalogue's 代替标准).</summary>
    public IReadOnlyList<StandardId> Replaces { get; init; } = [];

    /// <summary>The editions known to replace this one (their 代替 statements, or the catalogue's 被代替标准).</summary>
    public IReadOnlyList<StandardId> ReplacedBy { get; init; } = [];
}

/// <summary>The editions of one standard number (a lineage: <c>GB 1234</c> and <c>GB/T 1234</c> are one), oldest first. Immutable.</summary>
/// <param name="Lineage">The lineage key: prefix and number (<c>GB 31999</c>).</param>
/// <param name="Editions">The editions, oldest first.</param>
/// <param name="Current">The edition in force now (the newest current one), or null when none is (all replaced or abolished).</param>
public sealed record EditionChain(string Lineage, IReadOnlyList<Edition> Editions, Edition? Current);
