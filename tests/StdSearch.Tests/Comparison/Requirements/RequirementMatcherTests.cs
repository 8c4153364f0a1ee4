using StdSearch.Comparison.Requirements;

namespace StdSearch.Tests.Comparison.Requirements;

/// <summary>Pairing provisions across documents: clause number, units, parameter names across scripts.</summary>
public class RequirementMatcherTests
{
    private static readonly RequirementExtractor Extractor = new();

    [Test]
    public void Traditional_parameter_pairs_with_the_simplified_one()
    {
        var matcher = new RequirementMatcher();
        Assert.That(matcher.ParameterSimilarity("儲存油溫", "储存油温"), Is.EqualTo(1.0));
    }

    [Test]
    public void Same_clause_rows_pair_by_parameter_not_by_order()
    {
        var a = new[]
        {
            new Requirement("5.3.2", "酸价", Modality.Shall, new NumericLimit(LimitKind.Upper, null, 2.0m, "mg/g"), ""),
            new Requirement("5.3.2", "过氧化值", Modality.Shall, new NumericLimit(LimitKind.Upper, null, 0.20m, "g/100 g"), ""),
        };
        var b = new[] { a[1] with { }, a[0] with { } };
        var pairs = new RequirementMatcher().Match(a, b);
        Assert.That(pairs.Select(p => (p.A.Parameter, p.B.Parameter)), Is.EquivalentTo(new[] { ("酸价", "酸价"), ("过氧化值", "过氧化值") }));
    }

    [Test]
    public void Limits_in_different_dimensions_never_pair()
    {
        var a = Extractor.Extract("5.4.1", "呼吸阀开启压力应不小于800 Pa。");
        var b = Extractor.Extract("5.4.1", "呼吸阀开启温度应不大于80 ℃。");
        Assert.That(new RequirementMatcher().Match(a, b), Is.Empty);
    }

    [Test]
    public void Renumbered_clause_pairs_by_parameter_with_lower_confidence()
    {
        var a = Extractor.Extract("5.1.1", "储存油温应不大于30 ℃。");
        var b = Extractor.Extract("5.2.1", "储存油温应不大于25 ℃。");
        var pair = new RequirementMatcher().Match(a, b).Single();
        Assert.Multiple(() =>
        {
            Assert.That(pair.Confidence, Is.LessThan(0.7));
            Assert.That(pair.Reason, Does.Contain("clauses 5.1.1/5.2.1"));
        });
    }

    [Test]
    public void Traditional_sample_pairs_with_the_GB_adoption()
    {
        var cns = Extractor.Extract("5.2.1", "水錶傳送累計水量之間隔應≦24 h。");
        var gb = Extractor.Extract("5.2.1", "水表应以不超过24 h的间隔传输累积流量。");
        var pair = new RequirementMatcher().Match(cns, gb).Single();
        Assert.That(Strictness.Compare(pair.A, pair.B), Is.EqualTo(StrictnessVerdict.Same), pair.Reason);
    }
}
