using Microsoft.Extensions.Options;
using StdSearch.Corpus;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Search;
using StdSearch.Server.Lifecycle;
using StdSearch.Server.Security;

namespace StdSearch.Server.Api;

/// <summary>Draft check and portfolio report (the library's Corpus stage).</summary>
internal static class CorpusEndpoints
{
    public static void MapCorpus(this IEndpointRouteBuilder api)
    {
        api.MapPost("/check", Check)
            .WithName("CheckDraft")
            .WithSummary("Checks an uploaded draft (multipart field `file`) against the index: share found elsewhere, sources, matched passages, conflicting provisions (as `stdsearch check --json`); nothing is indexed (write endpoint)")
            .AddEndpointFilter<WriteAccessFilter>()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/report", Report)
            .WithName("PortfolioReport")
            .WithSummary("Portfolio consistency report (as `stdsearch report --json`): set and reference are filters in the query language, target a rate in [0, 1], rule no-conflict or adopted")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Check(HttpContext http, StandardsIndex index, ClauseSignatures signatures, DocumentExtractor extractor,
        IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        var (form, error) = await Uploads.ReadFormAsync(http, options.Value, maxFiles: 1);
        if (error is not null) return error;
        if (form!.Files.GetFile("file") is not { } file)
            return Json.BadRequest("Missing file", "Send the draft in the multipart field `file`.");
        var (document, failure) = await Uploads.ExtractAsync(file, extractor, options.Value, cancellationToken);
        if (failure is not null) return failure;
        using var tables = await signatures.OpenAsync(cancellationToken);
        return Json.Of(new DraftChecker(index, signatures: tables).Check(document!, cancellationToken));
    }

    private static IResult Report(StandardsIndex index, string? set, string? reference, double? target, string? rule, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(set) || string.IsNullOrWhiteSpace(reference))
            return Json.BadRequest("Two filters needed", "Pass set (the standards reported on) and reference (the reference standards), e.g. set=level:local&reference=level:national.");
        if (target is < 0 or > 1) return Json.BadRequest("Bad target", "target is a rate in [0, 1].");
        ConsistencyRule? consistency = (rule ?? "no-conflict") switch
        {
            "no-conflict" => ConsistencyRule.NoConflict,
            "adopted" => ConsistencyRule.Adopted,
            _ => null,
        };
        if (consistency is null) return Json.BadRequest("Bad rule", "rule is no-conflict or adopted.");
        try
        {
            var request = new PortfolioRequest(set, reference) { Target = target ?? 0.9, Rule = consistency.Value };
            return Json.Of(new PortfolioReporter().Build(index, request, cancellationToken));
        }
        catch (QuerySyntaxException e)
        {
            return Json.BadRequest("Query syntax error", e.Message, new Dictionary<string, object?> { ["position"] = e.Position, ["problem"] = e.Problem });
        }
    }
}
