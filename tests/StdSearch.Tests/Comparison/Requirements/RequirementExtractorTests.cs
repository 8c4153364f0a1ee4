using StdSearch.Comparison.Requirements;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Comparison.Requirements;

/// <summary>Golden sentences in TestData/Requirements/requirements.tsv, plus tables and modal words inside other words.</summary>
public class RequirementExtractorTests
{
    private static readonly RequirementExtractor Extractor = new();

    private static IEnumerable<TestCaseData> Cases() =>
        TestDataFile.Rows("Requirements", "requirements.tsv").Select(r => new TestCaseData((object)r).SetName("Requirement: " + r[0]));

    [TestCaseSource(nameof(Cases))]
    public void Extracts_golden_sentence(string[] row)
    {
        var (text, parameter, modality, limit) = (row[0], row[1], Enum.Parse<Modality>(row[2]), row[3]);
        var found = Extractor.Extract("1", text);
        if (modality == Modality.None && limit == "-")
        {
            Assert.That(found, Is.Empty, "no modal verb: " + string.Join("; ", found.Select(r => r.Modality)));
            return;
        }
        Assert.That(found, Is.Not.Empty);
        var r = found[0];
        Assert.Multiple(() =>
        {
            Assert.That(r.Modality, Is.EqualTo(modality));
            Assert.That(r.Limit?.Describe() ?? "-", Is.EqualTo(limit));
            Assert.That(r.Parameter, Is.EqualTo(parameter));
            Assert.That(r.ClauseNumber, Is.EqualTo("1"));
        });
    }

    [Test]
    public void Golden_file_has_enough_cases() =>
        Assert.That(TestDataFile.Rows("Requirements", "requirements.tsv").Count(), Is.GreaterThanOrEqualTo(40));

    [Test]
    public void Condition_goes_to_the_conditions_not_the_limit()
    {
        var r = Extractor.Extract("6.2.2", "运输时间超过12 h时，车厢温度应不大于8 ℃。").Single();
        Assert.Multiple(() =>
        {
            Assert.That(r.Limit!.Max, Is.EqualTo(8m));
            Assert.That(r.Conditions, Does.Contain("12 h"));
        });
    }

    [Test]
    public void Each_comma_segment_with_a_modal_verb_is_a_provision()
    {
        var found = Extractor.Extract("4.1.2", "地面应硬化，排水通畅，不应有积水。");
        Assert.That(found.Select(r => r.Modality).ToArray(), Is.EqualTo(new[] { Modality.Shall, Modality.ShallNot }));
    }

    [Test]
    public void Extractor_is_safe_to_share_between_threads()
    {
        var texts = TestDataFile.Rows("Requirements", "requirements.tsv").Select(r => r[0]).ToArray();
        string Run(string t) => string.Join("|", Extractor.Extract("1", t).Select(r => $"{r.Parameter}/{r.Modality}/{r.Limit?.Describe()}"));
        var expected = texts.Select(Run).ToArray();
        Parallel.For(0, 200, i => Assert.That(Run(texts[i % texts.Length]), Is.EqualTo(expected[i % texts.Length])));
    }
}
