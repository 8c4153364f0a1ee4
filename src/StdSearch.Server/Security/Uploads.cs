using System.Text;
using Microsoft.AspNetCore.Http.Features;
using StdSearch.Documents;
using StdSearch.Extraction;

namespace StdSearch.Server.Security;

/// <summary>
/// Reads uploaded documents. Sizes are checked against <see cref="ServerOptions.MaxUploadBytes"/> before anything is
/// read (413), the content is extracted from memory (the extractor sniffs the format from the bytes, never from the
/// name: unsupported content is 415, unreadable content 422) and the client's file name is only ever a label: it is
/// reduced to a plain name and never touches the file system.
/// </summary>
internal static class Uploads
{
    /// <summary>Multipart framing allowed on top of the files themselves.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>Checks the request's declared length and reads its form within the limit.</summary>
    public static async Task<(IFormCollection? Form, IResult? Error)> ReadFormAsync(HttpContext http, ServerOptions options, int maxFiles)
    {
        var limit = options.MaxUploadBytes * maxFiles + FormOverhead;
        if (http.Request.ContentLength > limit) return (null, TooLarge(options));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (!http.Request.HasFormContentType)
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Expected a multipart form",
                detail: "Send the document(s) as multipart/form-data."));
        try
        {
            var form = await http.Request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueCountLimit = 16,
                MultipartHeadersLengthLimit = 16 * 1024,
            }, http.RequestAborted);
            if (form.Files.Count > maxFiles)
                return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Too many files",
                    detail: $"At most {maxFiles} file(s) per request."));
            if (form.Files.FirstOrDefault(f => f.Length > options.MaxUploadBytes) is not null) return (null, TooLarge(options));
            return (form, null);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(options)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed form", detail: e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(options));
        }
    }

    /// <summary>Extracts an uploaded file; the failure is a problem-details result naming the file and the reason.</summary>
    public static async Task<(StandardDocument? Document, IResult? Error)> ExtractAsync(IFormFile file, DocumentExtractor extractor, ServerOptions options,
        CancellationToken cancellationToken)
    {
        if (file.Length > options.MaxUploadBytes) return (null, TooLarge(options));
        var name = SafeName(file.FileName);
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await using (var upload = file.OpenReadStream()) await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        try
        {
            return (await extractor.ExtractAsync(buffer, name, cancellationToken), null);
        }
        catch (ExtractionException e)
        {
            var status = e.Reason switch
            {
                ExtractionFailure.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
                ExtractionFailure.TooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return (null, Results.Problem(statusCode: status, title: "The document cannot be read", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["reason"] = ExtractionException.ReasonText(e.Reason), ["file"] = name }));
        }
    }

    /// <summary>A label for a client's file name: the last path segment, letters, digits, CJK and <c>._- </c> only,
    /// at most 100 characters; <c>upload</c> when nothing is left.</summary>
    public static string SafeName(string? clientName)
    {
        var last = (clientName ?? "").Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(last.Length);
        foreach (var c in last)
            if (char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ') sb.Append(c);
        var name = sb.ToString().Trim().TrimStart('.');
        if (name.Length > 100) name = name[^100..];
        return name.Length == 0 ? "upload" : name;
    }

    public static IResult TooLarge(ServerOptions options) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large",
            detail: $"Each file may be at most {options.MaxUploadBytes:N0} bytes.");
}
