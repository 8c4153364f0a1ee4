using NUnit.Framework;
using StdSearch.Extraction.Structure;

namespace StdSearch.Tests.Extraction.Structure;

/// <summary>Runs every <c>TestData/Structure/*.txt</c> through the parser and compares with its <c>.expected</c> file.</summary>
public sealed class GoldenStructureTests
{
    private static readonly string Folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Structure");

    private static IEnumerable<string> Cases() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order()! : [];

    [TestCaseSource(nameof(Cases))]
    public void Golden_case_parses_as_expected(string name)
    {
        var layout = LayoutText.FromText(name + ".txt", File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        var doc = new GbtStructureParser().Parse(layout);
        var expected = StructureExpectation.Read(Path.Combine(Folder, name + ".expected"));
        var diffs = expected.Compare(doc);
        Assert.That(diffs, Is.Empty, string.Join("\n", diffs));
    }
}
