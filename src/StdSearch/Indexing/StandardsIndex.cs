using System.Collections.Concurrent;
using System.Security.Cryptography;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StdSearch.Analysis;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Reporting;
using LuceneDirectory = Lucene.Net.Store.Directory;
using Term = Lucene.Net.Index.Term;

namespace StdSearch.Indexing;

/// <summary>
/// An embedded on-disk index of standards (Lucene.Net 4.8): one document per clause and one per standard, keyed by
/// <see cref="StandardDocument.Key"/>. Open it on a folder (created when missing); add, replace and delete standards,
/// or ingest files and folders in batches; search it with <c>StdSearch.Search.StandardsSearcher</c>.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Writes are serialised; searches run concurrently with them on a near-real-time searcher that
/// sees each file as soon as it is written, before it is committed.</para>
/// <para>Durability: every write method commits before it returns, and a batch commits every
/// <see cref="StandardsIndexOptions.CommitEveryFiles"/> files. Commits are atomic: a process that dies mid-batch
/// leaves the index at its last commit. One process at a time may open a folder (Lucene's write lock).</para>
/// <para>Status (<see cref="StandardStatus"/>) is inferred: of the editions of one lineage in the index the newest is
/// current and the others replaced; it is kept up to date as editions come and go.</para>
/// </remarks>
public sealed class StandardsIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _stateLock = new();
    // In-memory mirror of the standard and file records: lineages for status inference, hashes for skipping.
    private readonly Dictionary<string, StandardRecord> _standards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fileHashes = new(StringComparer.Ordinal);
    // ListStandards' answer until the next change to _standards (callers such as the lifecycle stage list often).
    private IReadOnlyList<IndexedStandard>? _list;
    // Lineage ("GB/T 31999") → Keys of its editions and of the standards stating they replace one of them.
    private readonly Dictionary<string, HashSet<string>> _lineageKeys = new(StringComparer.Ordinal);
    private static readonly ISet<string> StoredOnly = new HashSet<string> { IndexFields.Stored, IndexFields.Json };
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="directory"/>, creating the folder and an empty index when missing.</summary>
    /// <param name="directory">The index folder.</param>
    /// <param name="options">Write options; <see cref="StandardsIndexOptions.Default"/> when null.</param>
    /// <param name="extractor">The extractor for batch ingest; a default <see cref="DocumentExtractor"/> when null.</param>
    /// <exception cref="IOException">The folder cannot be created, or another process holds the index's write lock.</exception>
    public StandardsIndex(string directory, StandardsIndexOptions? options = null, DocumentExtractor? extractor = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        DirectoryPath = Path.GetFullPath(directory);
        Options = options ?? StandardsIndexOptions.Default;
        Extractor = extractor ?? new DocumentExtractor();
        System.IO.Directory.CreateDirectory(DirectoryPath);
        WordAnalyzer = new StandardsWordAnalyzer();
        BigramAnalyzer = new StandardsBigramAnalyzer();
        _directory = FSDirectory.Open(DirectoryPath);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, BigramAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = Options.RamBufferMegabytes,
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new IOException($"The index in {DirectoryPath} is open in another process ({e.Message}).", e);
        }
        _searchers = new SearcherManager(_writer, true, new BM25SearcherFactory(Similarity));
        LoadState();
    }

    /// <summary>The index folder (full path).</summary>
    public string DirectoryPath { get; }

    /// <summary>The write options.</summary>
    public StandardsIndexOptions Options { get; }

    /// <summary>The extractor batch ingest uses.</summary>
    public DocumentExtractor Extractor { get; }

    /// <summary>The number of standards (and keyed documents) in the index, including uncommitted writes.</summary>
    public int StandardCount
    {
        get { lock (_stateLock) return _standards.Count; }
    }

    internal StandardsWordAnalyzer WordAnalyzer { get; }

    internal StandardsBigramAnalyzer BigramAnalyzer { get; }

    /// <summary>The block layout of the index's segments (a clause's standard, a standard's clauses).</summary>
    internal DocumentBlocks Blocks { get; } = new();

    /// <summary>The filters of lone ideographs that recent searches asked for, kept per segment.</summary>
    internal Search.IdeographFilters IdeographFilters { get; } = new();

    // Display ids of hits, parsed: the grammar (a fold and a regex) cost a hit list more than its doc values did.
    private readonly ConcurrentDictionary<string, StandardId> _parsedIds = new(StringComparer.Ordinal);
    private const int ParsedIdsKept = 100_000;

    /// <summary>A hit's display id parsed (empty when it is not a standard number), remembered for the next search.</summary>
    internal StandardId ParseDisplayId(string display)
    {
        if (_parsedIds.TryGetValue(display, out var id)) return id;
        StandardId.TryParse(display, out id);
        if (_parsedIds.Count >= ParsedIdsKept) _parsedIds.Clear(); // a bound, not a policy: a catalogue has fewer
        _parsedIds[display] = id;
        return id;
    }

    // BM25 with Lucene's defaults (k1 1.2, b 0.75); short clauses are the norm, so length normalisation matters.
    internal Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Adds a standard, or replaces the one with the same <see cref="StandardDocument.Key"/>, and commits.</summary>
    /// <param name="document">The standard.</param>
    /// <param name="cancellationToken">Cancels before the write.</param>
    /// <returns>Whether it was added or replaced.</returns>
    public async Task<IndexChange> AddOrReplaceAsync(StandardDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            var change = Write(document, null);
            UpdateStatuses([IndexDocumentBuilder.LineageOf(document)]);
            CommitAndRefresh();
            return change;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Adds or replaces many standards (by <see cref="StandardDocument.Key"/>) in one batch: written without a commit
    /// each, committed every <see cref="StandardsIndexOptions.CommitEveryStandards"/> standards and at the end. The fast
    /// way to build an index from documents already in memory: standards are analysed on
    /// <see cref="StandardsIndexOptions.IndexingThreads"/> threads, each taking the next standard as it finishes one.
    /// </summary>
    /// <param name="documents">The standards; read once, in order. A later one with the same Key replaces an earlier one.</param>
    /// <param name="progress">Receives the number of standards written so far, after each commit.</param>
    /// <param name="cancellationToken">Stops between standards; those written are committed before the exception.</param>
    /// <returns>How many standards were added and how many replaced.</returns>
    public async Task<(int Added, int Replaced)> AddOrReplaceManyAsync(IEnumerable<StandardDocument> documents, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        var (added, replaced, sinceCommit) = (0, 0, 0);
        var lineages = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            ThrowIfDisposed();
            var segmentsBefore = SegmentCount();
            var completed = false;
            using var source = new DistinctKeyRuns(documents);
            try
            {
                while (!source.Exhausted)
                {
                    // A run of standards with distinct Keys, up to the next commit: its standards are written in any
                    // order and at once; a Key seen again starts the next run, so the later document wins.
                    var run = source.Next(Options.CommitEveryStandards - sinceCommit, lineages);
                    var changes = new ConcurrentCounts();
                    if (Options.IndexingThreads == 1)
                        foreach (var document in run)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            changes.Count(Write(document, null));
                        }
                    else
                        try
                        {
                            Parallel.ForEach(Partitioner.Create(run, EnumerablePartitionerOptions.NoBuffering),
                                new ParallelOptions { MaxDegreeOfParallelism = Options.IndexingThreads, CancellationToken = cancellationToken },
                                document => changes.Count(Write(document, null)));
                        }
                        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                        {
                            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // as one thread would throw it
                        }
                    added += changes.Added;
                    replaced += changes.Replaced;
                    sinceCommit += changes.Added + changes.Replaced;
                    if (sinceCommit < Options.CommitEveryStandards) continue;
                    UpdateStatuses(lineages);
                    CommitAndRefresh();
                    (sinceCommit, lineages) = (0, new HashSet<string>(StringComparer.Ordinal));
                    progress?.Report(added + replaced);
                }
                completed = true;
            }
            finally
            {
                if (sinceCommit > 0 || added + replaced == 0)
                {
                    UpdateStatuses(lineages);
                    CommitAndRefresh();
                    progress?.Report(added + replaced);
                }
            }
            if (completed) MergeBatch(segmentsBefore, Options.IndexingThreads);
        }
        finally
        {
            _writeLock.Release();
        }
        return (added, replaced);
    }

    // Added and replaced standards counted from several threads.
    private sealed class ConcurrentCounts
    {
        private int _added, _replaced;

        public int Added => _added;

        public int Replaced => _replaced;

        public void Count(IndexChange change) => Interlocked.Increment(ref change == IndexChange.Added ? ref _added : ref _replaced);
    }

    // Cuts a sequence of standards into runs of distinct Keys, read lazily (one standard at a time, as writers ask).
    private sealed class DistinctKeyRuns(IEnumerable<StandardDocument> documents) : IDisposable
    {
        private readonly IEnumerator<StandardDocument> _source = documents.GetEnumerator();
        private StandardDocument? _pending;

        public bool Exhausted { get; private set; }

        // The next run: at most max standards, stopping before a Key the run already holds; their lineages are added to
        // lineages as they are read. Enumerate it once and to its end (writers read it one standard at a time, under
        // the partitioner's lock).
        public IEnumerable<StandardDocument> Next(int max, HashSet<string> lineages)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (keys.Count < max)
            {
                StandardDocument document;
                if (_pending is not null) (document, _pending) = (_pending, null);
                else if (_source.MoveNext()) document = _source.Current ?? throw new ArgumentNullException(nameof(documents), "A standard is null.");
                else
                {
                    Exhausted = true;
                    yield break;
                }
                if (!keys.Add(document.Key))
                {
                    _pending = document;
                    yield break;
                }
                lineages.Add(IndexDocumentBuilder.LineageOf(document));
                yield return document;
            }
        }

        public void Dispose() => _source.Dispose();
    }

    /// <summary>Deletes a standard by Key or by any spelling of its id, and commits.</summary>
    /// <param name="idOrKey">A Key, or an id (<c>GB/T 31999-2021</c>, <c>GBT31999-2021</c> …).</param>
    /// <param name="cancellationToken">Cancels before the write.</param>
    /// <returns>True when a standard was deleted.</returns>
    public async Task<bool> DeleteAsync(string idOrKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrKey);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            var key = ResolveKey(idOrKey);
            if (key is null) return false;
            string lineage;
            lock (_stateLock)
            {
                lineage = _standards[key].Lineage;
                Link(_standards[key], add: false);
                _standards.Remove(key);
                _list = null;
                foreach (var hash in _fileHashes.Where(p => p.Value == key).Select(p => p.Key).ToList()) _fileHashes.Remove(hash);
            }
            _writer.DeleteDocuments(Blocks.KeyBlocks(key));
            UpdateStatuses([lineage]);
            CommitAndRefresh();
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Ingests files and folders: folders are expanded with <see cref="DocumentFiles.Expand"/> to
    /// <see cref="DocumentFiles.IndexedExtensions"/> (PDF, DOCX, HTML, text; not Markdown), files whose content was
    /// ingested before are skipped (SHA-256), the rest are extracted with <see cref="Extractor"/> and added or replaced
    /// by Key. A failed file is recorded with its reason and the batch goes on. Within a batch, files that yield the same
    /// Key are indexed once: PDF before DOCX, HTML, text and Markdown (a PDF and its source are one standard).
    /// </summary>
    /// <param name="filesOrFolders">Files and folders.</param>
    /// <param name="progress">Receives one report per file.</param>
    /// <param name="cancellationToken">Stops the batch between files. Files already written stay in the writer (and in
    /// searches) and are committed by the next write or when the index is disposed; a crash instead leaves the last commit.</param>
    /// <returns>One result per file, in input order.</returns>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> filesOrFolders, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filesOrFolders);
        var files = DocumentFiles.Expand(filesOrFolders, DocumentFiles.IndexedExtensions);
        // Format preference decides which file of a duplicated standard is kept; the order of the report stays the input order.
        var order = Enumerable.Range(0, files.Count).OrderBy(i => FormatRank(files[i])).ThenBy(i => i).ToList();
        var results = new FileIngestResult[files.Count];
        var keptBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var completed = 0;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            var segmentsBefore = SegmentCount();
            foreach (var chunk in order.Chunk(Options.CommitEveryFiles))
            {
                var hashes = new Dictionary<int, string>();
                var toExtract = new List<int>();
                foreach (var i in chunk)
                {
                    var hash = await HashAsync(files[i], cancellationToken).ConfigureAwait(false);
                    string? knownKey = null;
                    if (hash is not null)
                        lock (_stateLock)
                            if (_fileHashes.TryGetValue(hash, out var k) && _standards.ContainsKey(k)) knownKey = k;
                    if (knownKey is not null)
                    {
                        results[i] = new FileIngestResult(files[i], IngestStatus.Unchanged) { Key = knownKey, Message = "same content as before" };
                        progress?.Report(new IngestProgress(++completed, files.Count, results[i]));
                        continue;
                    }
                    if (hash is not null) hashes[i] = hash;
                    toExtract.Add(i);
                }

                var outcomes = await Extractor.ExtractManyAsync(toExtract.Select(i => files[i]), null, cancellationToken).ConfigureAwait(false);
                var lineages = new HashSet<string>(StringComparer.Ordinal);
                for (var n = 0; n < toExtract.Count; n++)
                {
                    var i = toExtract[n];
                    var outcome = outcomes[n];
                    if (outcome.Document is not { } document)
                    {
                        results[i] = new FileIngestResult(files[i], IngestStatus.Failed)
                        {
                            Failure = outcome.Reason,
                            Message = outcome.Failure?.Detail ?? "",
                        };
                    }
                    else if (keptBy.TryGetValue(document.Key, out var first))
                    {
                        results[i] = new FileIngestResult(files[i], IngestStatus.Duplicate)
                        {
                            Key = document.Key, Id = document.Id, DuplicateOf = first, Message = $"same standard as {first}",
                        };
                        if (hashes.TryGetValue(i, out var hash)) RecordFile(document.Key, hash, files[i]);
                    }
                    else
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        keptBy[document.Key] = files[i];
                        var clauses = ClauseUnit.Split(document).Count;
                        var change = Write(document, hashes.TryGetValue(i, out var hash) ? (hash, files[i]) : null);
                        lineages.Add(IndexDocumentBuilder.LineageOf(document));
                        results[i] = new FileIngestResult(files[i], change == IndexChange.Added ? IngestStatus.Added : IngestStatus.Replaced)
                        {
                            Key = document.Key, Id = document.Id, Clauses = clauses,
                        };
                        _searchers.MaybeRefresh(); // searches see the file now, before the commit
                    }
                    progress?.Report(new IngestProgress(++completed, files.Count, results[i]));
                }
                UpdateStatuses(lineages);
                CommitAndRefresh();
            }
            MergeBatch(segmentsBefore);
        }
        finally
        {
            _writeLock.Release();
        }
        return new IngestReport(results);
    }

    /// <summary>The stored standard for a Key or any spelling of an id (<c>GBT31999-2021</c>, <c>ＧＢ／Ｔ　３１９９９—２０２１</c>);
    /// an undated id (<c>GB/T 31999</c>) gives the newest edition in the index. Null when none matches.</summary>
    /// <param name="idOrKey">A Key or an id.</param>
    public StandardDocument? GetDocument(string idOrKey)
    {
        ArgumentNullException.ThrowIfNull(idOrKey);
        ThrowIfDisposed();
        var key = ResolveKey(idOrKey.Trim());
        return key is null ? null : GetDocuments([key]).FirstOrDefault();
    }

    /// <summary>
    /// The stored standards with these Keys, in the order given (Keys not in the index are left out): one searcher and a
    /// term look-up per Key, the fast way to read many standards (edition chains, a corpus).
    /// </summary>
    /// <param name="keys">Keys exactly as <see cref="ListStandards"/> gives them.</param>
    /// <returns>The standards found.</returns>
    public IReadOnlyList<StandardDocument> GetDocuments(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ThrowIfDisposed();
        var result = new List<StandardDocument>();
        var searcher = _searchers.Acquire();
        try
        {
            var leaves = searcher.IndexReader.Leaves;
            var termsEnums = new TermsEnum?[leaves.Count];
            foreach (var key in keys)
            {
                if (FindStandardDoc(leaves, termsEnums, key) is not int doc) continue;
                var stored = searcher.Doc(doc, StoredOnly);
                var document = stored.GetBinaryValue(IndexFields.Stored) is { } bytes
                    ? StoredStandard.DecodeDocument(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
                    : CompressedJson.Decode(stored);
                if (document is not null) result.Add(document);
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
        return result;
    }

    // The live standard document of a Key: the Key term's first live document whose kind is the standard's.
    private static int? FindStandardDoc(IList<AtomicReaderContext> leaves, TermsEnum?[] termsEnums, string key)
    {
        var term = new BytesRef(key);
        for (var i = 0; i < leaves.Count; i++)
        {
            var reader = leaves[i].AtomicReader;
            var terms = termsEnums[i] ??= reader.GetTerms(IndexFields.Key)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term)) continue;
            if (reader.GetNumericDocValues(IndexFields.DocKind) is not { } kinds) continue; // file records only
            var docs = terms.Docs(reader.LiveDocs, null, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                if (kinds.Get(doc) == IndexFields.StandardDocValue)
                    return leaves[i].DocBase + doc;
        }
        return null;
    }

    /// <summary>
    /// The indexed editions of <paramref name="id"/>'s lineage (same prefix and number, any year) and the standards that
    /// state they replace one of them (a renumbered successor), ordered by Key: an edition chain's neighbours without
    /// listing the whole index.
    /// </summary>
    /// <param name="id">Any edition of the lineage, dated or not.</param>
    public IReadOnlyList<IndexedStandard> FindLineage(StandardId id)
    {
        if (id.IsEmpty) return [];
        lock (_stateLock)
        {
            if (!_lineageKeys.TryGetValue(id.Lineage, out var keys)) return [];
            return keys.Order(StringComparer.Ordinal).Select(k => _standards[k])
                .Select(s => new IndexedStandard(s.Key, s.Id, s.Year, (StandardStatus)s.Status) { Replaces = s.Replaces }).ToList();
        }
    }

    // Adds or removes a record under its own lineage and the lineages of the editions it replaces (under _stateLock).
    private void Link(StandardRecord record, bool add)
    {
        foreach (var id in record.Replaces.Prepend(record.Id))
        {
            if (id.IsEmpty) continue;
            var lineage = id.Lineage;
            if (add)
            {
                if (!_lineageKeys.TryGetValue(lineage, out var keys)) _lineageKeys[lineage] = keys = new HashSet<string>(StringComparer.Ordinal);
                keys.Add(record.Key);
            }
            else if (_lineageKeys.TryGetValue(lineage, out var keys) && keys.Remove(record.Key) && keys.Count == 0)
                _lineageKeys.Remove(lineage);
        }
    }

    /// <summary>Every standard in the index with its inferred status, ordered by Key.</summary>
    public IReadOnlyList<IndexedStandard> ListStandards()
    {
        lock (_stateLock)
            return _list ??= _standards.Values.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new IndexedStandard(s.Key, s.Id, s.Year, (StandardStatus)s.Status) { Replaces = s.Replaces }).ToList().AsReadOnly();
    }

    /// <summary>
    /// Sets the status of indexed standards from an outside source (a catalogue's 现行 / 被代替 / 废止), by Key, and commits;
    /// the <c>status</c> field searches filter and facet on follows. Keys not in the index are ignored.
    /// </summary>
    /// <remarks>Inference still runs on writes: adding or deleting an edition re-infers its lineage (newest current,
    /// others replaced), so a caller that keeps outside statuses applies them again after writing.</remarks>
    /// <param name="statuses">The status to set, by Key.</param>
    /// <param name="cancellationToken">Cancels before the write.</param>
    /// <returns>The Keys whose status changed, with their previous status.</returns>
    public async Task<IReadOnlyDictionary<string, StandardStatus>> SetStatusesAsync(IReadOnlyDictionary<string, StandardStatus> statuses,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            var changed = new Dictionary<string, StandardStatus>(StringComparer.Ordinal);
            lock (_stateLock)
            {
                foreach (var (key, status) in statuses)
                {
                    if (!_standards.TryGetValue(key, out var record) || record.Status == (long)status) continue;
                    _writer.UpdateNumericDocValue(new Term(IndexFields.Key, key), IndexFields.Status, (long)status);
                    _standards[key] = record with { Status = (long)status };
                    _list = null;
                    changed[key] = (StandardStatus)record.Status;
                }
            }
            if (changed.Count > 0) CommitAndRefresh();
            return changed;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The Key a Key or id spelling resolves to, or null.</summary>
    internal string? ResolveKey(string idOrKey)
    {
        lock (_stateLock)
        {
            if (_standards.ContainsKey(idOrKey)) return idOrKey;
            StandardId id = default;
            if (!StandardId.TryParse(idOrKey, out id))
            {
                var found = StandardIdFinder.FindAll(idOrKey);
                if (found.Count == 0) return null;
                id = found[0].Id;
            }
            if (_standards.ContainsKey(id.Canonical)) return id.Canonical;
            var candidates = _standards.Values.Where(s => !s.Id.IsEmpty && (id.IsDated ? s.Id == id : s.Id.Undated == id.Undated)).ToList();
            return candidates.OrderByDescending(s => s.Year ?? 0).FirstOrDefault()?.Key;
        }
    }

    /// <summary>Acquires the current near-real-time searcher; give it back with <see cref="Release"/>.</summary>
    internal IndexSearcher Acquire()
    {
        ThrowIfDisposed();
        _searchers.MaybeRefresh();
        return _searchers.Acquire();
    }

    internal void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    /// <summary>Simulates a crash for tests: throws away everything since the last commit and closes the index.</summary>
    internal void DisposeWithoutCommit()
    {
        if (_disposed) return;
        _disposed = true;
        _searchers.Dispose();
        _writer.Rollback(); // closes the writer without committing
        _directory.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>Writes the standard's documents without committing (used by a batch between commits).</summary>
    internal IndexChange Write(StandardDocument document, (string Hash, string Path)? file)
    {
        bool existed;
        lock (_stateLock) existed = _standards.ContainsKey(document.Key);
        var filters = new IndexDocumentBuilder.FilterFields(document, WordAnalyzer);
        var units = ClauseUnit.Split(document);
        var docs = new List<Document> { IndexDocumentBuilder.Standard(document, filters, units) };
        docs.AddRange(IndexDocumentBuilder.Clauses(units));
        // Deletes the standard, its clauses and its file records, then adds the new ones (a delete applies only to the
        // documents before it, and readers open at commits: one atomic update). A new Key has nothing to delete, and a
        // delete costs every later flush a look-up.
        if (existed) _writer.DeleteDocuments(Blocks.KeyBlocks(document.Key));
        _writer.AddDocuments(docs);
        lock (_stateLock)
        {
            // A new Key has no file records yet (deleting a standard drops its records): no walk over every file's hash.
            if (existed)
                foreach (var stale in _fileHashes.Where(p => p.Value == document.Key).Select(p => p.Key).ToList()) _fileHashes.Remove(stale);
            _list = null;
            if (_standards.TryGetValue(document.Key, out var previous)) Link(previous, add: false);
            _standards[document.Key] = new StandardRecord(document.Key, document.Id, IndexDocumentBuilder.LineageOf(document),
                document.Id.Year ?? document.Issued?.Year, StandardStatusCodes.Current) { Replaces = document.Replaces };
            Link(_standards[document.Key], add: true);
        }
        if (file is { } f) RecordFile(document.Key, f.Hash, f.Path);
        return existed ? IndexChange.Replaced : IndexChange.Added;
    }

    // The standards of one lineage, from the lineage index rather than a walk over every standard (a batch's commit
    // asks this for each lineage it touched). Caller holds _stateLock.
    private List<StandardRecord> MembersOf(string lineage)
    {
        if (lineage.StartsWith("key:", StringComparison.Ordinal))
            return _standards.TryGetValue(lineage[4..], out var own) && own.Lineage == lineage ? [own] : [];
        if (!_lineageKeys.TryGetValue(lineage, out var keys)) return [];
        return keys.Select(k => _standards.GetValueOrDefault(k)).OfType<StandardRecord>().Where(s => s.Lineage == lineage).ToList();
    }

    private void RecordFile(string key, string hash, string path)
    {
        _writer.AddDocument(IndexDocumentBuilder.File(key, hash, path));
        lock (_stateLock) _fileHashes[hash] = key;
    }

    // The newest edition of each lineage is current, the others replaced; doc values are updated in place.
    private void UpdateStatuses(IEnumerable<string> lineages)
    {
        lock (_stateLock)
        {
            foreach (var lineage in lineages)
            {
                var members = MembersOf(lineage);
                var newest = members.OrderByDescending(s => s.Year ?? int.MinValue).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault();
                foreach (var m in members)
                {
                    var status = m == newest ? StandardStatusCodes.Current : StandardStatusCodes.Replaced;
                    if (status == m.Status) continue;
                    _writer.UpdateNumericDocValue(new Term(IndexFields.Key, m.Key), IndexFields.Status, status);
                    _standards[m.Key] = m with { Status = status };
                    _list = null;
                }
            }
        }
    }

    // A batch that committed (or refreshed) several times left several segments, and every search pays per segment:
    // merge them down to one beside the segments that were there before (TieredMergePolicy merges the smallest).
    // A batch written by several threads ends with a segment per thread that wrote (each has its own buffer): those it
    // keeps, as a merge would cost about a quarter of the batch and win searches little (benchmarks/README.md).
    private void MergeBatch(int segmentsBefore, int writers = 1)
    {
        if (!Options.MergeAfterBatch || SegmentCount() <= segmentsBefore + writers) return;
        _writer.ForceMerge(segmentsBefore + 1);
        CommitAndRefresh();
    }

    /// <summary>The number of segments searches see (tests, diagnostics).</summary>
    internal int SegmentCount()
    {
        var searcher = _searchers.Acquire();
        try
        {
            return searcher.IndexReader.Leaves.Count;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private void LoadState()
    {
        var searcher = _searchers.Acquire();
        try
        {
            // Only the standard and file records: clauses are most of the index and carry nothing needed here.
            var fields = new HashSet<string> { IndexFields.Key, IndexFields.Hash, IndexFields.Lineage, IndexFields.DisplayId, IndexFields.Year, IndexFields.Replaces };
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var atomic = leaf.AtomicReader;
                var live = atomic.LiveDocs;
                var status = atomic.GetNumericDocValues(IndexFields.Status);
                foreach (var type in new[] { IndexFields.FileType, IndexFields.StandardType })
                {
                    var docs = atomic.GetTermDocsEnum(new Term(IndexFields.Type, type));
                    if (docs is null) continue;
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        if (live is not null && !live.Get(doc)) continue;
                        var stored = atomic.Document(doc, fields);
                        var key = stored.Get(IndexFields.Key);
                        if (key is null) continue;
                        if (type == IndexFields.FileType)
                        {
                            if (stored.Get(IndexFields.Hash) is { } hash) _fileHashes[hash] = key;
                            continue;
                        }
                        StandardId.TryParse(stored.Get(IndexFields.DisplayId), out var id);
                        var year = stored.GetField(IndexFields.Year)?.GetInt32Value();
                        _standards[key] = new StandardRecord(key, id, stored.Get(IndexFields.Lineage) ?? key, year, status?.Get(doc) ?? 0)
                        {
                            Replaces = (stored.Get(IndexFields.Replaces) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                                .Select(r => StandardId.TryParse(r, out var replaced) ? replaced : default).Where(r => !r.IsEmpty).ToList(),
                        };
                        Link(_standards[key], add: true);
                    }
                }
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static int FormatRank(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => 0,
        ".docx" => 1,
        ".html" or ".htm" => 2,
        ".txt" => 3,
        _ => 4,
    };

    private static async Task<string?> HashAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
                return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // the extractor reports the file as unreadable
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Commits pending writes and closes the index.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _writeLock.Dispose();
        BigramAnalyzer.Dispose();
        WordAnalyzer.Dispose();
    }

    private sealed record StandardRecord(string Key, StandardId Id, string Lineage, int? Year, long Status)
    {
        public IReadOnlyList<StandardId> Replaces { get; init; } = [];
    }

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
