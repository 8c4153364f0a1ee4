using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Lifecycle;
using StdSearch.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Lifecycle;

public class IndexLifecycleTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), "stdsearch-life-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    private async Task<StandardsIndex> IndexSamples()
    {
        var index = new StandardsIndex(_folder);
        await index.IngestAsync(
        [
            CorpusSamples.PathOf("pdf", "gbt-31999-2015.pdf"), CorpusSamples.PathOf("pdf", "gbt-31999-2021.pdf"),
            CorpusSamples.PathOf("pdf", "wbt-1999-2020.pdf"), LifecycleSamples.CitingSamplePath,
        ]);
        return index;
    }

    private static StandardStatus StatusOf(StandardsIndex index, string key) => index.ListStandards().Single(s => s.Key == key).Status;

    [Test]
    public async Task Importing_a_catalogue_sets_the_index_status_field_and_searches_follow_it()
    {
        using var index = await IndexSamples();
        Assert.That(StatusOf(index, "WB/T 1999-2020"), Is.EqualTo(StandardStatus.Current));
        var summary = await IndexLifecycle.ImportCatalogueAsync(index, LifecycleSamples.Catalogue("jl-catalogue.csv"),
            new LifecycleOptions { AsOf = LifecycleSamples.AsOf });
        Assert.That(summary.StatusChanges, Is.EqualTo(new[]
        {
            new StatusChange("WB/T 1999-2020", StandardId.Parse("WB/T 1999-2020"), StandardStatus.Current, StandardStatus.Abolished),
        }));
        Assert.That(StatusOf(index, "WB/T 1999-2020"), Is.EqualTo(StandardStatus.Abolished));
        Assert.That(StatusOf(index, "GB/T 31999-2015"), Is.EqualTo(StandardStatus.Replaced));
        var searcher = new StandardsSearcher(index);
        Assert.That(searcher.Search(new SearchRequest("温度 status:abolished")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "WB/T 1999-2020" }));
        Assert.That(searcher.Search(new SearchRequest("温度 status:current")).Hits.Select(h => h.Key), Does.Not.Contain("WB/T 1999-2020"));
    }

    [Test]
    public async Task The_catalogue_survives_reopening_the_index_and_a_later_import_merges_into_it()
    {
        using (var index = await IndexSamples())
            await IndexLifecycle.ImportCatalogueAsync(index, LifecycleSamples.Catalogue("jl-catalogue.csv"));
        Assert.That(File.Exists(Catalogue.PathIn(_folder)), Is.True);
        using (var reopened = new StandardsIndex(_folder))
        {
            Assert.That(StatusOf(reopened, "WB/T 1999-2020"), Is.EqualTo(StandardStatus.Abolished), "the status field is committed");
            var registry = await IndexLifecycle.BuildRegistryAsync(reopened);
            Assert.That(registry.FindEdition(StandardId.Parse("LS/T 1998-2016"))!.Status, Is.EqualTo(LifecycleStatus.Abolished), "from the saved catalogue");
            // The national workbook says WB/T 1999—2020 is 现行: the newer row wins and the index follows.
            var summary = await IndexLifecycle.ImportCatalogueAsync(reopened, LifecycleSamples.Catalogue("jl-catalogue-national.xlsx"));
            Assert.That(summary.Catalogue.Count, Is.EqualTo(10));
            Assert.That(summary.StatusChanges.Select(c => (c.Key, c.To)), Is.EqualTo(new[] { ("WB/T 1999-2020", StandardStatus.Current) }));
        }
    }

    [Test]
    public async Task Reapplying_the_catalogue_after_ingest_restores_statuses_the_ingest_re_inferred()
    {
        using var index = await IndexSamples();
        await IndexLifecycle.ImportCatalogueAsync(index, LifecycleSamples.Catalogue("jl-catalogue.csv"));
        // Writing the standard again re-infers its lineage: the newest (only) edition is current.
        await index.AddOrReplaceAsync(index.GetDocument("WB/T 1999-2020")!);
        Assert.That(StatusOf(index, "WB/T 1999-2020"), Is.EqualTo(StandardStatus.Current));
        var changes = await IndexLifecycle.ReapplyCatalogueAsync(index);
        Assert.That(changes.Select(c => c.Key), Is.EqualTo(new[] { "WB/T 1999-2020" }));
        Assert.That(StatusOf(index, "WB/T 1999-2020"), Is.EqualTo(StandardStatus.Abolished));
    }

    [Test]
    public async Task The_registry_of_an_index_checks_the_citing_sample()
    {
        using var index = await IndexSamples();
        var registry = await IndexLifecycle.BuildRegistryAsync(index, Catalogue.Empty, new LifecycleOptions { AsOf = LifecycleSamples.AsOf });
        var report = registry.Check(index.GetDocument("T/JLLY 036-2020")!);
        Assert.That(report.References.Where(r => r.InIndex).Select(r => (r.Cited.Canonical, r.Verdict)), Is.EqualTo(new[]
        {
            ("GB/T 31999", CitationVerdict.UndatedNowDifferent),
            ("GB/T 31999-2015", CitationVerdict.Replaced),
        }));
    }

    [Test]
    public async Task The_registry_for_one_document_gives_the_full_registrys_verdicts_across_a_renumbering()
    {
        var options = new LifecycleOptions { AsOf = LifecycleSamples.AsOf };
        using (var index = await IndexSamples())
        {
            // A renumbered successor: another lineage states that it replaces GB/T 31999—2021, and has its own later edition.
            StandardDocument Successor(string id, params string[] replaces) => new()
            {
                Key = StandardId.Parse(id).Canonical,
                Id = StandardId.Parse(id),
                Title = "食用植物油储存技术规范",
                Issued = new DateOnly(StandardId.Parse(id).Year!.Value, 1, 1),
                Effective = new DateOnly(StandardId.Parse(id).Year!.Value, 2, 1),
                Replaces = replaces.Select(StandardId.Parse).ToList(),
                Clauses = [new Clause { Kind = ClauseKind.Clause, Number = "1", Heading = "范围", Text = "本文件规定了食用植物油储存的要求。" }],
            };
            await index.AddOrReplaceAsync(Successor("GB/T 45000-2022", "GB/T 31999-2021"));
            await index.AddOrReplaceAsync(Successor("GB/T 45000-2024", "GB/T 45000-2022"));
            await IndexLifecycle.ImportCatalogueAsync(index, LifecycleSamples.Catalogue("jl-catalogue.csv"), options);
        }
        using var reopened = new StandardsIndex(_folder);
        Assert.That(reopened.ListStandards().Single(s => s.Key == "GB/T 45000-2022").Replaces, Is.EqualTo(new[] { StandardId.Parse("GB/T 31999-2021") }),
            "the replaced editions are read back with the list of standards");
        var full = await IndexLifecycle.BuildRegistryAsync(reopened, null, options);
        foreach (var key in reopened.ListStandards().Select(s => s.Key))
        {
            var document = reopened.GetDocument(key)!;
            var targeted = await IndexLifecycle.BuildRegistryForAsync(reopened, document, null, options);
            Assert.That(Describe(targeted.Check(document)), Is.EqualTo(Describe(full.Check(document))), key);
            Assert.That(Describe(await IndexLifecycle.CheckAsync(reopened, document, null, options)), Is.EqualTo(Describe(full.Check(document))), key);
        }
        var citing = reopened.GetDocument("T/JLLY 036-2020")!;
        var registry = await IndexLifecycle.BuildRegistryForAsync(reopened, citing, null, options);
        // (The catalogue says GB/T 31999—2021 is 现行, which wins over the successor's 代替 statement in both registries.)
        Assert.That(registry.FindEdition(StandardId.Parse("GB/T 45000-2022")), Is.Not.Null,
            "the renumbered successor, from a lineage the document does not cite, is followed");
        Assert.That(registry.FindEdition(StandardId.Parse("GB/T 45000-2024")), Is.Not.Null, "and its own later edition");
        Assert.That(registry.FindEdition(StandardId.Parse("WB/T 1999-2020")), Is.Null,
            "a lineage nothing leads to is read neither from the index nor from the catalogue");
        Assert.That(full.FindEdition(StandardId.Parse("WB/T 1999-2020"))!.InIndex, Is.True);
    }

    private static IEnumerable<string> Describe(CitationReport report) =>
        report.References.Select(r => $"{r.Cited.Canonical} {r.Verdict} {r.Status} {r.Current?.Canonical} {string.Join(',', r.Where)}");
}
