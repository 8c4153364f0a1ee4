using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace StdSearch.Server.Security;

/// <summary>CORS from <see cref="ServerOptions.CorsOrigins"/>: none configured (the default) means no policy, so no CORS
/// headers and browsers keep other origins out.</summary>
internal sealed class ConfiguredCorsPolicy(IOptions<ServerOptions> options) : ICorsPolicyProvider
{
    private readonly CorsPolicy? _policy = options.Value.CorsOrigins is { Length: > 0 } origins
        ? new CorsPolicyBuilder().WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST", "DELETE").Build()
        : null;

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName) => Task.FromResult(_policy);
}
