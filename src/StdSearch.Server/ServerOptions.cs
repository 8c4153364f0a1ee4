namespace StdSearch.Server;

/// <summary>
/// Settings of the server itself, bound from the configuration section <c>Server</c> (appsettings.json, environment
/// variables such as <c>Server__ApiKey</c>, command-line <c>--Server:SeedFolder=…</c>). The engine's own settings (index
/// folder, search defaults) are in the section <c>StdSearch</c>.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section: <c>Server</c>.</summary>
    public const string SectionName = "Server";

    /// <summary>A folder indexed when the server starts on an empty index (relative paths from the content root);
    /// empty for none. Default <c>../../corpus-samples</c> (the bundled samples, from the project folder).</summary>
    public string SeedFolder { get; set; } = "";

    /// <summary>The folder the inbox worker watches; files dropped there are indexed (relative paths from the content
    /// root); empty turns the worker off. Default <c>.stdsearch/inbox</c>.</summary>
    public string InboxFolder { get; set; } = "";

    /// <summary>Largest upload accepted per file, in bytes (larger ones get 413). Default 50 MiB.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The key write endpoints (upload, delete, compare of uploaded files) accept in <see cref="ApiKeyHeader"/>.
    /// Empty: only loopback clients may write.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The request header that carries the API key. Default <c>X-Api-Key</c>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>Whether loopback clients must present the key too. Default false: on 127.0.0.1 writes need no key.</summary>
    public bool RequireApiKeyOnLoopback { get; set; }

    /// <summary>Origins allowed by CORS; empty (the default) sends no CORS headers at all.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Files the inbox queue holds before the watcher waits for the next rescan. Default 256.</summary>
    public int InboxQueueCapacity { get; set; } = 256;

    /// <summary>Files the indexer extracts at the same time (uploads, the seed and the inbox). Default 1, so that a batch
    /// leaves the other cores to searches.</summary>
    public int IngestParallelFiles { get; set; } = 1;

    /// <summary>Seconds between full rescans of the inbox (a safety net for events the file watcher misses). Default 30.</summary>
    public int InboxRescanSeconds { get; set; } = 30;
}
