using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StdSearch.Reporting;
using StdSearch.Search;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class SearchApiTests : ApiTests
{
    [Test]
    public async Task Traditional_query_finds_the_simplified_clauses_with_highlights()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("儲存油溫"));
        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(3));
        var first = json.GetProperty("hits")[0];
        var clause = first.GetProperty("clauses")[0];
        var snippet = clause.GetProperty("snippet").GetString()!;
        var span = clause.GetProperty("highlights")[0];
        Assert.That(snippet.Substring(span[0].GetInt32(), span[1].GetInt32()), Is.EqualTo("储存油温"));
        Assert.That(json.GetProperty("facets").GetProperty("level").EnumerateArray().Select(f => f.GetProperty("value").GetString()),
            Is.EquivalentTo(new[] { "national", "local" }));
    }

    [Test]
    public async Task Body_is_exactly_what_the_library_writer_prints_for_the_same_request()
    {
        var body = await Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("储存油温") + "&level=national&pageSize=2");
        var searcher = Server.Services.GetRequiredService<StandardsSearcher>();
        var expected = SearchJsonWriter.Write(searcher.Search(new SearchRequest("储存油温") { Level = "national", PageSize = 2 }), indented: false);
        Assert.That(body, Is.EqualTo(expected));
    }

    [Test]
    public async Task Level_and_region_parameters_filter_like_the_command_line()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("油温") + "&region=" + Uri.EscapeDataString("吉林"));
        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "DB22/T 3999—2023" }));
    }

    [Test]
    public async Task Pages_do_not_overlap()
    {
        var q = "/api/search?q=" + Uri.EscapeDataString("储存") + "&pageSize=1";
        var one = await Client.GetFromJsonAsync<JsonElement>(q + "&page=1");
        var two = await Client.GetFromJsonAsync<JsonElement>(q + "&page=2");
        Assert.That(two.GetProperty("page").GetInt32(), Is.EqualTo(2));
        Assert.That(one.GetProperty("total").GetInt32(), Is.GreaterThan(1));
        Assert.That(two.GetProperty("hits")[0].GetProperty("key").GetString(), Is.Not.EqualTo(one.GetProperty("hits")[0].GetProperty("key").GetString()));
    }

    [TestCase("\"储存油温", "a quote is not closed")]
    [TestCase("*油温", "wildcard")]
    [TestCase("储存 (油温", "'(' is not closed")]
    [TestCase("foo:bar", "field")]
    public async Task Malformed_query_is_400_problem_details_naming_the_problem(string query, string expected)
    {
        var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Query syntax error"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(expected).IgnoreCase);
        Assert.That(problem.GetProperty("position").GetInt32(), Is.GreaterThanOrEqualTo(0));
    }

    [TestCase("/api/search")]
    [TestCase("/api/search?q=%20")]
    [TestCase("/api/search?q=a&page=0")]
    [TestCase("/api/search?q=a&pageSize=1000")]
    public async Task Missing_query_or_bad_paging_is_400(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Health_reports_the_standards_in_the_index()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(json.GetProperty("standards").GetInt32(), Is.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Health_counts_the_garbage_collections_and_their_pauses()
    {
        var before = (await Client.GetFromJsonAsync<JsonElement>("/api/health")).GetProperty("gc");
        GC.Collect(); // the server runs in this process
        var after = (await Client.GetFromJsonAsync<JsonElement>("/api/health")).GetProperty("gc");
        Assert.That(after.GetProperty("collections")[2].GetInt32(), Is.GreaterThan(before.GetProperty("collections")[2].GetInt32()));
        Assert.That(after.GetProperty("pauseMilliseconds").GetDouble(), Is.GreaterThan(before.GetProperty("pauseMilliseconds").GetDouble()));
        Assert.That(after.GetProperty("heapMegabytes").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/search", "/api/standards", "/api/standards/{id}", "/api/documents", "/api/compare", "/api/health", "/api/ingest",
        }));
    }

    [Test]
    public async Task Pages_are_served_with_chinese_labels()
    {
        foreach (var page in new[] { "/", "/standard.html", "/compare.html", "/upload.html" })
        {
            var html = await Client.GetStringAsync(page);
            Assert.That(html, Does.Contain("lang=\"zh-CN\""), page);
        }
        Assert.That(await Client.GetStringAsync("/"), Does.Contain("检索"));
    }

    [Test]
    public async Task Search_options_come_from_configuration_without_touching_the_library_defaults()
    {
        var defaults = SearchOptions.Default with { };
        using var server = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["StdSearch:Search:SearchThreads"] = "1",
            ["StdSearch:Search:ClausesPerStandard"] = "2",
        });
        using var client = await server.ReadyClientAsync();
        var searcher = server.Services.GetRequiredService<StandardsSearcher>();
        Assert.That((searcher.Options.SearchThreads, searcher.Options.ClausesPerStandard), Is.EqualTo((1, 2)));
        Assert.That(SearchOptions.Default, Is.EqualTo(defaults), "binding fills a copy, not the shared defaults");
        var json = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("储存"));
        Assert.That(json.GetProperty("hits").EnumerateArray().Max(h => h.GetProperty("clauses").GetArrayLength()), Is.InRange(1, 2));
    }
}
