using Microsoft.Extensions.Options;
using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Reporting.Comparison;
using StdSearch.Server.Security;

namespace StdSearch.Server.Api;

internal static class CompareEndpoints
{
    public static void MapCompare(this IEndpointRouteBuilder api)
    {
        api.MapGet("/compare", CompareIds)
            .WithName("CompareStandards")
            .WithSummary("Compares two indexed standards, a (reference) and b (same JSON as `stdsearch compare --json`)")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/compare", CompareUploads)
            .WithName("CompareUploads")
            .WithSummary("Compares two documents, each an uploaded file (multipart fields `a`, `b`) or an indexed id (form fields `a`, `b`); nothing is indexed (write endpoint)")
            .AddEndpointFilter<WriteAccessFilter>()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult CompareIds(StandardsIndex index, StandardComparer comparer, string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            return Json.BadRequest("Two standards needed", "Pass the ids to compare as a and b.");
        if (index.GetDocument(a.Trim()) is not { } left) return Json.NotFound($"{a.Trim()} is not in the index.");
        if (index.GetDocument(b.Trim()) is not { } right) return Json.NotFound($"{b.Trim()} is not in the index.");
        return Json.Raw(ComparisonJsonWriter.Write(comparer.Compare(left, right), indented: false));
    }

    private static async Task<IResult> CompareUploads(HttpContext http, StandardsIndex index, StandardComparer comparer, DocumentExtractor extractor,
        IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var (form, error) = await Uploads.ReadFormAsync(http, options.Value, maxFiles: 2);
        if (error is not null) return error;
        var sides = new StandardDocument[2];
        string[] names = ["a", "b"];
        for (var i = 0; i < 2; i++)
        {
            if (form!.Files.GetFile(names[i]) is { } file)
            {
                var (document, failure) = await Uploads.ExtractAsync(file, extractor, options.Value, cancellationToken);
                if (failure is not null) return failure;
                sides[i] = document!;
            }
            else if (form[names[i]].ToString() is { Length: > 0 } id)
            {
                if (index.GetDocument(id.Trim()) is not { } stored) return Json.NotFound($"{id.Trim()} is not in the index.");
                sides[i] = stored;
            }
            else
            {
                return Json.BadRequest("Two documents needed", $"Send `{names[i]}` as a file or as an indexed standard's id.");
            }
        }
        return Json.Raw(ComparisonJsonWriter.Write(comparer.Compare(sides[0], sides[1]), indented: false));
    }
}
