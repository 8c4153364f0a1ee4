using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class StandardsApiTests : ApiTests
{
    [Test]
    public async Task List_holds_every_seeded_standard_with_its_status()
    {
        var list = await Client.GetFromJsonAsync<JsonElement>("/api/standards");
        Assert.That(list.GetArrayLength(), Is.EqualTo(SeededIndex.Standards));
        var old = list.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "GB/T 31999-2015");
        Assert.That(old.GetProperty("status").GetString(), Is.EqualTo("replaced"));
    }

    [TestCase("GB/T 31999-2021")]
    [TestCase("GB%2FT%2031999-2021")]
    [TestCase("GBT31999-2021")]
    [TestCase("gb%2Ft%2031999%E2%80%942021")]
    public async Task Standard_is_found_by_any_spelling_of_its_id(string id)
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/standards/" + id);
        Assert.That(json.GetProperty("key").GetString(), Is.EqualTo("GB/T 31999-2021"));
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("current"));
        var document = json.GetProperty("document");
        Assert.That(document.GetProperty("title").GetString(), Is.EqualTo("食用植物油散装储存技术规范"));
        Assert.That(document.GetProperty("replaces")[0].GetString(), Is.EqualTo("GB/T 31999-2015"));
        Assert.That(document.GetProperty("clauses").GetArrayLength(), Is.GreaterThan(3));
    }

    [Test]
    public async Task Replaced_edition_says_so()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/standards/GB/T 31999-2015");
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("replaced"));
    }

    [TestCase("GB/T 99999-2001")]
    [TestCase("nothing-like-this")]
    public async Task Unknown_id_is_404_problem_details(string id)
    {
        var response = await Client.GetAsync("/api/standards/" + Uri.EscapeDataString(id));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(id));
    }

    [Test]
    public async Task Ingest_status_lists_no_file_before_any_is_dropped()
    {
        var files = await Client.GetFromJsonAsync<JsonElement>("/api/ingest");
        Assert.That(files.GetArrayLength(), Is.Zero); // the index came seeded: the worker had nothing to do
        var one = await Client.GetAsync("/api/ingest/inbox/nothing.pdf");
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
