using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace StdSearch.Server.Tests.TestSupport;

/// <summary>
/// The server on a private index (a copy of the seeded samples, or empty), a private inbox and no seed folder unless
/// asked; settings are passed as configuration, as appsettings.json or the environment would.
/// </summary>
internal sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ServerFactory(bool seeded = true, IDictionary<string, string?>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "stdsearch-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        IndexDirectory = seeded ? SeededIndex.Copy() : Path.Combine(Root, "index");
        InboxDirectory = Path.Combine(Root, "inbox");
        _settings = new Dictionary<string, string?>
        {
            ["StdSearch:IndexDirectory"] = IndexDirectory,
            ["Server:SeedFolder"] = "",
            ["Server:InboxFolder"] = InboxDirectory,
            ["Server:InboxRescanSeconds"] = "1",
            ["Server:MaxUploadBytes"] = (2 * 1024 * 1024).ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string Root { get; }

    public string IndexDirectory { get; }

    public string InboxDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    /// <summary>Waits until the worker has seeded (if asked) and watches the inbox.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
            if (health.GetProperty("status").GetString() == "ok") return client;
            if (DateTime.UtcNow > deadline) Assert.Fail("The server did not become ready within 2 minutes: " + health);
            await Task.Delay(100);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SeededIndex.TryDelete(Root);
            if (!IndexDirectory.StartsWith(Root, StringComparison.Ordinal)) SeededIndex.TryDelete(IndexDirectory);
        }
    }
}
