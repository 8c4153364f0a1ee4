using StdSearch.Documents;
using StdSearch.Indexing;

namespace StdSearch.Lifecycle;

/// <summary>A status the index changed to follow the lifecycle registry.</summary>
/// <param name="Key">The index Key.</param>
/// <param name="Id">The standard's id.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status now.</param>
public sealed record StatusChange(string Key, StandardId Id, StandardStatus From, StandardStatus To);

/// <summary>The outcome of importing a catalogue into an index folder.</summary>
/// <param name="Import">What the file gave.</param>
/// <param name="Catalogue">The saved catalogue: the earlier one merged with this file's entries.</param>
/// <param name="StatusChanges">Indexed standards whose <c>status</c> field changed.</param>
public sealed record CatalogueImportSummary(CatalogueImportResult Import, Catalogue Catalogue, IReadOnlyList<StatusChange> StatusChanges);

/// <summary>
/// Lifecycle data of a <see cref="StandardsIndex"/>: the catalogue saved in its folder (<see cref="Catalogue.FileName"/>),
/// the edition registry over its standards, and the index's status field kept in line with the registry.
/// </summary>
public static class IndexLifecycle
{
    /// <summary>
    /// Builds the registry over every standard in the index and the catalogue saved in its folder (or
    /// <paramref name="catalogue"/>). Reads each stored document once; build it once per index generation and reuse it.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="catalogue">The catalogue to use; the one saved in the index folder when null.</param>
    /// <param name="options">The as-of date.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public static async Task<EditionRegistry> BuildRegistryAsync(StandardsIndex index, Catalogue? catalogue = null, LifecycleOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        catalogue ??= await Catalogue.LoadAsync(index.DirectoryPath, cancellationToken).ConfigureAwait(false);
        var documents = new List<StandardDocument>();
        foreach (var s in index.ListStandards())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index.GetDocument(s.Key) is { } d) documents.Add(d);
        }
        return EditionRegistry.Build(documents, catalogue, options);
    }

    /// <summary>
    /// Imports a catalogue file: merges it into the catalogue saved in the index folder (an edition in both takes the
    /// new row), saves it atomically, rebuilds the registry and sets the index's status field where it differs.
    /// </summary>
    /// <exception cref="CatalogueImportException">The file cannot be read at all.</exception>
    public static async Task<CatalogueImportSummary> ImportCatalogueAsync(StandardsIndex index, string path, LifecycleOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var import = await CatalogueImporter.ImportAsync(path, cancellationToken).ConfigureAwait(false);
        var saved = await Catalogue.LoadAsync(index.DirectoryPath, cancellationToken).ConfigureAwait(false);
        var merged = saved.Merge(import.Catalogue);
        await merged.SaveAsync(index.DirectoryPath, cancellationToken).ConfigureAwait(false);
        var registry = await BuildRegistryAsync(index, merged, options, cancellationToken).ConfigureAwait(false);
        var changes = await ApplyStatusesAsync(index, registry, cancellationToken).ConfigureAwait(false);
        return new CatalogueImportSummary(import, merged, changes);
    }

    /// <summary>Sets the index's status field to the registry's status for every indexed edition where they differ.</summary>
    /// <remarks>即将实施 and unknown are stored as current: the index's field has current, replaced and abolished only.</remarks>
    public static async Task<IReadOnlyList<StatusChange>> ApplyStatusesAsync(StandardsIndex index, EditionRegistry registry,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(registry);
        var wanted = registry.IndexedStatuses().ToDictionary(p => p.Key, p => ToIndexStatus(p.Value), StringComparer.Ordinal);
        var changed = await index.SetStatusesAsync(wanted, cancellationToken).ConfigureAwait(false);
        var ids = index.ListStandards().ToDictionary(s => s.Key, s => s.Id, StringComparer.Ordinal);
        return changed.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new StatusChange(p.Key, ids.GetValueOrDefault(p.Key), p.Value, wanted[p.Key])).ToList();
    }

    /// <summary>Applies the catalogue saved in the index folder again (after an ingest re-inferred some lineages); does nothing without one.</summary>
    public static async Task<IReadOnlyList<StatusChange>> ReapplyCatalogueAsync(StandardsIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var catalogue = await Catalogue.LoadAsync(index.DirectoryPath, cancellationToken).ConfigureAwait(false);
        if (catalogue.Count == 0) return [];
        var registry = await BuildRegistryAsync(index, catalogue, null, cancellationToken).ConfigureAwait(false);
        return await ApplyStatusesAsync(index, registry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The index status a lifecycle status is stored as.</summary>
    public static StandardStatus ToIndexStatus(LifecycleStatus status) => status switch
    {
        LifecycleStatus.Replaced => StandardStatus.Replaced,
        LifecycleStatus.Abolished => StandardStatus.Abolished,
        _ => StandardStatus.Current,
    };
}
