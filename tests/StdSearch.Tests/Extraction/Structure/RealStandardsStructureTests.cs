using NUnit.Framework;
using StdSearch.Extraction;
using StdSearch.Extraction.Pdf;
using StdSearch.Extraction.Structure;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Extraction.Structure;

/// <summary>
/// Runs real standards through the PDF reader and the structure parser and measures clause numbers and headings
/// against the hand-written ground truth (<c>TestData/RealStandards/*.truth</c>; another folder can be given in
/// <c>STDSEARCH_TRUTH_DIR</c>). Skips when the corpus is absent.
/// </summary>
public sealed class RealStandardsStructureTests
{
    private static string TruthFolder =>
        Environment.GetEnvironmentVariable("STDSEARCH_TRUTH_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "RealStandards");

    private static IEnumerable<string> Cases() =>
        Directory.Exists(TruthFolder) ? Directory.GetFiles(TruthFolder, "*.truth").Select(Path.GetFileNameWithoutExtension).Order()! : [];

    /// <summary>Share of truth clauses recovered with the same number and heading, below which the test fails.</summary>
    private const double Floor = 0.6;

    [TestCaseSource(nameof(Cases))]
    public async Task Real_standard_clauses_match_the_ground_truth(string name)
    {
        var bytes = RealStandards.Read(name + ".pdf");
        var layout = await new PdfDocumentReader().ReadAsync(bytes, name + ".pdf", ExtractionOptions.Default);
        var doc = new GbtStructureParser().Parse(layout);
        var truth = StructureExpectation.Read(Path.Combine(TruthFolder, name + ".truth"));
        var expected = truth.Sections.TryGetValue("clauses", out var c) ? c : [];
        var actual = StructureExpectation.ClauseRows(doc);

        var actualByNumber = actual.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.First());
        var numbers = expected.Count(e => actualByNumber.ContainsKey(e[0]));
        var exact = expected.Count(e => actualByNumber.TryGetValue(e[0], out var a) && StructureExpectation.RowEquals(e, a, annexStatus: true, idColumn: false));
        var extra = actual.Count(a => !expected.Any(e => e[0] == a[0]));
        var diffs = truth.Compare(doc);
        TestContext.Out.WriteLine($"{name}: truth {expected.Count} clauses, numbers found {numbers}, number+heading exact {exact}, extra {extra}");
        foreach (var d in diffs.Where(d => !d.StartsWith('['))) TestContext.Out.WriteLine("  " + d);
        foreach (var e in expected.Where(e => !(actualByNumber.TryGetValue(e[0], out var a) && StructureExpectation.RowEquals(e, a, true, false))).Take(25))
            TestContext.Out.WriteLine($"  miss {string.Join(" | ", e)} -> {(actualByNumber.TryGetValue(e[0], out var a) ? string.Join(" | ", a) : "-")}");
        foreach (var a in actual.Where(a => !expected.Any(e => e[0] == a[0])).Take(15))
            TestContext.Out.WriteLine($"  extra {string.Join(" | ", a)}");
        Assert.That(expected.Count == 0 ? 1.0 : (double)exact / expected.Count, Is.GreaterThanOrEqualTo(Floor));
    }
}
