using System.Globalization;
using StdSearch.Tests.TestSupport;
using StdSearch.Text.Quantities;

namespace StdSearch.Tests.Text.Quantities;

/// <summary>Golden cases in TestData/Requirements/quantities.tsv, plus offsets, unit conversion and thread-safety.</summary>
public class QuantityParserTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        TestDataFile.Rows("Requirements", "quantities.tsv").Select(r => new TestCaseData((object)r).SetName("Quantity: " + r[0]));

    [TestCaseSource(nameof(Cases))]
    public void Parses_golden_case(string[] row)
    {
        var quantities = QuantityParser.Default.Parse(row[0]);
        if (row[1] == "-")
        {
            Assert.That(quantities, Is.Empty, string.Join("; ", quantities.Select(q => q.Describe())));
            return;
        }
        Assert.That(quantities, Is.Not.Empty);
        var q = quantities[0];
        var comparator = Enum.Parse<Comparator>(row[1]);
        decimal? D(string s) => s.Length == 0 ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
        var (min, max, bounds, unit) = (D(row[2]), D(row[3]), row[4], row.Length > 5 ? row[5] : "");
        Assert.Multiple(() =>
        {
            Assert.That(q.Comparator, Is.EqualTo(comparator), q.Describe());
            Assert.That(q.Unit, Is.EqualTo(unit), q.Describe());
            if (comparator == Comparator.Tolerance && bounds != "asym")
            {
                Assert.That(q.Nominal, Is.EqualTo(min), q.Describe());
                Assert.That(q.Tolerance, Is.EqualTo(max), q.Describe());
                return;
            }
            Assert.That(q.Min, Is.EqualTo(min), q.Describe());
            Assert.That(q.Max, Is.EqualTo(max), q.Describe());
            if (bounds == "?") Assert.That(q.BoundUncertain, Is.True, "以上/以下 without （含） is uncertain");
            else if (bounds != "asym")
            {
                Assert.That(q.BoundUncertain, Is.False);
                if (bounds.StartsWith('(')) Assert.That(q.MinInclusive, Is.False, "exclusive lower bound");
                if (bounds.StartsWith('[')) Assert.That(q.MinInclusive, Is.True, "inclusive lower bound");
                if (bounds.EndsWith(')')) Assert.That(q.MaxInclusive, Is.False, "exclusive upper bound");
                if (bounds.EndsWith(']')) Assert.That(q.MaxInclusive, Is.True, "inclusive upper bound");
            }
        });
    }

    [Test]
    public void Golden_file_has_enough_cases()
    {
        var rows = TestDataFile.Rows("Requirements", "quantities.tsv").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.GreaterThanOrEqualTo(60));
            Assert.That(rows.Count(r => r[1] == "-"), Is.GreaterThanOrEqualTo(10));
        });
    }

    [Test]
    public void Offsets_point_at_the_original_text_including_the_comparator()
    {
        const string text = "储存油温应不大于２５ ℃，湿度≦75％。";
        var q = QuantityParser.Default.Parse(text);
        Assert.That(q, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(q[0].Source, Is.EqualTo("不大于２５ ℃"));
            Assert.That(text.Substring(q[0].Start, q[0].Length), Is.EqualTo(q[0].Source));
            Assert.That(q[0].Max, Is.EqualTo(25m));
            Assert.That(q[1].Source, Is.EqualTo("≦75％"));
            Assert.That(q[1].Unit, Is.EqualTo("%"));
        });
    }

    [Test]
    public void Percentage_keeps_its_basis()
    {
        var q = QuantityParser.Default.Parse("氧含量（体积分数）应为19.5%～23.5%；水分（质量分数）≤0.2%");
        Assert.Multiple(() =>
        {
            Assert.That(q[0].Basis, Is.EqualTo("体积分数"));
            Assert.That(q[1].Basis, Is.EqualTo("质量分数"));
        });
    }

    [Test]
    public void Units_convert_within_a_dimension_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Units.TryConvert(0.5m, "m", "mm", out var mm) && mm == 500m, Is.True);
            Assert.That(Units.TryConvert(2m, "kPa", "Pa", out var pa) && pa == 2000m, Is.True);
            Assert.That(Units.TryConvert(1.5m, "h", "min", out var min) && min == 90m, Is.True);
            Assert.That(Units.TryConvert(250m, "mA", "A", out var a) && a == 0.25m, Is.True);
            Assert.That(Units.TryConvert(1m, "℃", "Pa", out _), Is.False);
            Assert.That(Units.TryConvert(1m, "年", "h", out _), Is.False, "calendar time does not convert to clock time");
            Assert.That(Units.Normalize("°C"), Is.EqualTo("℃"));
            Assert.That(Units.Normalize("µm"), Is.EqualTo("μm"));
            Assert.That(Units.Normalize("mg/m3"), Is.EqualTo("mg/m³"));
            Assert.That(Units.Normalize("Ω"), Is.EqualTo(Units.Normalize("Ω")));
            Assert.That(Units.Normalize("位元"), Is.EqualTo("bit"));
        });
    }

    [Test]
    public void Parser_is_safe_to_share_between_threads()
    {
        var texts = TestDataFile.Rows("Requirements", "quantities.tsv").Select(r => r[0]).ToArray();
        var expected = texts.Select(t => string.Join("|", QuantityParser.Default.Parse(t).Select(q => q.Describe()))).ToArray();
        Parallel.For(0, 400, i =>
        {
            var k = i % texts.Length;
            var got = string.Join("|", QuantityParser.Default.Parse(texts[k]).Select(q => q.Describe()));
            Assert.That(got, Is.EqualTo(expected[k]));
        });
    }
}
