using StdSearch.Corpus;
using StdSearch.Indexing;

namespace StdSearch.Server.Lifecycle;

/// <summary>
/// Opens the index's clause signature tables for a draft check, as <c>stdsearch check</c> does: built on the first check
/// after the index changed (one build at a time, however many checks arrive together), then read through a memory map.
/// </summary>
internal sealed class ClauseSignatures(StandardsIndex index)
{
    private readonly SemaphoreSlim _build = new(1, 1);

    /// <summary>The tables for the index as it is now; the caller disposes them.</summary>
    public async Task<ClauseSignatureIndex> OpenAsync(CancellationToken cancellationToken)
    {
        await _build.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => ClauseSignatureIndex.OpenOrBuild(index, cancellationToken: cancellationToken), cancellationToken);
        }
        finally
        {
            _build.Release();
        }
    }
}
