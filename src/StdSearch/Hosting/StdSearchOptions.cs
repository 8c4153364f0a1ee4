using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Hosting;

/// <summary>
/// Settings of the engine in a host, bound from configuration (section <c>StdSearch</c>) or set in code through
/// <see cref="StdSearchServiceCollectionExtensions.AddStdSearch"/>. Mutable so that configuration binders can fill it;
/// the library reads it once, when the singletons are created.
/// </summary>
public sealed class StdSearchOptions
{
    /// <summary>The configuration section hosts bind: <c>StdSearch</c>.</summary>
    public const string SectionName = "StdSearch";

    /// <summary>The index folder. Default <see cref="DefaultIndexDirectory"/>.</summary>
    public string IndexDirectory { get; set; } = DefaultIndexDirectory();

    /// <summary>A batch commits after this many files. Default 50.</summary>
    public int CommitEveryFiles { get; set; } = StandardsIndexOptions.Default.CommitEveryFiles;

    /// <summary>Default ranking and limits of searches (the <see cref="SearchOptions.Default"/> values, in an instance of
    /// its own: a configuration binder fills it in place, which must not change the shared defaults).</summary>
    public SearchOptions Search { get; set; } = new();

    /// <summary>
    /// The environment variable <c>STDSEARCH_INDEX</c> when set, else <c>.stdsearch/index</c> under the current directory.
    /// </summary>
    public static string DefaultIndexDirectory() =>
        Environment.GetEnvironmentVariable("STDSEARCH_INDEX") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.CurrentDirectory, ".stdsearch", "index");
}
