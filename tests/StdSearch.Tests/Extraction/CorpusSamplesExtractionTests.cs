using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Extraction;

/// <summary>
/// The bundled samples are ground truth: every clause number and heading, every term and every metadata field of
/// each sample must come out exactly as its <c>corpus-samples/truth/*.truth</c> file states.
/// </summary>
public class CorpusSamplesExtractionTests
{
    private static readonly DocumentExtractor Extractor = new();

    public static IEnumerable<TestCaseData> Samples() => CorpusSamples.TruthNames().Select(n => new TestCaseData(n));

    [TestCaseSource(nameof(Samples))]
    public async Task Sample_extracts_exactly(string name)
    {
        var truth = TruthFile.Load(CorpusSamples.PathOf("truth", name + ".truth"));
        var document = await Extractor.ExtractAsync(CorpusSamples.DocumentFor(name));
        var accuracy = ExtractionAccuracy.Measure(document, truth);
        TestContext.Out.WriteLine(accuracy);
        foreach (var p in accuracy.Problems) TestContext.Out.WriteLine("  " + p);
        Assert.Multiple(() =>
        {
            Assert.That(accuracy.ClausesExact, Is.EqualTo(accuracy.ClausesExpected), "clause numbers and headings");
            Assert.That(accuracy.MetadataExact, Is.EqualTo(accuracy.MetadataExpected), "metadata fields");
        });
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Sample_terms_match_the_truth(string name)
    {
        var truth = TruthFile.Load(CorpusSamples.PathOf("truth", name + ".truth"));
        if (truth.Terms.Count == 0) Assert.Ignore("no terms in this sample");
        var document = await Extractor.ExtractAsync(CorpusSamples.DocumentFor(name));
        var got = document.Terms.ToDictionary(t => t.Number);
        Assert.Multiple(() =>
        {
            foreach (var row in truth.Terms)
            {
                Assert.That(got.ContainsKey(row[0]), Is.True, $"term {row[0]} missing");
                if (!got.TryGetValue(row[0], out var term)) continue;
                var chinese = row.Length > 1 ? row[1] : "";
                var english = row.Length > 2 ? row[2] : "";
                if (chinese.Length > 0)
                    Assert.That(ExtractionAccuracy.Normalize(term.Designation), Is.EqualTo(ExtractionAccuracy.Normalize(chinese)), $"term {row[0]}");
                if (english.Length > 0)
                {
                    var actualEnglish = chinese.Length > 0 ? term.EnglishEquivalent : term.Designation;
                    Assert.That(actualEnglish.ToLowerInvariant(), Is.EqualTo(english.ToLowerInvariant()), $"term {row[0]} english");
                }
            }
        });
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Sample_normative_references_match_the_truth(string name)
    {
        var truth = TruthFile.Load(CorpusSamples.PathOf("truth", name + ".truth"));
        if (truth.References.Count == 0) Assert.Ignore("no normative references in this sample");
        var document = await Extractor.ExtractAsync(CorpusSamples.DocumentFor(name));
        var expected = truth.References.Select(r => StandardId.Parse(r[0])).ToList();
        Assert.That(document.NormativeReferences.Select(r => r.Id), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task The_policy_notice_is_extracted_as_a_document_that_is_not_a_standard()
    {
        var document = await Extractor.ExtractAsync(CorpusSamples.PathOf("html", "jl-bzh-14th-fyp-notice.html"));
        var codes = document.Warnings.Select(w => w.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(document.Id.IsEmpty, Is.True);
            Assert.That(document.Title, Does.Contain("通知"));
            Assert.That(codes, Does.Contain(WarningCode.NoStandardId));
            Assert.That(codes, Does.Contain(WarningCode.RepeatedBody), "the body is pasted twice");
            Assert.That(document.AllClauses().Count(c => c.Kind == ClauseKind.Section && c.Number == "一"), Is.EqualTo(1), "one copy of section 一 kept");
        });
    }

    [TestCase("corrupt.pdf", ExtractionFailure.Corrupt)]
    [TestCase("encrypted.pdf", ExtractionFailure.Encrypted)]
    [TestCase("scanned.pdf", ExtractionFailure.NoTextLayer)]
    [TestCase("empty.pdf", ExtractionFailure.Empty)]
    [TestCase("not-a-pdf.pdf", ExtractionFailure.UnsupportedType)]
    [TestCase("zero-pages.pdf", ExtractionFailure.NoPages)]
    public void Bad_sample_fails_with_its_reason_and_file_name(string file, ExtractionFailure reason)
    {
        var e = Assert.ThrowsAsync<ExtractionException>(() => Extractor.ExtractAsync(CorpusSamples.PathOf("bad", file)));
        Assert.That(e!.Reason, Is.EqualTo(reason));
        Assert.That(e.Message, Does.Contain(file));
    }

    [Test]
    public void Truncated_sample_fails_as_truncated_or_corrupt()
    {
        var e = Assert.ThrowsAsync<ExtractionException>(() => Extractor.ExtractAsync(CorpusSamples.PathOf("bad", "truncated.pdf")));
        Assert.That(e!.Reason, Is.AnyOf(ExtractionFailure.Truncated, ExtractionFailure.Corrupt));
    }

    [Test]
    public async Task Encrypted_sample_opens_with_its_password()
    {
        var extractor = new DocumentExtractor(ExtractionOptions.Default with { Password = "secret" });
        var document = await extractor.ExtractAsync(CorpusSamples.PathOf("bad", "encrypted.pdf"));
        Assert.That(document.AllClauses().Count(c => c.Kind == ClauseKind.Chapter), Is.GreaterThan(3));
    }

    [Test]
    public async Task A_batch_over_the_whole_corpus_goes_on_after_bad_files()
    {
        var outcomes = await Extractor.ExtractFolderAsync(CorpusSamples.Folder, "*.pdf");
        var bad = outcomes.Where(o => o.Path.Contains($"{Path.DirectorySeparatorChar}bad{Path.DirectorySeparatorChar}")).ToList();
        var good = outcomes.Where(o => o.Path.Contains($"{Path.DirectorySeparatorChar}pdf{Path.DirectorySeparatorChar}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(good, Has.Count.GreaterThanOrEqualTo(9));
            Assert.That(good.All(o => o.Succeeded), Is.True, string.Join("; ", good.Where(o => !o.Succeeded).Select(o => o.Failure!.Message)));
            Assert.That(bad.Count(o => !o.Succeeded), Is.GreaterThanOrEqualTo(6), "every bad input but the owner-password one fails");
            Assert.That(bad.Where(o => !o.Succeeded).All(o => o.Failure!.Message.Contains(Path.GetFileName(o.Path))), Is.True);
        });
    }
}
