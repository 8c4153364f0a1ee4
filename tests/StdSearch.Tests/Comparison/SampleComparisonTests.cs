using StdSearch.Comparison;
using StdSearch.Comparison.Requirements;
using StdSearch.Documents;
using static StdSearch.Tests.Comparison.ComparisonSamples;

namespace StdSearch.Tests.Comparison;

/// <summary>The relationships of corpus-samples/README.md, measured on the extracted sample PDFs and DOCX.</summary>
public class SampleComparisonTests
{
    private const string National = "gbt-31999-2021";
    private const string Local = "db22t-3999-2023";

    // README relationship 1: the 23 verbatim clauses and the 10 reworded ones.
    private static readonly string[] Verbatim =
    [
        "4.1.1", "4.1.3", "4.2.2", "4.2.3", "4.2.4", "4.3.2", "5.1.1", "5.1.3", "5.1.4", "5.2.2", "5.2.4", "5.2.5",
        "5.3.1", "5.3.2", "5.3.3", "5.4.2", "6.1.2", "6.2.2", "7.2", "A.1", "A.2", "A.3", "A.4", "3.1", "3.2", "3.3",
    ];

    private static readonly string[] Reworded = ["4.1.2", "4.2.1", "4.2.5", "4.3.1", "5.1.2", "5.3.4", "5.4.3", "6.1.1", "6.2.1", "7.1"];

    [TestCaseSource(nameof(Verbatim))]
    public void Local_standard_verbatim_clause_is_identical(string clause)
    {
        var pair = Compare(National, Local).PairAt(clause);
        Assert.That(pair.Kind, Is.EqualTo(PairKind.Identical), string.Join("；", pair.Reasons));
        Assert.That(pair.B, Is.EqualTo(new[] { clause }));
    }

    [TestCaseSource(nameof(Reworded))]
    public void Local_standard_reworded_clause_is_editorial(string clause)
    {
        var pair = Compare(National, Local).PairAt(clause);
        Assert.That(pair.Kind, Is.EqualTo(PairKind.Editorial), string.Join("；", pair.Reasons));
    }

    [TestCase("5.2.1", "25", "20")]
    [TestCase("5.2.3", "3", "5")]
    [TestCase("5.4.1", "800", "500")]
    public void Local_standard_changed_limit_is_technical(string clause, string a, string b)
    {
        var pair = Compare(National, Local).PairAt(clause);
        Assert.That(pair.Kind, Is.EqualTo(PairKind.Technical));
        Assert.That(pair.Reasons, Has.Some.EqualTo($"数值：{a} → {b}"));
        Assert.That(pair.Diff.Where(d => d.Operation == DiffOperation.Deleted).Select(d => d.A), Has.Some.Contains(a));
    }

    [Test]
    public void Local_standard_shall_to_should_is_a_weakened_requirement()
    {
        var result = Compare(National, Local);
        var conflict = result.Conflicts.Single(c => c.Kind == ConflictKind.Modality);
        Assert.That((conflict.ClauseA, conflict.A, conflict.B, conflict.Verdict), Is.EqualTo(("5.2.6", "应", "宜", StrictnessVerdict.AStricter)));
        Assert.That(conflict.Explanation, Does.Contain("减弱"));
    }

    [Test]
    public void Local_standard_added_clauses_are_found_and_nothing_else_changed()
    {
        var result = Compare(National, Local);
        Assert.That(result.Pairs.Where(p => p.Kind == PairKind.Added).SelectMany(p => p.B), Is.EquivalentTo(new[] { "4.1.4", "5.2.7" }));
        Assert.That(result.Pairs.Where(p => p.Kind == PairKind.Deleted), Is.Empty);
        // The scope is reworded for Jilin (and drops 可参照执行): the one technical change the README does not count as a limit.
        Assert.That(result.Pairs.Where(p => p.Kind == PairKind.Technical).SelectMany(p => p.A),
            Is.EquivalentTo(new[] { "1", "5.2.1", "5.2.3", "5.2.6", "5.4.1" }));
        Assert.That(result.Overlap, Is.GreaterThan(0.9));
    }

    [Test]
    public void Word_diff_keeps_the_original_text_of_both_sides()
    {
        foreach (var pair in Compare(National, Local).Pairs.Where(p => p.Diff.Count > 0))
        {
            Assert.That(string.Concat(pair.Diff.Select(d => d.A)), Is.EqualTo(pair.TextA), pair.A[0]);
            Assert.That(string.Concat(pair.Diff.Select(d => d.B)), Is.EqualTo(pair.TextB), pair.A[0]);
        }
    }

    [Test]
    public void Idt_adoption_is_classified_idt_against_the_iso_original()
    {
        var result = Compare("gbt-42871-2023-idt", "iso-29875-2019");
        Assert.That(result.CrossLanguage, Is.True);
        Assert.That(result.Degree.Degree, Is.EqualTo(AdoptionDegree.Identical), string.Join("\n", result.Degree.Reasons));
        Assert.That(result.Degree.AgreesWithStated, Is.True);
        Assert.That(result.Coverage, Is.EqualTo(1));
        Assert.That(result.Pairs, Has.All.Matches<ClausePair>(p => p.A.SequenceEqual(p.B) && p.Confidence < 1));
    }

    [Test]
    public void Mod_adoption_is_classified_mod_and_its_deviation_table_is_checked()
    {
        var result = Compare("gbt-42872-2023-mod", "iso-29875-2019");
        Assert.That(result.Degree.Degree, Is.EqualTo(AdoptionDegree.Modified));
        Assert.That(result.Degree.AgreesWithStated, Is.True);
        var stated = result.Degree.StatedDeviations;
        Assert.That(stated.Select(d => d.Clause), Is.EqualTo(new[] { "1", "5.1.3", "5.2.1", "5.3.4", "6.2" }));
        // Four of five are confirmed by the text; the narrowed scope (居民用户) has no number, id or modal verb to see across languages.
        Assert.That(stated.Where(d => d.Found).Select(d => d.Clause), Is.EqualTo(new[] { "5.1.3", "5.2.1", "5.3.4", "6.2" }));
        Assert.That(result.PairAt("5.2.1").Reasons, Has.Some.EqualTo("数值：12 → 24"));
        Assert.That(result.PairAt("6.2").Reasons, Has.Some.EqualTo("数值：1000 → 500"));
        Assert.That(result.PairAt("5.3.4").Kind, Is.EqualTo(PairKind.Deleted));
        Assert.That(result.PairAt("5.1.3").Kind, Is.EqualTo(PairKind.Added));
    }

    [Test]
    public void Traditional_cns_aligns_clause_by_clause_with_the_simplified_idt()
    {
        var result = Compare("cns-16289", "gbt-42871-2023-idt");
        Assert.That(result.CrossLanguage, Is.False);
        Assert.That(result.Pairs, Has.All.Matches<ClausePair>(p => p.A.Count == 1 && p.A.SequenceEqual(p.B)));
        Assert.That(result.Degree.Degree, Is.EqualTo(AdoptionDegree.Identical), string.Join("\n", result.Degree.Reasons));
    }

    [Test]
    public void Edition_change_list_reproduces_the_printed_foreword()
    {
        var result = Compare("gbt-31999-2015", "gbt-31999-2021");
        var editions = result.Editions!;
        Assert.That(editions.Matched, Has.Count.EqualTo(6));
        Assert.That(editions.Missed, Is.Empty);
        Assert.That(editions.Extra, Is.Empty, string.Join("\n", editions.Extra.Select(e => e.Text)));
        Assert.That(editions.Drafted.Select(d => d.Text), Has.Some.EqualTo("——删除了储油罐容积计算（见2015年版的6.3）；"));
        Assert.That(editions.Drafted.Select(d => d.Text), Has.Some.StartsWith("——更改了“储存油温”的要求（数值：30 → 25）（见5.2.1，2015年版的5.1.1）"));
    }

    [Test]
    public void Renumbered_clauses_follow_their_text_not_their_number()
    {
        var result = Compare("gbt-31999-2015", "gbt-31999-2021");
        var map = new Dictionary<string, string>
        {
            ["5.1.1"] = "5.2.1", ["5.1.2"] = "5.2.2", ["5.1.3"] = "5.2.3", ["5.1.4"] = "5.2.5", ["5.1.5"] = "5.2.6",
            ["5.2.1"] = "5.1.1", ["5.2.2"] = "5.1.2", ["5.2.3"] = "5.1.3", ["5.2.4"] = "5.1.4",
        };
        foreach (var (old, now) in map)
        {
            var pair = result.Pairs.Single(p => p.A.Contains(old));
            Assert.That(pair.B, Is.EqualTo(new[] { now }), old);
            Assert.That(pair.Moved, Is.True);
        }
    }

    [Test]
    public void Draft_near_duplicate_of_a_group_standard_is_found_with_its_changes()
    {
        var result = Compare("t-jseba-018-2022", "t-hzev-007-2024-draft");
        Assert.That(result.Overlap, Is.GreaterThan(0.95));
        Assert.That(result.PairAt("5.1.2").Reasons, Has.Some.EqualTo("数值：1.2 → 1.5"));
        Assert.That(result.PairAt("5.4.4").Reasons, Has.Some.EqualTo("数值：10 → 5"));
        Assert.That(result.PairAt("5.4.5").Kind, Is.EqualTo(PairKind.Added));
        var changed = result.Pairs.Where(p => p.Kind != PairKind.Identical).SelectMany(p => p.A.Concat(p.B)).Distinct();
        Assert.That(changed, Is.EquivalentTo(new[] { "1", "5.1.2", "5.4.4", "5.4.5", "8.3" }));
    }
}

/// <summary>Limits compared through the requirements stage's extractor.</summary>
public class SampleLimitConflictTests
{
    [TestCase("5.2.1", "储存油温", StrictnessVerdict.BStricter)]
    [TestCase("5.2.3", "储存期间油温日变化", StrictnessVerdict.AStricter)]
    [TestCase("5.4.1", "呼吸阀正压开启压力", StrictnessVerdict.Contradictory)]
    public void Local_standard_limit_has_the_right_verdict(string clause, string parameter, StrictnessVerdict verdict)
    {
        var conflict = Compare("gbt-31999-2021", "db22t-3999-2023").Conflicts.Single(c => c.Kind == ConflictKind.Limit && c.ClauseA == clause);
        Assert.That((conflict.Parameter, conflict.Verdict), Is.EqualTo((parameter, verdict)));
    }

    [Test]
    public void Local_standard_has_exactly_three_limit_conflicts()
    {
        var limits = Compare("gbt-31999-2021", "db22t-3999-2023").Conflicts.Where(c => c.Kind == ConflictKind.Limit);
        Assert.That(limits.Select(c => c.ClauseA), Is.EquivalentTo(new[] { "5.2.1", "5.2.3", "5.4.1" }));
    }
}
