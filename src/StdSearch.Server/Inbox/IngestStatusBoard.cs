using System.Collections.Concurrent;

namespace StdSearch.Server.Inbox;

/// <summary>Where a file handed to the server stands.</summary>
internal enum FileState
{
    Queued,
    Indexing,
    Indexed,
    Failed,
}

/// <summary>The state of one file: its name relative to the folder it came from, never a full path.</summary>
internal sealed record FileStatus(string Name, string Source, FileState State)
{
    public string Key { get; init; } = "";
    public string Id { get; init; } = "";
    public int Clauses { get; init; }
    public string Reason { get; init; } = "";
    public string Message { get; init; } = "";
    public DateTimeOffset Updated { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>Per-file ingest status of the seed folder and the inbox, shown by <c>GET /api/ingest</c>. Thread-safe.</summary>
internal sealed class IngestStatusBoard
{
    private readonly ConcurrentDictionary<string, FileStatus> _files = new(StringComparer.Ordinal);

    public void Set(FileStatus status) => _files[status.Source + "/" + status.Name] = status with { Updated = DateTimeOffset.UtcNow };

    public FileStatus? Get(string source, string name) => _files.TryGetValue(source + "/" + name, out var s) ? s : null;

    public IReadOnlyList<FileStatus> All() =>
        _files.Values.OrderBy(f => f.Source, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<string, int> Counts() =>
        _files.Values.GroupBy(f => f.State).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());
}
