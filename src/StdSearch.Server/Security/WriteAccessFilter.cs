using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace StdSearch.Server.Security;

/// <summary>
/// Guards the write endpoints (upload, delete, compare of uploaded files). A request may write when it comes from the
/// loopback interface and <see cref="ServerOptions.RequireApiKeyOnLoopback"/> is off, or when it carries
/// <see cref="ServerOptions.ApiKey"/> in <see cref="ServerOptions.ApiKeyHeader"/> (compared in constant time). Anything
/// else gets 401 with problem details.
/// </summary>
internal sealed class WriteAccessFilter(IOptions<ServerOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var o = options.Value;
        var http = context.HttpContext;
        if (IsLoopback(http.Connection.RemoteIpAddress) && !o.RequireApiKeyOnLoopback) return await next(context);
        if (o.ApiKey.Length > 0 && http.Request.Headers.TryGetValue(o.ApiKeyHeader, out var given) && given.Count == 1
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[0] ?? ""), Encoding.UTF8.GetBytes(o.ApiKey)))
            return await next(context);
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: o.ApiKey.Length > 0
                ? $"Send the server's API key in the {o.ApiKeyHeader} header."
                : "This server accepts writes from its own machine only (no API key is configured).");
    }

    // No remote address means an in-process client (test host) or a Unix socket: both are on this machine.
    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
