using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StdSearch.Comparison;
using StdSearch.Indexing;
using StdSearch.Reporting.Comparison;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

public sealed class CompareApiTests : ApiTests
{
    private static string Ids(string a, string b) => $"/api/compare?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}";

    [Test]
    public async Task Two_indexed_standards_compare_as_the_library_reports_them()
    {
        var body = await Client.GetStringAsync(Ids("GB/T 31999-2021", "DB22/T 3999-2023"));
        var index = Server.Services.GetRequiredService<StandardsIndex>();
        var expected = ComparisonJsonWriter.Write(new StandardComparer().Compare(index.GetDocument("GB/T 31999-2021")!, index.GetDocument("DB22/T 3999-2023")!), indented: false);
        Assert.That(body, Is.EqualTo(expected));
        var json = JsonDocument.Parse(body).RootElement;
        Assert.That(json.GetProperty("degree").GetString(), Is.EqualTo("MOD"));
        // 5.2.1 storage temperature: 25 ℃ in the national standard, 20 ℃ in the local one, a stricter limit.
        var limit = json.GetProperty("conflicts").EnumerateArray().First(c => c.GetProperty("clauseA").GetString() == "5.2.1");
        Assert.That(limit.GetProperty("verdict").GetString(), Is.EqualTo("bStricter"));
    }

    [Test]
    public async Task Unknown_side_is_404_and_a_missing_side_400()
    {
        var unknown = await Client.GetAsync(Ids("GB/T 31999-2021", "GB/T 1-1999"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var missing = await Client.GetAsync("/api/compare?a=" + Uri.EscapeDataString("GB/T 31999-2021"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Uploaded_file_compares_against_an_indexed_id_and_nothing_is_indexed()
    {
        using var form = Samples.Form("a", await File.ReadAllBytesAsync(Repo.Sample("pdf/gbt-31999-2015.pdf")), "old.pdf", "application/pdf");
        form.Add(new StringContent("GB/T 31999-2021"), "b");
        var response = await Client.PostAsync("/api/compare", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(json.GetProperty("a").GetProperty("id").GetString(), Is.EqualTo("GB/T 31999—2015"));
        Assert.That(json.GetProperty("b").GetProperty("id").GetString(), Is.EqualTo("GB/T 31999—2021"));
        Assert.That(json.GetProperty("pairs").GetArrayLength(), Is.GreaterThan(10));
        Assert.That(Server.Services.GetRequiredService<StandardsIndex>().StandardCount, Is.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Two_uploaded_files_compare()
    {
        using var form = Samples.Form("a", await File.ReadAllBytesAsync(Repo.Sample("pdf/gbt-42871-2023-idt.pdf")), "a.pdf");
        Samples.AddFile(form, "b", await File.ReadAllBytesAsync(Repo.Sample("pdf/iso-29875-2019.pdf")), "b.pdf");
        var response = await Client.PostAsync("/api/compare", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(json.GetProperty("crossLanguage").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Upload_that_is_not_a_document_is_415_and_one_side_missing_is_400()
    {
        using var png = Samples.Form("a", Samples.Png(), "picture.pdf", "application/pdf");
        png.Add(new StringContent("GB/T 31999-2021"), "b");
        var response = await Client.PostAsync("/api/compare", png);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("reason").GetString(), Is.EqualTo("unsupported-type"));

        using var half = Samples.Form("a", await File.ReadAllBytesAsync(Repo.Sample("txt/wbt-1999-2020.txt")), "a.txt");
        var missing = await Client.PostAsync("/api/compare", half);
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
