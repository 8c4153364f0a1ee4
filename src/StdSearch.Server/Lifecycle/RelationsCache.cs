using StdSearch.Indexing;
using StdSearch.Lifecycle;

namespace StdSearch.Server.Lifecycle;

/// <summary>
/// The edition registry over the index (replaces, replaced by, cites, cited by), built on first use and again after the
/// server wrote to the index (upload, delete and the inbox worker call <see cref="IndexChangedAsync"/>). Building reads every
/// stored standard once, so it is never done per request. Thread-safe.
/// </summary>
internal sealed class RelationsCache(StandardsIndex index)
{
    private readonly SemaphoreSlim _build = new(1, 1);
    private EditionRegistry? _registry;
    private long _version;
    private long _builtFor = -1;
    private int _builtCount = -1;

    /// <summary>Marks the registry stale: the next request rebuilds it.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>After the server wrote to the index: as <c>stdsearch index</c> does, the catalogue saved in the index folder
    /// (if any) overrides the statuses the write re-inferred; then the registry is marked stale.</summary>
    public async Task IndexChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await IndexLifecycle.ReapplyCatalogueAsync(index, cancellationToken);
        }
        finally
        {
            Invalidate();
        }
    }

    public async Task<EditionRegistry> GetAsync(CancellationToken cancellationToken)
    {
        var wanted = Interlocked.Read(ref _version);
        if (_registry is { } current && _builtFor == wanted && _builtCount == index.StandardCount) return current;
        await _build.WaitAsync(cancellationToken);
        try
        {
            wanted = Interlocked.Read(ref _version);
            if (_registry is { } again && _builtFor == wanted && _builtCount == index.StandardCount) return again;
            var count = index.StandardCount;
            var registry = await IndexLifecycle.BuildRegistryAsync(index, null, null, cancellationToken);
            (_registry, _builtFor, _builtCount) = (registry, wanted, count);
            return registry;
        }
        finally
        {
            _build.Release();
        }
    }
}
