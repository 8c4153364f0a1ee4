using System.Net.Http.Json;
using System.Text.Json;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Inbox;

public sealed class InboxWorkerTests
{
    private static async Task<JsonElement> WaitForState(HttpClient client, string source, string name, params string[] states)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync($"/api/ingest/{source}/{Uri.EscapeDataString(name)}");
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (states.Contains(last.GetProperty("state").GetString())) return last;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{source}/{name} did not reach {string.Join("/", states)}; last status: {last}");
        return last;
    }

    [Test]
    public async Task Dropped_files_are_indexed_and_a_bad_one_is_reported_without_stopping_the_worker()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();

        File.Copy(Repo.Sample("bad/corrupt.pdf"), Path.Combine(server.InboxDirectory, "broken.pdf"));
        var failed = await WaitForState(client, "inbox", "broken.pdf", "failed");
        Assert.That(failed.GetProperty("reason").GetString(), Is.EqualTo("corrupt"));

        Directory.CreateDirectory(Path.Combine(server.InboxDirectory, "new"));
        await File.WriteAllBytesAsync(Path.Combine(server.InboxDirectory, "new", "wbt-1888.txt"), Samples.NewStandardText());
        var indexed = await WaitForState(client, "inbox", "new/wbt-1888.txt", "indexed");
        Assert.That(indexed.GetProperty("key").GetString(), Is.EqualTo("WB/T 1888-2022"));
        Assert.That(indexed.GetProperty("clauses").GetInt32(), Is.GreaterThan(10));

        var found = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("WB/T 1888-2022"));
        Assert.That(found.GetProperty("hits")[0].GetProperty("key").GetString(), Is.EqualTo("WB/T 1888-2022"));
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.That(health.GetProperty("standards").GetInt32(), Is.EqualTo(SeededIndex.Standards + 1));
        Assert.That(health.GetProperty("files").GetProperty("failed").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Many_files_dropped_at_once_are_all_indexed()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        const int count = 40; // more than one batch
        for (var i = 0; i < count; i++)
            await File.WriteAllBytesAsync(Path.Combine(server.InboxDirectory, $"wbt-{5000 + i}.txt"), Samples.Renumbered(5000 + i, 2020));
        var last = await WaitForState(client, "inbox", $"wbt-{5000 + count - 1}.txt", "indexed");
        Assert.That(last.GetProperty("key").GetString(), Is.EqualTo($"WB/T {5000 + count - 1}-2020"));
        var deadline = DateTime.UtcNow.AddMinutes(1);
        JsonElement health;
        do
        {
            health = await client.GetFromJsonAsync<JsonElement>("/api/health");
            if (health.GetProperty("standards").GetInt32() == SeededIndex.Standards + count) break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.That(health.GetProperty("standards").GetInt32(), Is.EqualTo(SeededIndex.Standards + count));
        var files = await client.GetFromJsonAsync<JsonElement>("/api/ingest");
        Assert.That(files.EnumerateArray().Count(f => f.GetProperty("state").GetString() == "indexed"), Is.EqualTo(count));
    }

    [Test]
    public async Task Changed_file_is_indexed_again()
    {
        using var server = new ServerFactory();
        var client = await server.ReadyClientAsync();
        var path = Path.Combine(server.InboxDirectory, "draft.txt");
        await File.WriteAllBytesAsync(path, Samples.NewStandardText());
        await WaitForState(client, "inbox", "draft.txt", "indexed");

        var changed = System.Text.Encoding.UTF8.GetString(Samples.NewStandardText()).Replace("温度监测技术要求", "温度监控技术要求");
        await File.WriteAllTextAsync(path, changed);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var json = await client.GetFromJsonAsync<JsonElement>("/api/standards/WB/T 1888-2022");
            if (json.GetProperty("document").GetProperty("title").GetString() == "冷链物流 温度监控技术要求") break;
            if (DateTime.UtcNow > deadline) Assert.Fail("The changed file was not indexed again: " + json.GetProperty("document").GetProperty("title"));
            await Task.Delay(100);
        }
        Assert.That((await WaitForState(client, "inbox", "draft.txt", "indexed")).GetProperty("key").GetString(), Is.EqualTo("WB/T 1888-2022"));
    }

    [Test]
    public async Task Empty_index_is_seeded_from_the_seed_folder_on_start()
    {
        var seed = Path.Combine(Path.GetTempPath(), "stdsearch-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seed);
        try
        {
            File.Copy(Repo.Sample("txt/wbt-1999-2020.txt"), Path.Combine(seed, "wbt.txt"));
            File.Copy(Repo.Sample("html/jl-bzh-14th-fyp-notice.html"), Path.Combine(seed, "notice.html"));
            File.Copy(Repo.Sample("bad/not-a-pdf.pdf"), Path.Combine(seed, "not-a-pdf.pdf"));
            using var server = new ServerFactory(seeded: false, new Dictionary<string, string?> { ["Server:SeedFolder"] = seed });
            var client = await server.ReadyClientAsync();

            var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
            Assert.That(health.GetProperty("standards").GetInt32(), Is.EqualTo(2));
            var files = await client.GetFromJsonAsync<JsonElement>("/api/ingest");
            var states = files.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("state").GetString());
            Assert.That(states, Is.EqualTo(new Dictionary<string, string?> { ["wbt.txt"] = "indexed", ["notice.html"] = "indexed", ["not-a-pdf.pdf"] = "failed" }));
            Assert.That(files.EnumerateArray().All(f => f.GetProperty("source").GetString() == "seed"));
        }
        finally
        {
            SeededIndex.TryDelete(seed);
        }
    }
}
