using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.Search;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Corpus;

public class ClauseSignatureIndexTests
{
    [Test]
    public async Task The_check_with_persisted_signatures_finds_the_same_source_and_conflicts()
    {
        using var corpus = await CorpusIndex.CreateAsync();
        using var signatures = ClauseSignatureIndex.OpenOrBuild(corpus.Index);
        var draft = await new DocumentExtractor().ExtractAsync(CorpusSamples.PathOf("docx", "t-hzev-007-2024-draft.docx"));
        var r = new DraftChecker(corpus.Index, signatures: signatures).Check(draft);
        Assert.Multiple(() =>
        {
            Assert.That(signatures.Standards, Is.EqualTo(corpus.Index.StandardCount));
            Assert.That(r.Sources[0].Standard, Is.EqualTo("T/JSEBA 018—2022"));
            Assert.That(r.Share, Is.InRange(0.85, 0.97));
            Assert.That(r.Conflicts.Select(c => c.DraftClause), Is.EquivalentTo(new[] { "5.1.2", "5.4.4" }));
            Assert.That(r.Method, Does.Contain("LSH"));
        });
        var local = await new DocumentExtractor().ExtractAsync(CorpusSamples.PathOf("pdf", "db22t-3999-2023.pdf"));
        var conflicts = new DraftChecker(corpus.Index, signatures: signatures).Check(local).Conflicts.Where(c => c.Standard == "GB/T 31999—2021");
        Assert.That(conflicts.Select(c => c.DraftClause), Is.SupersetOf(new[] { "5.2.1", "5.2.3", "5.2.6", "5.4.1" }),
            "the reworded short clause 5.2.1 meets its source once the other clauses brought the standard in");
    }

    [Test]
    public async Task The_signature_file_is_rebuilt_when_the_index_changes_and_reused_when_not()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stdsearch-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new StdSearch.Indexing.StandardsIndex(folder);
            await index.IngestAsync([CorpusSamples.PathOf("pdf", "gbt-31999-2021.pdf"), CorpusSamples.PathOf("pdf", "t-jseba-018-2022.pdf")]);
            var path = Path.Combine(folder, ClauseSignatureIndex.FileName);
            using (var first = ClauseSignatureIndex.OpenOrBuild(index)) Assert.That(first.Standards, Is.EqualTo(2));
            var written = File.GetLastWriteTimeUtc(path);
            using (var again = ClauseSignatureIndex.OpenOrBuild(index)) Assert.That(again.Standards, Is.EqualTo(2));
            Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written), "same commit: the file is reused");
            await index.IngestAsync([CorpusSamples.PathOf("pdf", "db22t-3999-2023.pdf")]);
            using (var rebuilt = ClauseSignatureIndex.OpenOrBuild(index)) Assert.That(rebuilt.Standards, Is.EqualTo(3));
            Assert.That(Directory.EnumerateFiles(folder, "*.tmp"), Is.Empty);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
