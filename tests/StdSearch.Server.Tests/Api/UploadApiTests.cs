using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StdSearch.Indexing;
using StdSearch.Server.Security;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Api;

/// <summary>Uploads and deletes, each test on its own copy of the seeded index.</summary>
public sealed class UploadApiTests
{
    private ServerFactory _server = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task Start()
    {
        _server = new ServerFactory();
        _client = await _server.ReadyClientAsync();
    }

    [TearDown]
    public void Stop() => _server.Dispose();

    private async Task<List<string>> Keys() =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/standards")).EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();

    private async Task<int> Hits(string query) =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    [Test]
    public async Task New_document_is_indexed_searchable_and_deletable()
    {
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", Samples.NewStandardText(), "wbt-1888.txt", "text/plain"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("key").GetString(), Is.EqualTo("WB/T 1888-2022"));
        Assert.That(body.GetProperty("change").GetString(), Is.EqualTo("added"));
        Assert.That(body.GetProperty("title").GetString(), Is.EqualTo("冷链物流 温度监测技术要求"));

        Assert.That(await Keys(), Has.Count.EqualTo(SeededIndex.Standards + 1));
        Assert.That(await Hits("WB/T 1888-2022"), Is.GreaterThanOrEqualTo(1));
        var stored = await _client.GetFromJsonAsync<JsonElement>("/api/standards/WB/T 1888-2022");
        Assert.That(stored.GetProperty("document").GetProperty("sourceName").GetString(), Is.EqualTo("wbt-1888.txt"));

        var delete = await _client.DeleteAsync("/api/standards/WB/T%201888-2022");
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _client.GetAsync("/api/standards/WB/T 1888-2022")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Keys(), Has.Count.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Same_standard_again_replaces_it()
    {
        var pdf = await File.ReadAllBytesAsync(Repo.Sample("pdf/gbt-31999-2021.pdf"));
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", pdf, "again.pdf", "application/pdf"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetString(), Is.EqualTo("replaced"));
        Assert.That(await Keys(), Has.Count.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Oversized_upload_is_413_and_the_index_is_untouched()
    {
        var before = await Keys();
        var big = new byte[3 * 1024 * 1024]; // the factory allows 2 MiB
        var text = Samples.NewStandardText();
        Array.Copy(text, big, text.Length);
        Array.Fill(big, (byte)' ', text.Length, big.Length - text.Length);
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", big, "big.txt", "text/plain"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await Keys(), Is.EqualTo(before));
        Assert.That((await _client.GetAsync("/api/standards/WB/T 1888-2022")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Content_that_is_no_document_is_415_whatever_its_name()
    {
        var before = await Keys();
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", Samples.Png(), "standard.pdf", "application/pdf"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("reason").GetString(), Is.EqualTo("unsupported-type"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("PNG"));
        Assert.That(await Keys(), Is.EqualTo(before));
    }

    [TestCase("bad/corrupt.pdf", "corrupt")]
    [TestCase("bad/encrypted.pdf", "encrypted")]
    [TestCase("bad/empty.pdf", "empty")]
    [TestCase("bad/scanned.pdf", "no-text-layer")]
    public async Task Unreadable_document_is_422_with_its_reason(string sample, string reason)
    {
        var before = await Keys();
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", await File.ReadAllBytesAsync(Repo.Sample(sample)), Path.GetFileName(sample)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString(), Is.EqualTo(reason));
        Assert.That(await Keys(), Is.EqualTo(before));
    }

    [Test]
    public async Task Missing_file_field_is_400_and_a_body_that_is_no_form_415()
    {
        var wrongField = await _client.PostAsync("/api/documents", Samples.Form("document", Samples.NewStandardText(), "x.txt"));
        Assert.That(wrongField.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var notForm = await _client.PostAsync("/api/documents", new StringContent("GB/T 1"));
        Assert.That(notForm.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await Keys(), Has.Count.EqualTo(SeededIndex.Standards));
    }

    [Test]
    public async Task Client_file_name_never_becomes_a_path()
    {
        var escape = Path.Combine(_server.Root, "escaped.txt");
        var name = "../../../../../../" + _server.Root.TrimStart('/') + "/escaped.txt";
        var response = await _client.PostAsync("/api/documents", Samples.Form("file", Samples.NewStandardText(), name, "text/plain"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(File.Exists(escape), Is.False);
        var stored = await _client.GetFromJsonAsync<JsonElement>("/api/standards/WB/T 1888-2022");
        Assert.That(stored.GetProperty("document").GetProperty("sourceName").GetString(), Is.EqualTo("escaped.txt"));
    }

    [TestCase("../../etc/passwd", "passwd")]
    [TestCase(@"C:\Windows\system.ini", "system.ini")]
    [TestCase("..", "upload")]
    [TestCase("标准 GB∕T 1.pdf", "标准 GBT 1.pdf")]
    [TestCase("", "upload")]
    public void Safe_name_keeps_a_plain_last_segment(string given, string expected) =>
        Assert.That(Uploads.SafeName(given), Is.EqualTo(expected));

    [Test]
    public async Task Deleting_an_unknown_standard_is_404_and_deletes_nothing()
    {
        var response = await _client.DeleteAsync("/api/standards/GB/T%2099999-2001");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_server.Services.GetRequiredService<StandardsIndex>().StandardCount, Is.EqualTo(SeededIndex.Standards));
    }
}
