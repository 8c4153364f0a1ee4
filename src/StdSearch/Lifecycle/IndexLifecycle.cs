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
        foreach (var chunk in index.ListStandards().Chunk(1000))
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents.AddRange(index.GetDocuments(chunk.Select(s => s.Key)));
        }
        return EditionRegistry.Build(documents, catalogue, options);
    }

    /// <summary>
    /// Builds the registry one citation check needs: the catalogue, and the indexed editions of every lineage the document
    /// cites (or is, or replaces), following 代替 statements across lineages (a renumbered successor and its own later
    /// editions) through the index's in-memory list of standards. Reads only those stored documents, so a check against a
    /// large index costs what the document cites, not the size of the index. <see cref="EditionRegistry.Check(StandardDocument)"/>
    /// gives the same verdicts as on the full registry of <see cref="BuildRegistryAsync"/>; cited-by relations and the
    /// portfolio need the full one.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="document">The document to check.</param>
    /// <param name="catalogue">The catalogue to use; the one saved in the index folder when null.</param>
    /// <param name="options">The as-of date.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public static Task<EditionRegistry> BuildRegistryForAsync(StandardsIndex index, StandardDocument document, Catalogue? catalogue = null,
        LifecycleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return BuildRegistryForAsync(index, document, CitationFinder.Find(document), catalogue, options, cancellationToken);
    }

    /// <summary>
    /// Checks every standard <paramref name="document"/> cites against the index and its catalogue: the registry of the
    /// cited lineages only (<see cref="BuildRegistryForAsync(StandardsIndex, StandardDocument, Catalogue?, LifecycleOptions?, CancellationToken)"/>),
    /// the citations found once. What <c>stdsearch refs &lt;file-or-id&gt;</c> runs.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="document">The document to check.</param>
    /// <param name="catalogue">The catalogue to use; the one saved in the index folder when null.</param>
    /// <param name="options">The as-of date.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    public static async Task<CitationReport> CheckAsync(StandardsIndex index, StandardDocument document, Catalogue? catalogue = null,
        LifecycleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var citations = CitationFinder.Find(document);
        var registry = await BuildRegistryForAsync(index, document, citations, catalogue, options, cancellationToken).ConfigureAwait(false);
        return registry.Check(EditionRegistry.DocumentName(document), document.Issued ?? document.Effective, document.Id, citations);
    }

    private static async Task<EditionRegistry> BuildRegistryForAsync(StandardsIndex index, StandardDocument document, IReadOnlyList<Citation> citations,
        Catalogue? catalogue, LifecycleOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        catalogue ??= await Catalogue.LoadAsync(index.DirectoryPath, cancellationToken).ConfigureAwait(false);
        // The lineages to read, followed through successions (a renumbered successor brings its own lineage, whose later
        // editions matter too), each looked up once in the index's and the catalogue's lineage maps.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<StandardId>();
        void AddLineage(StandardId id)
        {
            if (!id.IsEmpty && seen.Add(id.Lineage)) pending.Enqueue(id);
        }
        foreach (var c in citations) AddLineage(c.Id);
        AddLineage(document.Id);
        foreach (var r in document.Replaces) AddLineage(r);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new HashSet<CatalogueEntry>(ReferenceEqualityComparer.Instance);
        while (pending.TryDequeue(out var lineage))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var s in index.FindLineage(lineage))
            {
                if (!chosen.Add(s.Key)) continue;
                AddLineage(s.Id);
                foreach (var r in s.Replaces) AddLineage(r);
            }
            foreach (var entry in catalogue.FindLineage(lineage))
            {
                if (!entries.Add(entry)) continue;
                AddLineage(entry.Id);
                foreach (var other in entry.Replaces.Concat(entry.ReplacedBy)) AddLineage(other);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var documents = index.GetDocuments(chosen.Order(StringComparer.Ordinal));
        // Only the catalogue rows of those lineages: building an edition for every row of a national catalogue is the
        // full registry's cost.
        return EditionRegistry.Build(documents, new Catalogue(catalogue.Entries.Where(entries.Contains)), options);
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
