using System.Threading.Channels;
using Microsoft.Extensions.Options;
using StdSearch.Extraction;
using StdSearch.Indexing;

namespace StdSearch.Server.Inbox;

/// <summary>
/// The background indexer. On start it indexes the seed folder when the index is empty; then it watches the inbox
/// folder (a <see cref="FileSystemWatcher"/>, and a full rescan every <see cref="ServerOptions.InboxRescanSeconds"/> as
/// a safety net for missed events) and indexes new or changed files through a bounded queue, in batches of what has arrived (one commit each). Every file's
/// state is on the <see cref="IngestStatusBoard"/>; a file that fails is reported there with its reason, and nothing a
/// file does stops the worker.
/// </summary>
internal sealed class InboxWorker : BackgroundService
{
    private readonly StandardsIndex _index;
    private readonly Lifecycle.RelationsCache _relations;
    private readonly IngestStatusBoard _board;
    private readonly ServerOptions _options;
    private readonly ILogger<InboxWorker> _logger;
    private readonly Channel<string> _queue;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private const int MaxBatch = 32;

    public InboxWorker(StandardsIndex index, Lifecycle.RelationsCache relations, IngestStatusBoard board, IOptions<ServerOptions> options, IHostEnvironment environment,
        ILogger<InboxWorker> logger)
    {
        _index = index;
        _relations = relations;
        _board = board;
        _options = options.Value;
        _logger = logger;
        SeedFolder = Resolve(environment, _options.SeedFolder);
        InboxFolder = Resolve(environment, _options.InboxFolder);
        _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(Math.Max(1, _options.InboxQueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The seed folder (full path), or null.</summary>
    public string? SeedFolder { get; }

    /// <summary>The inbox folder (full path), or null when the worker is off.</summary>
    public string? InboxFolder { get; }

    /// <summary>Files waiting in the queue.</summary>
    public int QueueLength
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>True once the seed folder (if any) has been indexed and the inbox is being watched.</summary>
    public bool Ready
    {
        get => Volatile.Read(ref _ready);
        private set => Volatile.Write(ref _ready, value);
    }

    private bool _ready;

    private static string? Resolve(IHostEnvironment environment, string folder) =>
        string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder, environment.ContentRootPath);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting: the seed can take a while
        try
        {
            await SeedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Indexing the seed folder failed");
        }

        if (InboxFolder is null)
        {
            Ready = true;
            return;
        }
        FileSystemWatcher watcher;
        try
        {
            Directory.CreateDirectory(InboxFolder);
            watcher = new FileSystemWatcher(InboxFolder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _logger.LogError(e, "Cannot watch the inbox {Inbox}; the server runs without it", InboxFolder);
            Ready = true;
            return;
        }
        using var disposeWatcher = watcher;
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.Changed += (_, e) => Offer(e.FullPath);
        watcher.Renamed += (_, e) => Offer(e.FullPath);
        watcher.Error += (_, e) => _logger.LogWarning(e.GetException(), "Inbox watcher error; the next rescan catches up");
        watcher.EnableRaisingEvents = true;

        using var rescan = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.InboxRescanSeconds)));
        var scanner = Task.Run(async () =>
        {
            try
            {
                do Rescan();
                while (await rescan.WaitForNextTickAsync(stoppingToken));
            }
            catch (OperationCanceledException) { }
        }, CancellationToken.None);
        Ready = true;
        _logger.LogInformation("Watching the inbox {Inbox}", InboxFolder);

        try
        {
            // Files that arrive together are indexed as one batch (one commit), up to MaxBatch at a time.
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<string>();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var path)) batch.Add(path);
                await IndexBatchAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        await scanner;
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (SeedFolder is null || _index.StandardCount > 0) return;
        if (!Directory.Exists(SeedFolder))
        {
            _logger.LogWarning("Seed folder {Seed} does not exist; starting on an empty index", SeedFolder);
            return;
        }
        _logger.LogInformation("Empty index: indexing {Seed}", SeedFolder);
        var files = DocumentFiles.Expand([SeedFolder], DocumentFiles.IndexedExtensions);
        foreach (var file in files) _board.Set(new FileStatus(RelativeName(SeedFolder, file), "seed", FileState.Queued));
        var progress = new SynchronousProgress<IngestProgress>(p => _board.Set(ToStatus(SeedFolder, "seed", p.File)));
        var report = await _index.IngestAsync([SeedFolder], progress, cancellationToken);
        await _relations.IndexChangedAsync(cancellationToken);
        _logger.LogInformation("Seed: {Added} added, {Failed} failed, {Duplicates} duplicates", report.Added, report.Failed, report.Duplicates);
    }

    /// <summary>Queues a file unless it is queued already or is not a document the index reads.</summary>
    private void Offer(string path)
    {
        if (!DocumentFiles.IndexedExtensions.Contains(Path.GetExtension(path))) return;
        (long, DateTime) stamp;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return;
            stamp = (info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        lock (_gate)
        {
            if (_seen.TryGetValue(path, out var old) && old == stamp) return; // indexed as it is now
            if (!_pending.Add(path)) return;
        }
        if (_queue.Writer.TryWrite(path))
        {
            _board.Set(new FileStatus(RelativeName(InboxFolder!, path), "inbox", FileState.Queued));
            return;
        }
        // Queue full: forget it for now; the rescan sees the file as unseen and offers it again.
        lock (_gate)
        {
            _pending.Remove(path);
            _seen.Remove(path);
        }
    }

    private void Rescan()
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(InboxFolder!, "*", SearchOption.AllDirectories))
            {
                Offer(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Inbox rescan failed; trying again at the next one");
        }
    }

    private async Task IndexBatchAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var ready = new List<string>();
        foreach (var path in paths)
        {
            // The file stays "pending" until its stamp is taken, so events raised while it is still being written
            // do not queue it a second time; a write after the stamp queues it again.
            try
            {
                if (!await WaitUntilStableAsync(path, cancellationToken)) continue; // deleted before its turn
                var info = new FileInfo(path);
                lock (_gate) _seen[path] = (info.Length, info.LastWriteTimeUtc);
                _board.Set(new FileStatus(RelativeName(InboxFolder!, path), "inbox", FileState.Indexing));
                ready.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Fail(path, e);
            }
            finally
            {
                lock (_gate) _pending.Remove(path);
            }
        }
        if (ready.Count == 0) return;
        try
        {
            var report = await _index.IngestAsync(ready, null, cancellationToken);
            if (report.Standards > 0) await _relations.IndexChangedAsync(cancellationToken);
            foreach (var file in report.Files) _board.Set(ToStatus(InboxFolder!, "inbox", file));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Extraction failures are results, not exceptions: this is the index itself (disk full, I/O). Report each file.
            foreach (var path in ready) Fail(path, e);
        }
    }

    private void Fail(string path, Exception e)
    {
        var name = RelativeName(InboxFolder!, path);
        _logger.LogWarning(e, "Inbox file {File} failed", name);
        _board.Set(new FileStatus(name, "inbox", FileState.Failed) { Reason = "error", Message = e.Message });
    }

    /// <summary>Waits until a file being copied in has not been written for a moment (at most 10 s); false when it is gone.</summary>
    private static async Task<bool> WaitUntilStableAsync(string path, CancellationToken cancellationToken)
    {
        var quiet = TimeSpan.FromMilliseconds(250);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var info = new FileInfo(path);
            if (!info.Exists) return false;
            if (DateTime.UtcNow - info.LastWriteTimeUtc >= quiet)
            {
                try
                {
                    await using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                    return true;
                }
                catch (IOException) { } // still open for writing elsewhere
            }
            await Task.Delay(100, cancellationToken);
        }
        return File.Exists(path);
    }

    private static FileStatus ToStatus(string folder, string source, FileIngestResult file)
    {
        var name = RelativeName(folder, file.Path);
        var state = file.Status switch
        {
            // Unchanged (content indexed before) and duplicate (its standard came from another file) are indexed too;
            // the message says which.
            IngestStatus.Failed => FileState.Failed,
            _ => FileState.Indexed,
        };
        return new FileStatus(name, source, state)
        {
            Key = file.Key,
            Id = file.Id.IsEmpty ? "" : file.Id.Display,
            Clauses = file.Clauses,
            Reason = file.Failure is { } reason ? ExtractionException.ReasonText(reason) : "",
            Message = file.Message,
        };
    }

    private static string RelativeName(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
