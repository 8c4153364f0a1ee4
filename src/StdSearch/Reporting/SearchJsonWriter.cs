using StdSearch.Search;

namespace StdSearch.Reporting;

/// <summary>
/// Writes a <see cref="SearchResult"/> as the JSON every host prints (<c>stdsearch search --json</c> and the server's
/// <c>GET /api/search</c>): <c>total</c>, <c>totalClauses</c>, <c>page</c>, <c>pageSize</c>, <c>hits</c> [{<c>id</c>,
/// <c>key</c>, <c>title</c>, <c>level</c>, <c>status</c>, <c>score</c>, <c>clauses</c> [{<c>number</c>, <c>heading</c>,
/// <c>snippet</c>, <c>highlights</c> ([start, length] pairs into the snippet, UTF-16), <c>score</c>}]}], <c>facets</c>
/// {<c>level</c>, <c>region</c>, <c>ics</c>, <c>year</c>: [{<c>value</c>, <c>count</c>}]}. Uses <see cref="JsonReport"/>'s
/// options. Thread-safe.
/// </summary>
public static class SearchJsonWriter
{
    /// <summary>The result as a JSON string.</summary>
    /// <param name="result">The search result.</param>
    /// <param name="indented">Indented (CLI, files) or compact (HTTP).</param>
    public static string Write(SearchResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shape = new
        {
            total = result.Total,
            totalClauses = result.TotalClauses,
            page = result.Page,
            pageSize = result.PageSize,
            hits = result.Hits.Select(h => new
            {
                id = h.Id.IsEmpty ? h.Key : h.Id.Display,
                key = h.Key,
                title = h.Title,
                level = h.Level,
                status = h.Status,
                score = Math.Round(h.Score, 3),
                clauses = h.Clauses.Select(c => new
                {
                    number = c.Number,
                    heading = c.Heading,
                    snippet = c.Snippet,
                    highlights = c.Highlights.Select(s => new[] { s.Start, s.Length }),
                    score = Math.Round(c.Score, 3),
                }),
            }),
            facets = result.Facets,
        };
        return JsonReport.Serialize(shape, indented);
    }
}
