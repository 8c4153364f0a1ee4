using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StdSearch.Server.Lifecycle;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Lifecycle;

/// <summary>The edition registry is built when a request needs it, kept while the index does not change, and built again
/// on the first request after a write (the inbox worker's batches only mark it stale).</summary>
public sealed class RelationsCacheTests
{
    [Test]
    public async Task The_registry_is_kept_until_a_write_and_rebuilt_on_the_next_request()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        var cache = server.Services.GetRequiredService<RelationsCache>();

        var first = await cache.GetAsync(CancellationToken.None);
        Assert.That(await cache.GetAsync(CancellationToken.None), Is.SameAs(first));
        var unknown = await client.GetAsync("/api/relations/" + Uri.EscapeDataString("WB/T 1888-2022"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await cache.GetAsync(CancellationToken.None), Is.SameAs(first));

        await File.WriteAllBytesAsync(Path.Combine(server.InboxDirectory, "wbt-1888.txt"), Samples.NewStandardText());
        var deadline = DateTime.UtcNow.AddMinutes(1);
        HttpResponseMessage response;
        while ((response = await client.GetAsync("/api/relations/" + Uri.EscapeDataString("WB/T 1888-2022"))).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The relations never showed the standard the inbox indexed.");
            await Task.Delay(100);
        }
        var relations = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(relations.GetProperty("status").GetString(), Is.EqualTo("current"));
        var rebuilt = await cache.GetAsync(CancellationToken.None);
        Assert.That(rebuilt, Is.Not.SameAs(first));
        Assert.That(await cache.GetAsync(CancellationToken.None), Is.SameAs(rebuilt));
    }
}
