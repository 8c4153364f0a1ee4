using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class RelationsApiTests : ApiTests
{
    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Test]
    public async Task Standard_view_carries_replaced_by_and_cited_by()
    {
        var old = await Client.GetFromJsonAsync<JsonElement>("/api/standards/GB/T 31999-2015");
        var relations = old.GetProperty("relations");
        Assert.That(Strings(relations.GetProperty("replacedBy")), Is.EqualTo(new[] { "GB/T 31999-2021" }));
        Assert.That(relations.GetProperty("status").GetString(), Is.EqualTo("replaced"));
        // T/JLLY 036—2020 cites GB/T 31999—2015 by its dated number and the undated GB/T 31999.
        Assert.That(Strings(relations.GetProperty("citedBy")), Does.Contain("T/JLLY 036-2020"));

        var current = await Client.GetFromJsonAsync<JsonElement>("/api/relations/GBT31999-2021");
        Assert.That(Strings(current.GetProperty("replaces")), Is.EqualTo(new[] { "GB/T 31999-2015" }));
        Assert.That(Strings(current.GetProperty("cites")), Does.Contain("GB/T 5524"));
    }

    [Test]
    public async Task Relations_of_an_unknown_id_are_404()
    {
        var response = await Client.GetAsync("/api/relations/" + Uri.EscapeDataString("GB/T 99999-2001"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Relations_follow_writes()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/relations/GB/T 31999-2015");
        Assert.That(Strings(before.GetProperty("citedBy")), Does.Contain("T/JLLY 036-2020"));
        Assert.That((await client.DeleteAsync("/api/standards/T/JLLY%20036-2020")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/relations/GB/T 31999-2015");
        Assert.That(Strings(after.GetProperty("citedBy")), Does.Not.Contain("T/JLLY 036-2020"));
    }
}
