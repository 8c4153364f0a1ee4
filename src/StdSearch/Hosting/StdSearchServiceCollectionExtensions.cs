using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Hosting;

/// <summary>Registers the engine with Microsoft.Extensions.DependencyInjection.</summary>
public static class StdSearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StdSearchOptions"/> (options pattern), and singletons of <see cref="DocumentExtractor"/>,
    /// <see cref="StandardsIndex"/> (opened on <see cref="StdSearchOptions.IndexDirectory"/> when first resolved, disposed
    /// with the container) and <see cref="StandardsSearcher"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options in code; runs after configuration binding a host may have registered.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddStdSearch(this IServiceCollection services, Action<StdSearchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<StdSearchOptions>();
        if (configure is not null) builder.Configure(configure);
        services.TryAddSingleton(_ => new DocumentExtractor());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StdSearchOptions>>().Value;
            return new StandardsIndex(options.IndexDirectory,
                StandardsIndexOptions.Default with { CommitEveryFiles = options.CommitEveryFiles },
                sp.GetRequiredService<DocumentExtractor>());
        });
        services.TryAddSingleton(sp => new StandardsSearcher(sp.GetRequiredService<StandardsIndex>(),
            sp.GetRequiredService<IOptions<StdSearchOptions>>().Value.Search));
        return services;
    }
}
