using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Corpus;

/// <summary>Where a corpus comes from: the standards of an index (all, or those a search filter selects), or the files of a folder.</summary>
public static class CorpusDocuments
{
    /// <summary>Every standard stored in <paramref name="index"/>, ordered by key.</summary>
    /// <param name="index">The index.</param>
    /// <param name="cancellationToken">Checked between standards.</param>
    public static IReadOnlyList<StandardDocument> FromIndex(StandardsIndex index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Load(index, index.ListStandards().Select(s => s.Key), cancellationToken);
    }

    /// <summary>
    /// The standards of <paramref name="index"/> that a filter in the search query language selects
    /// (<c>level:local region:吉林</c>, <c>level:national</c>, <c>adoption:IDT</c>, <c>year:&gt;=2015</c>, words too), found with
    /// <see cref="StandardsSearcher"/>; an empty filter or <c>*</c> selects every standard. Ordered by key.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Checked between pages and standards.</param>
    /// <exception cref="QuerySyntaxException">The filter cannot be parsed.</exception>
    public static IReadOnlyList<StandardDocument> Select(StandardsIndex index, string filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Trim() is "" or "*") return FromIndex(index, cancellationToken);
        var searcher = new StandardsSearcher(index);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = searcher.Search(new SearchRequest(filter) { Page = page, PageSize = 1000, Facets = false }, cancellationToken);
            foreach (var hit in result.Hits) keys.Add(hit.Key);
            if (result.Hits.Count == 0 || page * 1000 >= result.Total) break;
        }
        return Load(index, keys, cancellationToken);
    }

    /// <summary>Extracts every document file under <paramref name="folder"/>; failures are returned beside the documents.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <param name="folder">The folder (searched recursively).</param>
    /// <param name="progress">Per-file progress.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    public static async Task<(IReadOnlyList<StandardDocument> Documents, IReadOnlyList<ExtractionOutcome> Failures)> FromFolderAsync(
        DocumentExtractor extractor, string folder, IProgress<ExtractionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(folder);
        var outcomes = await extractor.ExtractManyAsync(DocumentFiles.Expand([folder]), progress, cancellationToken).ConfigureAwait(false);
        return (outcomes.Where(o => o.Document is not null).Select(o => o.Document!).ToList(), outcomes.Where(o => !o.Succeeded).ToList());
    }

    private static List<StandardDocument> Load(StandardsIndex index, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var documents = new List<StandardDocument>();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index.GetDocument(key) is { } d) documents.Add(d);
        }
        return documents;
    }
}
