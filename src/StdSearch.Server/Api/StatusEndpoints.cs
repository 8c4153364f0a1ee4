using StdSearch.Indexing;
using StdSearch.Server.Inbox;

namespace StdSearch.Server.Api;

internal static class StatusEndpoints
{
    public static void MapStatus(this IEndpointRouteBuilder api)
    {
        api.MapGet("/health", Health)
            .WithName("Health")
            .WithSummary("Liveness and progress: standards in the index, files queued, files per ingest state; garbage collections (gen 0, 1, 2), their total pause and the heap size")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType);

        api.MapGet("/ingest", (IngestStatusBoard board) => Json.Of(board.All()))
            .WithName("IngestStatus")
            .WithSummary("Per-file status of the seed folder and the inbox: queued, indexing, indexed (with a note when unchanged or a duplicate), failed (with reason)")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType);

        api.MapGet("/ingest/{source}/{**name}", (IngestStatusBoard board, string source, string name) =>
                board.Get(source, Uri.UnescapeDataString(name)) is { } status ? Json.Of(status) : Json.NotFound($"No file {source}/{name} was seen."))
            .WithName("IngestFileStatus")
            .WithSummary("The status of one file, by source (seed or inbox) and its name relative to that folder")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Health(StandardsIndex index, InboxWorker worker, IngestStatusBoard board) => Json.Of(new
    {
        status = worker.Ready ? "ok" : "starting",
        standards = index.StandardCount,
        queued = worker.QueueLength,
        files = board.Counts(),
        // What the garbage collector has cost since start: its pauses stop the searches too, whatever thread allocated.
        gc = new
        {
            collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
            pauseMilliseconds = Math.Round(GC.GetTotalPauseDuration().TotalMilliseconds, 1),
            heapMegabytes = Math.Round(GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0, 1),
        },
    });
}
