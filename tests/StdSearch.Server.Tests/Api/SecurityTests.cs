using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class SecurityTests
{
    private const string Key = "s3cret-key-for-tests";

    private static ServerFactory Locked() => new(settings: new Dictionary<string, string?>
    {
        ["Server:ApiKey"] = Key,
        ["Server:RequireApiKeyOnLoopback"] = "true",
    });

    [Test]
    public async Task Writes_need_the_api_key_when_configured_and_reads_do_not()
    {
        using var server = Locked();
        var client = await server.ReadyClientAsync();

        var noKey = await client.PostAsync("/api/documents", Samples.Form("file", Samples.NewStandardText(), "a.txt"));
        Assert.That(noKey.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(noKey.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        var delete = await client.DeleteAsync("/api/standards/GB/T%2031999-2021");
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetAsync("/api/standards/GB/T%2031999-2021")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Samples.Form("file", Samples.NewStandardText(), "a.txt") };
        wrong.Headers.Add("X-Api-Key", Key + "x");
        Assert.That((await client.SendAsync(wrong)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Samples.Form("file", Samples.NewStandardText(), "a.txt") };
        right.Headers.Add("X-Api-Key", Key);
        Assert.That((await client.SendAsync(right)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        using var compare = Samples.Form("a", Samples.NewStandardText(), "a.txt");
        compare.Add(new StringContent("GB/T 31999-2021"), "b");
        Assert.That((await client.PostAsync("/api/compare", compare)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var search = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("油温"));
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Loopback_writes_need_no_key_by_default()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        var response = await client.PostAsync("/api/documents", Samples.Form("file", Samples.NewStandardText(), "a.txt"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Cors_is_off_unless_origins_are_configured()
    {
        using var closed = new ServerFactory();
        var client = await closed.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "https://portal.example");
        var response = await client.SendAsync(request);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);

        using var open = new ServerFactory(settings: new Dictionary<string, string?> { ["Server:CorsOrigins:0"] = "https://portal.example" });
        var openClient = await open.ReadyClientAsync();
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        allowed.Headers.Add("Origin", "https://portal.example");
        var yes = await openClient.SendAsync(allowed);
        Assert.That(yes.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "https://portal.example" }));
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        other.Headers.Add("Origin", "https://elsewhere.example");
        Assert.That((await openClient.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Unknown_api_route_is_404()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        Assert.That((await client.GetAsync("/api/nothing")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.That(health.GetProperty("standards").GetInt32(), Is.EqualTo(SeededIndex.Standards));
    }
}
