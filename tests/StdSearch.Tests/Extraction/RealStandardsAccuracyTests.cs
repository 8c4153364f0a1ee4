using StdSearch.Extraction;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Extraction;

/// <summary>
/// Extraction measured against hand-written ground truth of real published standards (read from
/// ../shared/real-standards, never copied into the repository). Goals: ≥ 98% of clause numbers with headings exact and
/// ≥ 95% of metadata fields exact on files with a text layer. The floors below are the measured state, so a change
/// that makes extraction worse fails; raise them as extraction improves.
/// </summary>
public class RealStandardsAccuracyTests
{
    private static readonly DocumentExtractor Extractor = new();

    // file, clause floor, metadata floor (measured; see the closing note and README for the numbers)
    public static IEnumerable<TestCaseData> Files() =>
    [
        new TestCaseData("GB-T-3179-1992.pdf", 1.0, 1.0),
        new TestCaseData("JT-T-808-2011.pdf", 1.0, 1.0),
        // The cover is vector outlines without a text layer: its metadata can only come from the body.
        new TestCaseData("JT-T-1078-2016.pdf", 1.0, 0.44),
        new TestCaseData("T-JSATL-12-2017.pdf", 1.0, 1.0),
        new TestCaseData("JT-T-808-2013.pdf", 1.0, 1.0),
    ];

    [TestCaseSource(nameof(Files))]
    public async Task Real_standard_meets_its_measured_floor(string file, double clauseFloor, double metadataFloor)
    {
        var path = RealStandards.PathOf(file);
        var truth = TruthFile.Load(TestDataFile.PathOf("RealStandards", Path.GetFileNameWithoutExtension(file) + ".truth"));
        var document = await Extractor.ExtractAsync(path);
        var accuracy = ExtractionAccuracy.Measure(document, truth);
        TestContext.Out.WriteLine(accuracy);
        foreach (var p in accuracy.Problems.Take(60)) TestContext.Out.WriteLine("  " + p);
        Assert.Multiple(() =>
        {
            Assert.That(accuracy.ClauseScore, Is.GreaterThanOrEqualTo(clauseFloor), "clause numbers with headings exact");
            Assert.That(accuracy.MetadataScore, Is.GreaterThanOrEqualTo(metadataFloor), "metadata fields exact");
        });
    }

    [TestCase("ISO-IEC-14496-12-2005.pdf")]
    [TestCase("ISO-IEC-14496-12-2012.pdf")]
    public async Task An_iso_cover_title_is_the_english_title_above_the_reference_number(string file)
    {
        // The number is split over two lines at the top ("ISO/IEC", "14496-12"), so the id is first read under
        // "Reference number": the title took the line after it ("PDF disclaimer", a line of the copyright notice).
        var document = await Extractor.ExtractAsync(RealStandards.PathOf(file));
        Assert.That(document.Title, Is.EqualTo("Information technology — Coding of audio-visual objects — Part 12: ISO base media file format"));
        Assert.That(document.Id.Canonical, Does.StartWith("ISO/IEC 14496-12:"));
    }

    [TestCase("JT-T-808-2019.pdf", ExtractionFailure.GarbledText)]
    [TestCase("GB-T-32960.3-2016.pdf", ExtractionFailure.NoTextLayer)]
    public void Unusable_real_standard_is_refused_not_indexed_as_garbage(string file, ExtractionFailure reason)
    {
        var path = RealStandards.PathOf(file);
        var e = Assert.ThrowsAsync<ExtractionException>(() => Extractor.ExtractAsync(path));
        Assert.That(e!.Reason, Is.EqualTo(reason));
        Assert.That(e.FileName, Does.EndWith(file));
    }
}
