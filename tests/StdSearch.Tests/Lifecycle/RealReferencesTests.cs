using StdSearch.Extraction;
using StdSearch.Lifecycle;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Lifecycle;

/// <summary>
/// Every entry of the normative-references chapter of the real published standards (read from ../shared/real-standards,
/// never copied) is recovered by the citation check, and nothing else is taken for one. The truth is hand-written:
/// the [references] sections of TestData/RealStandards/*.truth and TestData/Lifecycle/RealReferences/*.refs.
/// </summary>
public class RealReferencesTests
{
    public static IEnumerable<TestCaseData> Files() =>
    [
        new TestCaseData("GB-T-3179-1992.pdf", 10),
        new TestCaseData("JT-T-808-2011.pdf", 4),
        new TestCaseData("JT-T-808-2011-draft.pdf", 4),
        new TestCaseData("JT-T-808-2013.pdf", 4),
        new TestCaseData("JT-T-1078-2016.pdf", 6),
        new TestCaseData("T-JSATL-12-2017.pdf", 4),
        new TestCaseData("GB-T-28181-2016.pdf", 33),
        new TestCaseData("ISO-IEC-14496-12-2005.pdf", 9),
        new TestCaseData("ISO-IEC-14496-12-2012.pdf", 20),
        new TestCaseData("DL-T-634.5104-draft.pdf", 12),
    ];

    [TestCaseSource(nameof(Files))]
    public async Task Every_normative_reference_is_recovered(string file, int count)
    {
        var path = RealStandards.PathOf(file);
        var expected = Truth(Path.GetFileNameWithoutExtension(file));
        Assert.That(expected, Has.Count.EqualTo(count), "truth file");
        var document = await new DocumentExtractor().ExtractAsync(path);
        var recovered = CitationFinder.Find(document).Where(c => c.Normative).Select(c => c.Id.Canonical).ToList();
        TestContext.Out.WriteLine($"{file}: {recovered.Intersect(expected).Count()} of {expected.Count} references recovered");
        Assert.Multiple(() =>
        {
            Assert.That(expected.Except(recovered), Is.Empty, "missed");
            Assert.That(recovered.Except(expected), Is.Empty, "taken for a reference");
        });
    }

    private static List<string> Truth(string baseName)
    {
        var refs = TestDataFile.PathOf("Lifecycle", "RealReferences", baseName + ".refs");
        if (File.Exists(refs))
            return File.ReadLines(refs).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
        var truth = TruthFile.Load(TestDataFile.PathOf("RealStandards", baseName + ".truth"));
        return truth.References.Select(r => r[0]).ToList();
    }
}
