using StdSearch.Comparison.Requirements;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Comparison.Requirements;

/// <summary>Every strictness rule of DOMAIN.md §4, and the injected changes of GB/T 31999—2021 vs DB22/T 3999—2023.</summary>
public class StrictnessTests
{
    private static NumericLimit Le(decimal v, string unit = "℃") => new(LimitKind.Upper, null, v, unit);
    private static NumericLimit Lt(decimal v, string unit = "℃") => new(LimitKind.Upper, null, v, unit) { MaxInclusive = false };
    private static NumericLimit Ge(decimal v, string unit = "℃") => new(LimitKind.Lower, v, null, unit);
    private static NumericLimit Gt(decimal v, string unit = "℃") => new(LimitKind.Lower, v, null, unit) { MinInclusive = false };
    private static NumericLimit Range(decimal lo, decimal hi, string unit = "℃") => new(LimitKind.Range, lo, hi, unit);
    private static NumericLimit Tol(decimal nominal, decimal t, string unit = "mm") =>
        new(LimitKind.Tolerance, nominal - t, nominal + t, unit) { Nominal = nominal, Tolerance = t };

    private static IEnumerable<TestCaseData> LimitCases()
    {
        yield return new TestCaseData(Le(25), Le(20), StrictnessVerdict.BStricter).SetName("Upper bound: lower is stricter");
        yield return new TestCaseData(Le(3), Le(5), StrictnessVerdict.AStricter).SetName("Upper bound: a higher maximum is looser");
        yield return new TestCaseData(Ge(800, "Pa"), Ge(1000, "Pa"), StrictnessVerdict.BStricter).SetName("Lower bound: higher is stricter");
        yield return new TestCaseData(Range(20, 25), Range(18, 28), StrictnessVerdict.AStricter).SetName("Range: contained is stricter");
        yield return new TestCaseData(Range(20, 25), Range(22, 30), StrictnessVerdict.NotComparable).SetName("Range: overlapping not nested is not comparable");
        yield return new TestCaseData(Range(0, 4), Range(10, 20), StrictnessVerdict.Contradictory).SetName("Range: disjoint is contradictory");
        yield return new TestCaseData(Le(5, ""), Ge(8, ""), StrictnessVerdict.Contradictory).SetName("≤5 vs ≥8 is contradictory");
        yield return new TestCaseData(Ge(800, "Pa"), Le(500, "Pa"), StrictnessVerdict.Contradictory).SetName("≥800 Pa vs ≤500 Pa is contradictory");
        yield return new TestCaseData(Tol(5, 1), Tol(5, 0.5m), StrictnessVerdict.BStricter).SetName("Tolerance: smaller is stricter");
        yield return new TestCaseData(Lt(10), Le(10), StrictnessVerdict.AStricter).SetName("Exclusive beats inclusive at the same upper value");
        yield return new TestCaseData(Ge(10), Gt(10), StrictnessVerdict.BStricter).SetName("Exclusive beats inclusive at the same lower value");
        yield return new TestCaseData(Le(25), Le(25), StrictnessVerdict.Same).SetName("The same limit is the same");
        yield return new TestCaseData(Le(0.5m, "m"), Le(500, "mm"), StrictnessVerdict.Same).SetName("0.5 m and 500 mm are the same after conversion");
        yield return new TestCaseData(Le(2, "kPa"), Le(1500, "Pa"), StrictnessVerdict.BStricter).SetName("kPa and Pa compare");
        yield return new TestCaseData(Le(25), Le(25, "Pa"), StrictnessVerdict.NotComparable).SetName("Different dimensions are not comparable");
        yield return new TestCaseData(Le(25), Range(20, 25), StrictnessVerdict.BStricter).SetName("A range inside an upper bound is stricter");
        yield return new TestCaseData(Le(30), Ge(10), StrictnessVerdict.NotComparable).SetName("An upper and a lower bound that overlap are not comparable");
        yield return new TestCaseData(new NumericLimit(LimitKind.Lower, 54, null, "IP"), new NumericLimit(LimitKind.Lower, 32, null, "IP"),
            StrictnessVerdict.AStricter).SetName("IP54 is stricter than IP32");
    }

    [TestCaseSource(nameof(LimitCases))]
    public void Compares_limits_by_bound_direction(NumericLimit a, NumericLimit b, StrictnessVerdict expected)
    {
        var result = Strictness.Explain(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(expected), result.Explanation);
            Assert.That(Strictness.Compare(a, b), Is.EqualTo(expected));
            Assert.That(result.Explanation, Does.StartWith("A: "));
        });
    }

    [Test]
    public void Explanation_says_which_rule_decided()
    {
        var e = Strictness.Explain(Le(25), Le(20)).Explanation;
        Assert.That(e, Is.EqualTo("A: ≤ 25 ℃; B: ≤ 20 ℃ — upper bound, lower is stricter: B stricter"));
    }

    [Test]
    public void Percentages_on_different_bases_are_not_comparable() =>
        Assert.That(Strictness.Compare(Le(5, "%") with { Basis = "质量分数" }, Le(5, "%") with { Basis = "体积分数" }),
            Is.EqualTo(StrictnessVerdict.NotComparable));

    [TestCase(Modality.Shall, Modality.Should, ModalityChange.Weakened)]
    [TestCase(Modality.Should, Modality.Shall, ModalityChange.Strengthened)]
    [TestCase(Modality.Shall, Modality.ShallNot, ModalityChange.Contradictory)]
    [TestCase(Modality.Should, Modality.ShallNot, ModalityChange.Contradictory)]
    [TestCase(Modality.ShallNot, Modality.May, ModalityChange.Weakened)]
    [TestCase(Modality.May, Modality.Shall, ModalityChange.Strengthened)]
    [TestCase(Modality.Shall, Modality.Shall, ModalityChange.Same)]
    [TestCase(Modality.Can, Modality.Shall, ModalityChange.Other)]
    [TestCase(Modality.None, Modality.Shall, ModalityChange.Other)]
    public void Classifies_the_modality_change(Modality a, Modality b, ModalityChange expected) =>
        Assert.That(Strictness.ClassifyModalityChange(a, b), Is.EqualTo(expected));

    private static Requirement Req(Modality m, NumericLimit? limit) => new("5.2.1", "储存油温", m, limit, "");

    [Test]
    public void Requirement_verdict_combines_limit_and_modality()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Strictness.Compare(Req(Modality.Shall, Le(25)), Req(Modality.Should, Le(25))), Is.EqualTo(StrictnessVerdict.AStricter), "应 → 宜 weakened");
            Assert.That(Strictness.Compare(Req(Modality.Should, Le(25)), Req(Modality.Shall, Le(25))), Is.EqualTo(StrictnessVerdict.BStricter), "宜 → 应 strengthened");
            Assert.That(Strictness.Compare(Req(Modality.Shall, null), Req(Modality.ShallNot, null)), Is.EqualTo(StrictnessVerdict.Contradictory), "应 vs 不应");
            Assert.That(Strictness.Compare(Req(Modality.Shall, Le(25)), Req(Modality.Shall, Le(20))), Is.EqualTo(StrictnessVerdict.BStricter));
            Assert.That(Strictness.Compare(Req(Modality.Shall, Le(20)), Req(Modality.Should, Le(25))), Is.EqualTo(StrictnessVerdict.AStricter));
            Assert.That(Strictness.Compare(Req(Modality.Should, Le(20)), Req(Modality.Shall, Le(25))), Is.EqualTo(StrictnessVerdict.NotComparable),
                "a stricter limit with a weaker modality");
            Assert.That(Strictness.Explain(Req(Modality.Shall, Le(25)), Req(Modality.Should, Le(25))).ModalityChange, Is.EqualTo(ModalityChange.Weakened));
        });
    }

    [Test]
    public async Task National_and_local_oil_storage_standards_show_the_injected_changes()
    {
        var extractor = new RequirementExtractor();
        var national = extractor.Extract(await CorpusSamplesRequirementTests.Document("gbt-31999-2021"));
        var local = extractor.Extract(await CorpusSamplesRequirementTests.Document("db22t-3999-2023"));
        var pairs = new RequirementMatcher().Match(national, local);
        var verdicts = pairs.Select(p => (p.A.ClauseNumber, p.B.ClauseNumber, Result: Strictness.Explain(p.A, p.B))).ToList();
        foreach (var v in verdicts.Where(v => v.Result.Verdict != StrictnessVerdict.Same))
            TestContext.Out.WriteLine($"{v.Item1}/{v.Item2}: {v.Result.Verdict} — {v.Result.Explanation}");

        StrictnessComparison At(string clause, Func<RequirementPair, bool>? filter = null)
        {
            var pair = pairs.Single(p => p.A.ClauseNumber == clause && p.B.ClauseNumber == clause && (filter?.Invoke(p) ?? p.A.Limit is not null));
            return Strictness.Explain(pair.A, pair.B);
        }
        Assert.Multiple(() =>
        {
            Assert.That(At("5.2.1").Verdict, Is.EqualTo(StrictnessVerdict.BStricter), "5.2.1 储存油温 ≤25 ℃ → ≤20 ℃");
            Assert.That(At("5.2.3").Verdict, Is.EqualTo(StrictnessVerdict.AStricter), "5.2.3 油温日变化 ≤3 ℃ → ≤5 ℃");
            Assert.That(At("5.4.1").Verdict, Is.EqualTo(StrictnessVerdict.Contradictory), "5.4.1 ≥800 Pa vs ≤500 Pa");
            var coating = At("5.2.6", p => p.A.Parameter.Contains("外壁"));
            Assert.That(coating.ModalityChange, Is.EqualTo(ModalityChange.Weakened), coating.Explanation);
            Assert.That(coating.Verdict, Is.EqualTo(StrictnessVerdict.AStricter), coating.Explanation);
            // everything else (verbatim and reworded clauses) pairs up as the same
            var changed = verdicts.Where(v => v.Result.Verdict != StrictnessVerdict.Same && v.Item1 == v.Item2)
                .Select(v => v.Item1).Distinct().Order().ToList();
            Assert.That(changed, Is.EquivalentTo(new[] { "5.2.1", "5.2.3", "5.2.6", "5.4.1" }), string.Join("\n", verdicts.Where(v => v.Result.Verdict != StrictnessVerdict.Same).Select(v => v.Result.Explanation)));
        });
    }
}
