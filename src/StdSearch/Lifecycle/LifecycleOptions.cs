namespace StdSearch.Lifecycle;

/// <summary>Options of the lifecycle registry and the citation check.</summary>
public sealed record LifecycleOptions
{
    /// <summary>The defaults: statuses as of today.</summary>
    public static LifecycleOptions Default { get; } = new();

    /// <summary>
    /// The date statuses are resolved for (代替 takes effect on the successor's 实施 date, DOMAIN.md §2); null means today
    /// (local date) when the registry is built.
    /// </summary>
    public DateOnly? AsOf { get; init; }
}
