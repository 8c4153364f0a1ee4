using StdSearch.Comparison;
using StdSearch.Hosting;
using StdSearch.Server;
using StdSearch.Server.Api;
using StdSearch.Server.Inbox;
using StdSearch.Server.Security;

var builder = WebApplication.CreateBuilder(args);

// Engine: index folder and search defaults from the section "StdSearch" (StdSearch__IndexDirectory, STDSEARCH_INDEX).
builder.Services.AddOptions<StdSearchOptions>().Bind(builder.Configuration.GetSection(StdSearchOptions.SectionName))
    .PostConfigure<IHostEnvironment>((o, environment) => o.IndexDirectory = Path.GetFullPath(o.IndexDirectory, environment.ContentRootPath));
// The extractor the index ingests with (registered before AddStdSearch, which keeps it): one file at a time by default.
builder.Services.AddSingleton(sp => new StdSearch.Extraction.DocumentExtractor
{
    MaxParallelFiles = Math.Max(1, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServerOptions>>().Value.IngestParallelFiles),
});
builder.Services.AddStdSearch();
builder.Services.AddSingleton(_ => new StandardComparer());

builder.Services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.SectionName));
builder.Services.AddSingleton<IngestStatusBoard>();
builder.Services.AddSingleton<StdSearch.Server.Lifecycle.RelationsCache>();
builder.Services.AddSingleton<StdSearch.Server.Lifecycle.ClauseSignatures>();
builder.Services.AddSingleton<InboxWorker>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<InboxWorker>());
builder.Services.AddSingleton<WriteAccessFilter>();

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddCors();
builder.Services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider, ConfiguredCorsPolicy>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors(); // no policy (no Server:CorsOrigins) means no CORS headers
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
var api = app.MapGroup("/api");
api.MapGroup("").WithTags("search").MapSearch();
api.MapGroup("").WithTags("standards").MapStandards();
api.MapGroup("").WithTags("compare").MapCompare();
api.MapGroup("").WithTags("status").MapStatus();
api.MapGroup("").WithTags("corpus").MapCorpus();

app.Run();

/// <summary>The server's entry point (public so that tests can host it with WebApplicationFactory).</summary>
public partial class Program;
