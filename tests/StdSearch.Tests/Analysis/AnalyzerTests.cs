using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using StdSearch.Analysis;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Analysis;

public class AnalyzerTests
{
    private static readonly Analyzer Words = new StandardsWordAnalyzer();
    private static readonly Analyzer Bigrams = new StandardsBigramAnalyzer();

    internal sealed record Token(string Term, int Start, int End, int PositionIncrement);

    internal static List<Token> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<Token>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return result;
    }

    public static IEnumerable<TestCaseData> Paragraphs() =>
        TestDataFile.Rows("Text", "traditional-simplified-paragraphs.tsv")
            .Select((r, i) => new TestCaseData(r[0], r[1]).SetName($"Paragraph_{i + 1}_same_tokens_in_both_scripts"));

    public static IEnumerable<TestCaseData> Characters() =>
        TestDataFile.Rows("Text", "traditional-simplified-chars.tsv").Select(r => new TestCaseData(r[0], r[1]));

    [TestCaseSource(nameof(Paragraphs))]
    public void Traditional_and_simplified_paragraphs_give_identical_terms(string traditional, string simplified)
    {
        foreach (var analyzer in new[] { Words, Bigrams })
        {
            var t = Analyze(analyzer, traditional).Select(x => (x.Term, x.PositionIncrement)).ToList();
            var s = Analyze(analyzer, simplified).Select(x => (x.Term, x.PositionIncrement)).ToList();
            Assert.That(t, Is.Not.Empty);
            Assert.That(t, Is.EqualTo(s), analyzer.GetType().Name);
        }
    }

    [Test]
    public void Every_character_pair_gives_identical_terms_in_both_analyzers()
    {
        var pairs = Characters().Select(c => ((string)c.Arguments[0]!, (string)c.Arguments[1]!)).ToList();
        Assert.That(pairs, Has.Count.GreaterThanOrEqualTo(200));
        foreach (var analyzer in new[] { Words, Bigrams })
            foreach (var (t, s) in pairs)
                Assert.That(Analyze(analyzer, t).Select(x => x.Term), Is.EqualTo(Analyze(analyzer, s).Select(x => x.Term)), $"{t}/{s}");
    }

    [Test]
    public void Offsets_point_at_the_original_traditional_text()
    {
        const string text = "終端應保存未發送的資料";
        foreach (var token in Analyze(Words, text))
            Assert.That(StdSearch.Text.TextFolder.Default.FoldToString(text[token.Start..token.End]), Is.EqualTo(token.Term));
    }

    [Test]
    public void Bigram_phrase_positions_are_consecutive()
    {
        var tokens = Analyze(Bigrams, "應不大於25 ℃");
        Assert.That(tokens.Select(t => t.Term), Is.EqualTo(new[] { "应不", "不大", "大于", "25", "℃" }));
        Assert.That(tokens.All(t => t.PositionIncrement == 1));
    }

    [Test]
    public void Analyzers_give_the_same_tokens_from_many_threads()
    {
        var texts = TestDataFile.Rows("Text", "traditional-simplified-paragraphs.tsv").SelectMany(r => r).ToArray();
        var expected = texts.Select(t => Analyze(Words, t).Select(x => x.Term).ToList()).ToArray();
        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % texts.Length;
            if (!Analyze(Words, texts[k]).Select(x => x.Term).SequenceEqual(expected[k])) Interlocked.Increment(ref failures);
            Analyze(Bigrams, texts[k]);
        });
        Assert.That(failures, Is.Zero);
    }
}
