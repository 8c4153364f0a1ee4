using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Indexing;

public class StandardsIndexTests
{
    private readonly DocumentExtractor _extractor = new();
    private readonly List<string> _folders = [];

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stdsearch-index-" + Guid.NewGuid().ToString("N"));
        _folders.Add(folder);
        return folder;
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        foreach (var f in _folders)
            try { Directory.Delete(f, recursive: true); } catch (IOException) { }
    }

    private static string Pdf(string name) => CorpusSamples.PathOf("pdf", name + ".pdf");

    [Test]
    public async Task Interrupted_batch_reopens_at_the_last_commit()
    {
        var folder = NewFolder();
        var index = new StandardsIndex(folder, StandardsIndexOptions.Default with { CommitEveryFiles = 2 });
        var report = await index.IngestAsync([Pdf("gbt-31999-2015"), Pdf("gbt-31999-2021")]);
        Assert.That(report.Added, Is.EqualTo(2));
        // Written but not committed, then the process "dies".
        index.Write(await _extractor.ExtractAsync(Pdf("db22t-3999-2023")), null);
        Assert.That(new StandardsSearcher(index).Search(new SearchRequest("DB22/T 3999-2023")).Hits.Select(h => h.Key),
            Does.Contain("DB22/T 3999-2023"), "near-real-time: visible before the commit");
        index.DisposeWithoutCommit();

        using var reopened = new StandardsIndex(folder);
        Assert.That(reopened.ListStandards().Select(s => s.Key), Is.EqualTo(new[] { "GB/T 31999-2015", "GB/T 31999-2021" }));
        Assert.That(reopened.GetDocument("DB22/T 3999-2023"), Is.Null);
        Assert.That(reopened.ListStandards().Single(s => s.Key == "GB/T 31999-2015").Status, Is.EqualTo(StandardStatus.Replaced));
        var again = await reopened.IngestAsync([Pdf("gbt-31999-2015"), Pdf("db22t-3999-2023")]);
        Assert.That(again.Files.Select(f => f.Status), Is.EqualTo(new[] { IngestStatus.Unchanged, IngestStatus.Added }));
    }

    [Test]
    public async Task Delete_and_replace_keep_status_and_search_in_step()
    {
        using var index = new StandardsIndex(NewFolder());
        var searcher = new StandardsSearcher(index);
        var old = await _extractor.ExtractAsync(Pdf("gbt-31999-2015"));
        var current = await _extractor.ExtractAsync(Pdf("gbt-31999-2021"));
        Assert.That(await index.AddOrReplaceAsync(old), Is.EqualTo(IndexChange.Added));
        Assert.That(index.ListStandards().Single().Status, Is.EqualTo(StandardStatus.Current));
        Assert.That(await index.AddOrReplaceAsync(current), Is.EqualTo(IndexChange.Added));
        Assert.That(index.ListStandards().Select(s => s.Status), Is.EqualTo(new[] { StandardStatus.Replaced, StandardStatus.Current }));
        Assert.That(index.FindLineage(StandardId.Parse("GB/T 31999-2015")).Select(s => s.Key), Is.EqualTo(new[] { "GB/T 31999-2015", "GB/T 31999-2021" }));

        // Replace: same Key, new content; the old clauses are gone.
        var edited = current with { Title = "改过的标题", Clauses = current.Clauses.Take(2).ToList() };
        Assert.That(await index.AddOrReplaceAsync(edited), Is.EqualTo(IndexChange.Replaced));
        Assert.That(index.GetDocument("GBT31999-2021")!.Title, Is.EqualTo("改过的标题"));
        // Many at once, in the order asked, the replaced version only, unknown Keys left out.
        Assert.That(index.GetDocuments(["GB/T 31999-2021", "GB/T 1-2000", "GB/T 31999-2015"]).Select(d => (d.Key, d.Clauses.Count)),
            Is.EqualTo(new[] { ("GB/T 31999-2021", 2), ("GB/T 31999-2015", old.Clauses.Count) }));
        Assert.That(searcher.Search(new SearchRequest("呼吸阀")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "GB/T 31999-2015" }));

        // Delete the newer edition: the older one becomes current again.
        Assert.That(await index.DeleteAsync("gb/t 31999-2021"), Is.True);
        Assert.That(await index.DeleteAsync("GB/T 31999-2021"), Is.False);
        Assert.That(index.ListStandards().Single().Status, Is.EqualTo(StandardStatus.Current));
        Assert.That(index.FindLineage(StandardId.Parse("GB/T 31999")).Select(s => s.Key), Is.EqualTo(new[] { "GB/T 31999-2015" }),
            "the deleted edition leaves its lineage");
        Assert.That(searcher.Search(new SearchRequest("GB/T 31999-2021 status:current")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "GB/T 31999-2015" }));
    }

    [Test]
    public async Task Searches_run_while_a_batch_is_ingesting()
    {
        using var index = new StandardsIndex(NewFolder(), StandardsIndexOptions.Default with { CommitEveryFiles = 100 });
        var searcher = new StandardsSearcher(index);
        var seen = new List<int>();
        var progress = new SynchronousProgress<IngestProgress>(p => seen.Add(searcher.Search(new SearchRequest("范围 OR Scope OR 適用範圍")).Total));
        var report = await index.IngestAsync([CorpusSamples.PathOf("pdf")], progress);
        Assert.That(report.Added, Is.EqualTo(9));
        Assert.That(seen, Is.Ordered.Ascending);
        Assert.That(seen[^1], Is.EqualTo(9));
    }

    [Test]
    public async Task Batch_of_documents_commits_every_n_and_replaces_by_key()
    {
        var folder = NewFolder();
        var documents = new List<StdSearch.Documents.StandardDocument>();
        foreach (var name in new[] { "gbt-31999-2015", "gbt-31999-2021", "db22t-3999-2023" })
            documents.Add(await _extractor.ExtractAsync(Pdf(name)));
        var commits = new List<int>();
        using (var index = new StandardsIndex(folder, StandardsIndexOptions.Default with { CommitEveryStandards = 2 }))
        {
            var (added, replaced) = await index.AddOrReplaceManyAsync(documents, new SynchronousProgress<int>(commits.Add));
            Assert.That((added, replaced), Is.EqualTo((3, 0)));
            Assert.That(commits, Is.EqualTo(new[] { 2, 3 }));
            Assert.That(await index.AddOrReplaceManyAsync(documents.Take(1)), Is.EqualTo((0, 1)));
            Assert.That(index.ListStandards().Single(s => s.Key == "GB/T 31999-2015").Status, Is.EqualTo(StandardStatus.Replaced));
        }
        using var reopened = new StandardsIndex(folder);
        Assert.That(reopened.StandardCount, Is.EqualTo(3));
        Assert.That(reopened.GetDocument("GB/T 31999-2021")!.Clauses, Is.Not.Empty, "the stored document round-trips");
        Assert.That(new StandardsSearcher(reopened).Search(new SearchRequest("酸价")).Total, Is.EqualTo(3));
    }

    [TestCase(true, 1)]
    [TestCase(false, 3)]
    public async Task A_batch_that_committed_several_times_is_merged_into_one_segment(bool merge, int segments)
    {
        var documents = new List<StdSearch.Documents.StandardDocument>();
        foreach (var name in new[] { "gbt-31999-2015", "gbt-31999-2021", "db22t-3999-2023", "gbt-42871-2023-idt", "t-jseba-018-2022" })
            documents.Add(await _extractor.ExtractAsync(Pdf(name)));
        // One thread: each commit seals one segment (several threads each seal their own).
        using var index = new StandardsIndex(NewFolder(), StandardsIndexOptions.Default with { CommitEveryStandards = 2, MergeAfterBatch = merge, IndexingThreads = 1 });
        await index.AddOrReplaceManyAsync(documents);
        Assert.That(index.SegmentCount(), Is.EqualTo(segments), "three commits, three segments, unless merged");
        // A later batch that commits once adds its segment beside the merged one; the search sees every standard.
        await index.AddOrReplaceManyAsync(documents.Take(1));
        Assert.That(index.SegmentCount(), Is.EqualTo(segments + 1));
        Assert.That(new StandardsSearcher(index).Search(new SearchRequest("范围")).Total, Is.EqualTo(5));
    }

    [Test]
    public async Task Several_indexing_threads_write_what_one_thread_writes()
    {
        // The nine sample PDFs, then the first of them again, edited: it must replace the first, whichever thread wrote that.
        var documents = new List<StandardDocument>();
        foreach (var file in Directory.GetFiles(CorpusSamples.PathOf("pdf"), "*.pdf").Order(StringComparer.Ordinal))
            documents.Add(await _extractor.ExtractAsync(file));
        documents.Add(documents[0] with { Title = "改过的标题", Clauses = documents[0].Clauses.Take(3).ToList() });
        string[] queries = ["范围", "儲存油溫", "\"呼吸阀\"", "酸价 过氧化值", "GB/T 31999", "level:local 检验"];

        async Task<(int Added, int Replaced, int Documents, List<string> Results, int Segments)> Write(int threads, int commitEvery)
        {
            using var index = new StandardsIndex(NewFolder(), StandardsIndexOptions.Default with { IndexingThreads = threads, CommitEveryStandards = commitEvery });
            var (added, replaced) = await index.AddOrReplaceManyAsync(documents);
            var searcher = new StandardsSearcher(index);
            var results = queries.Select(q => q + " → " + string.Join("; ", searcher.Search(new SearchRequest(q)).Hits
                .Select(h => h.Key + " " + string.Join(",", h.Clauses.Select(c => c.Number))).Order(StringComparer.Ordinal))).ToList();
            var reader = index.Acquire();
            try
            {
                return (added, replaced, reader.IndexReader.NumDocs, results, index.SegmentCount());
            }
            finally
            {
                index.Release(reader);
            }
        }

        var one = await Write(1, 4);
        Assert.That((one.Added, one.Replaced), Is.EqualTo((9, 1)));
        Assert.That(one.Results.Count(r => r.Length > r.IndexOf('→') + 2), Is.EqualTo(queries.Length), "every query finds something");
        // Four threads with a commit every four standards (the edited one comes after a commit), and with one commit (the
        // edited one comes in the same run as the one it replaces).
        foreach (var commitEvery in new[] { 4, 10_000 })
        {
            var four = await Write(4, commitEvery);
            Assert.That((four.Added, four.Replaced), Is.EqualTo((9, 1)));
            Assert.That(four.Documents, Is.EqualTo(one.Documents), "the same standard and clause documents, the replaced block gone");
            // Compared as sets of standards: a replaced block counts in the term statistics until its segment merges, so
            // scores differ in the last digits and the order of two standards of the same text (two editions) may flip.
            Assert.That(four.Results, Is.EqualTo(one.Results), "the same standards, each with the same clauses in the same order");
            Assert.That(four.Segments, Is.InRange(1, 4), "at most a segment per thread is left unmerged");
        }
    }

    [Test]
    public async Task A_standard_replaced_within_one_batch_keeps_only_its_last_block()
    {
        using var index = new StandardsIndex(NewFolder());
        var current = await _extractor.ExtractAsync(Pdf("gbt-31999-2021"));
        var edited = current with { Title = "改过的标题", Clauses = current.Clauses.Take(2).ToList() };
        // The same Key twice before any commit or flush: the second write deletes the first block still in memory.
        Assert.That(await index.AddOrReplaceManyAsync([current, edited]), Is.EqualTo((1, 1)));
        var searcher = new StandardsSearcher(index);
        Assert.That(searcher.Search(new SearchRequest("呼吸阀")).Total, Is.Zero, "no clause of the first block is left");
        Assert.That(index.GetDocument("GB/T 31999-2021")!.Title, Is.EqualTo("改过的标题"));
        var reader = index.Acquire();
        try
        {
            Assert.That(reader.IndexReader.NumDocs, Is.EqualTo(1 + ClauseUnit.Split(edited).Count), "one standard document and its clauses");
        }
        finally
        {
            index.Release(reader);
        }
    }

    [Test]
    public void Opening_creates_a_missing_folder()
    {
        var folder = Path.Combine(NewFolder(), "nested", "index");
        using var index = new StandardsIndex(folder);
        Assert.That(Directory.Exists(folder));
        Assert.That(index.StandardCount, Is.Zero);
        Assert.That(index.GetDocument("GB/T 1-2020"), Is.Null);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
