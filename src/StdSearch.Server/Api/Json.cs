using System.Text;
using StdSearch.Reporting;

namespace StdSearch.Server.Api;

/// <summary>JSON responses in the library's shape (<see cref="JsonReport.Compact"/>), so the CLI and the server print alike.</summary>
internal static class Json
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Text a library writer produced (SearchJsonWriter, ComparisonJsonWriter).</summary>
    public static IResult Raw(string json, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(json, ContentType, Encoding.UTF8, statusCode);

    /// <summary>Any value with the library's JSON options.</summary>
    public static IResult Of<T>(T value, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(value, JsonReport.Compact, ContentType, statusCode);

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail, extensions: extensions);

    /// <summary>An id from a route's catch-all segment: standard numbers carry slashes, sent as-is or as %2F.</summary>
    public static string RouteId(string id) => Uri.UnescapeDataString(id).Trim();
}
