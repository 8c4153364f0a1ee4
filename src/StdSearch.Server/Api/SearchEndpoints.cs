using StdSearch.Reporting;
using StdSearch.Search;

namespace StdSearch.Server.Api;

internal static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search the index (same parameters and JSON as `stdsearch search --json`)")
            .WithDescription("q: the query (words, \"phrases\", AND/OR/NOT, standard numbers, level: region: ics: year: …); " +
                             "level, region: filters; page (from 1) and pageSize (1–100); facets=false skips the facet counts. " +
                             "A malformed query is 400 with problem details naming the position.")
            .Produces(StatusCodes.Status200OK, contentType: Json.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(StandardsSearcher searcher, string? q, string? level, string? region, int? page, int? pageSize, bool? facets,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q)) return Json.BadRequest("Missing query", "Pass the query in the q parameter.");
        if (page is < 1) return Json.BadRequest("Bad page", "page starts at 1.");
        if (pageSize is < 1 or > 100) return Json.BadRequest("Bad page size", "pageSize is 1 to 100.");
        try
        {
            var result = searcher.Search(new SearchRequest(q)
            {
                Level = string.IsNullOrWhiteSpace(level) ? null : level,
                Region = string.IsNullOrWhiteSpace(region) ? null : region,
                Page = page ?? 1,
                PageSize = pageSize ?? 10,
                Facets = facets ?? true,
            }, cancellationToken);
            return Json.Raw(SearchJsonWriter.Write(result, indented: false));
        }
        catch (QuerySyntaxException e)
        {
            return Json.BadRequest("Query syntax error", e.Message,
                new Dictionary<string, object?> { ["position"] = e.Position, ["problem"] = e.Problem });
        }
    }
}
