using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StdSearch.Indexing;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class CorpusApiTests : ApiTests
{
    [Test]
    public async Task Draft_check_finds_the_group_standard_it_repeats_and_indexes_nothing()
    {
        var draft = await File.ReadAllBytesAsync(Repo.Sample("docx/t-hzev-007-2024-draft.docx"));
        var response = await Client.PostAsync("/api/check", Samples.Form("file", draft, "draft.docx"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(json.GetProperty("draft").GetString(), Is.EqualTo("T/HZEV 007—2024"));
        var top = json.GetProperty("sources")[0];
        Assert.That(top.GetProperty("standard").GetString(), Is.EqualTo("T/JSEBA 018—2022"));
        Assert.That(json.GetProperty("share").GetDouble(), Is.GreaterThan(0.5));
        var passage = json.GetProperty("clauses").EnumerateArray().SelectMany(c => c.GetProperty("matches").EnumerateArray())
            .SelectMany(m => m.GetProperty("passages").EnumerateArray()).First();
        Assert.That(passage.GetProperty("text").GetString(), Is.Not.Empty);
        Assert.That(Server.Services.GetRequiredService<StandardsIndex>().StandardCount, Is.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Draft_check_refuses_what_is_no_document()
    {
        var response = await Client.PostAsync("/api/check", Samples.Form("file", Samples.Png(), "draft.docx"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var missing = await Client.PostAsync("/api/check", Samples.Form("other", Samples.NewStandardText(), "draft.txt"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Portfolio_report_gives_the_rate_against_its_target()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/report?set=" + Uri.EscapeDataString("level:local OR level:group") +
                                                              "&reference=" + Uri.EscapeDataString("level:national") + "&target=0.8");
        var summary = json.GetProperty("summary");
        Assert.That(summary.GetProperty("target").GetDouble(), Is.EqualTo(0.8));
        var standards = json.GetProperty("standards");
        var consistent = standards.EnumerateArray().Count(s => s.GetProperty("consistent").GetBoolean());
        Assert.That(summary.GetProperty("standards").GetInt32(), Is.EqualTo(standards.GetArrayLength()));
        Assert.That(summary.GetProperty("rate").GetDouble(), Is.EqualTo((double)consistent / standards.GetArrayLength()).Within(1e-9));
        // DB22/T 3999—2023 loosens GB/T 31999—2021 (daily temperature change 3 ℃ → 5 ℃): not consistent.
        var local = standards.EnumerateArray().Single(s => s.GetProperty("standard").GetString() == "DB22/T 3999—2023");
        Assert.That(local.GetProperty("consistent").GetBoolean(), Is.False);
        Assert.That(local.GetProperty("reference").GetString(), Is.EqualTo("GB/T 31999—2021"));
    }

    [TestCase("/api/report?set=level:local")]
    [TestCase("/api/report?set=level:local&reference=level:national&target=2")]
    [TestCase("/api/report?set=level:local&reference=level:national&rule=strict")]
    [TestCase("/api/report?set=%22unclosed&reference=level:national")]
    public async Task Bad_report_request_is_400(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
