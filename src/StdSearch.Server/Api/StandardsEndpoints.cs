using Microsoft.Extensions.Options;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Server.Lifecycle;
using StdSearch.Server.Security;

namespace StdSearch.Server.Api;

internal static class StandardsEndpoints
{
    public static void MapStandards(this IEndpointRouteBuilder api)
    {
        api.MapGet("/standards", List)
            .WithName("ListStandards")
            .WithSummary("Every standard in the index: key, id, year, inferred status")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType);

        api.MapGet("/standards/{**id}", Get)
            .WithName("GetStandard")
            .WithSummary("A stored standard by any spelling of its id, or its key: status, relations (replaces, replaced by, cites, cited by) and the whole document (as `stdsearch show --json`)")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/relations/{**id}", Relations)
            .WithName("StandardRelations")
            .WithSummary("Relations of a standard, indexed or known only as an edition: status, editions, replaces, replaced by, cites, cited by (indexed keys)")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/standards/{**id}", Delete)
            .WithName("DeleteStandard")
            .WithSummary("Deletes a standard (write endpoint)")
            .AddEndpointFilter<WriteAccessFilter>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/documents", Upload)
            .WithName("UploadDocument")
            .WithSummary("Indexes one uploaded document (multipart field `file`; PDF, DOCX, HTML or text, sniffed by content; write endpoint)")
            .AddEndpointFilter<WriteAccessFilter>()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status201Created, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult List(StandardsIndex index) =>
        Json.Of(index.ListStandards().Select(s => new
        {
            key = s.Key,
            id = s.Id.IsEmpty ? s.Key : s.Id.Display,
            year = s.Year,
            status = s.Status,
        }));

    private static async Task<IResult> Get(StandardsIndex index, RelationsCache relations, string id, CancellationToken cancellationToken)
    {
        var document = index.GetDocument(Json.RouteId(id));
        if (document is null) return Json.NotFound($"{Json.RouteId(id)} is not in the index.");
        var registry = await relations.GetAsync(cancellationToken);
        return Json.Of(new
        {
            key = document.Key,
            id = document.Id.IsEmpty ? document.Key : document.Id.Display,
            status = index.ListStandards().FirstOrDefault(s => s.Key == document.Key)?.Status ?? StandardStatus.Current,
            relations = registry.Relations(document.Key),
            document,
        });
    }

    private static async Task<IResult> Relations(RelationsCache relations, string id, CancellationToken cancellationToken)
    {
        var registry = await relations.GetAsync(cancellationToken);
        return registry.Relations(Json.RouteId(id)) is { } found
            ? Json.Of(found)
            : Json.NotFound($"{Json.RouteId(id)} is neither in the index nor a known edition.");
    }

    private static async Task<IResult> Delete(StandardsIndex index, RelationsCache relations, string id, CancellationToken cancellationToken)
    {
        var key = Json.RouteId(id);
        if (key.Length == 0 || !await index.DeleteAsync(key, cancellationToken)) return Json.NotFound($"{key} is not in the index.");
        await relations.IndexChangedAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Upload(HttpContext http, StandardsIndex index, RelationsCache relations, DocumentExtractor extractor,
        IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var (form, error) = await Uploads.ReadFormAsync(http, options.Value, maxFiles: 1);
        if (error is not null) return error;
        if (form!.Files.GetFile("file") is not { } file)
            return Json.BadRequest("Missing file", "Send the document in the multipart field `file`.");
        var (document, failure) = await Uploads.ExtractAsync(file, extractor, options.Value, cancellationToken);
        if (failure is not null) return failure;
        var change = await index.AddOrReplaceAsync(document!, cancellationToken);
        await relations.IndexChangedAsync(cancellationToken);
        var body = new
        {
            key = document!.Key,
            id = document.Id.IsEmpty ? document.Key : document.Id.Display,
            title = document.Title,
            change,
            clauses = document.AllClauses().Count(),
            file = document.SourceName,
        };
        return Results.Json(body, Reporting.JsonReport.Compact, Json.ContentType,
            change == IndexChange.Added ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
