using NUnit.Framework;
using StdSearch.Documents;

namespace StdSearch.Tests.Documents;

/// <summary>
/// Runs every row of TestData/StandardIds/golden.tsv and finder.tsv as its own test case: a new case is a new line.
/// </summary>
[TestFixture]
public sealed class StandardIdGoldenTests
{
    private static string DataPath(string file) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "StandardIds", file);

    private static IEnumerable<(int Line, string[] Fields)> Rows(string file)
    {
        var lines = File.ReadAllLines(DataPath(file));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            yield return (i + 1, lines[i].Split('\t'));
        }
    }

    /// <summary>One case per golden.tsv row, named after its line and input.</summary>
    public static IEnumerable<TestCaseData> GoldenRows() =>
        Rows("golden.tsv").Select(r => new TestCaseData((object)r.Fields).SetArgDisplayNames($"L{r.Line}: {Visible(r.Fields[0])}"));

    /// <summary>One case per finder.tsv row.</summary>
    public static IEnumerable<TestCaseData> FinderRows() =>
        Rows("finder.tsv").Select(r => new TestCaseData((object)r.Fields).SetArgDisplayNames($"L{r.Line}: {Visible(r.Fields[0])}"));

    private static string Visible(string s) => s.Length == 0 ? "(empty)" : s.Length > 40 ? s[..40] + "…" : s;

    private static string? Field(string value) => value == "-" ? null : value;

    [TestCaseSource(nameof(GoldenRows))]
    public void Golden_row_parses_to_its_fields(string[] row)
    {
        Assert.That(row, Has.Length.EqualTo(8), "a golden row has 8 tab-separated fields");
        var (input, canonical) = (row[0], row[1]);
        var parsed = StandardId.TryParse(input, out var id, out var reason);
        if (canonical == "!")
        {
            Assert.That(parsed, Is.False, $"'{input}' must not parse, got {id}");
            Assert.That(reason, Is.Not.Empty, "a failure states its reason");
            Assert.Throws<FormatException>(() => StandardId.Parse(input));
            return;
        }
        Assert.That(parsed, Is.True, $"'{input}' should parse: {reason}");
        Assert.Multiple(() =>
        {
            Assert.That(id.Canonical, Is.EqualTo(canonical), "canonical");
            Assert.That(id.Level.ToString(), Is.EqualTo(row[2]), "level");
            Assert.That(id.Nature.ToString(), Is.EqualTo(row[3]), "nature");
            Assert.That(id.Prefix, Is.EqualTo(row[4]), "prefix");
            Assert.That(id.Number, Is.EqualTo(row[5]), "number");
            Assert.That(id.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Field(row[6])), "year");
            Assert.That(id.Region ?? id.Sector, Is.EqualTo(Field(row[7])), "region/sector");
            Assert.That(StandardId.Parse(id.Canonical), Is.EqualTo(id), "Parse(Canonical) round-trips");
            Assert.That(StandardId.Parse(id.Display), Is.EqualTo(id), "Parse(Display) round-trips");
        });
    }

    [TestCaseSource(nameof(FinderRows))]
    public void Finder_row_finds_the_expected_ids_in_order(string[] row)
    {
        Assert.That(row, Has.Length.EqualTo(2), "a finder row has 2 tab-separated fields");
        var text = row[0];
        var expected = row[1] == "-" ? [] : row[1].Split('|');
        var found = StandardIdFinder.FindAll(text);
        Assert.That(found.Select(m => m.Id.Canonical), Is.EqualTo(expected));
        foreach (var m in found)
        {
            // The matched slice of the original text parses back to the same id.
            Assert.That(StandardId.Parse(text.Substring(m.Start, m.Length)), Is.EqualTo(m.Id), $"slice '{text.Substring(m.Start, m.Length)}'");
        }
    }

    [Test]
    public void Golden_files_have_the_promised_size()
    {
        Assert.That(Rows("golden.tsv").Count(), Is.GreaterThanOrEqualTo(200));
        Assert.That(Rows("golden.tsv").Count(r => r.Fields[1] == "!"), Is.GreaterThanOrEqualTo(20));
        Assert.That(Rows("finder.tsv").Count(), Is.GreaterThanOrEqualTo(30));
        Assert.That(File.Exists(DataPath("golden.tsv")), Is.True);
    }
}
