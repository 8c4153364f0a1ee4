using StdSearch.Text;

namespace StdSearch.Tests.Text;

public class StandardTextTokenizerTests
{
    [Test]
    public void Words_mode_segments_chinese_into_dictionary_words()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        var terms = tokenizer.Terms("道路运输车辆卫星定位系统");
        Assert.That(terms, Is.EqualTo(new[] { "道路", "运输", "车辆", "卫星", "定位", "系统" }));
    }

    [Test]
    public void Bigram_mode_emits_overlapping_pairs_and_lone_unigrams()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Bigrams);
        Assert.That(tokenizer.Terms("储存温度，及"), Is.EqualTo(new[] { "储存", "存温", "温度", "及" }));
    }

    [Test]
    public void Numbers_units_and_latin_words_stay_whole()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        var tokens = tokenizer.Tokenize("误差±0.5 mm，温度20℃，见4.1.2，TCP/IP");
        var terms = tokens.Select(t => t.Term).ToList();
        Assert.That(terms, Does.Contain("0.5").And.Contain("mm").And.Contain("20").And.Contain("℃")
            .And.Contain("4.1.2").And.Contain("tcp").And.Contain("ip"));
        Assert.That(tokens.Single(t => t.Term == "4.1.2").Kind, Is.EqualTo(TokenKind.Number));
    }

    [Test]
    public void A_standard_number_is_one_token_with_undated_and_number_variants()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        const string text = "本文件代替GB/T 7714—2005。";
        var tokens = tokenizer.Tokenize(text);
        var id = tokens.Where(t => t.Kind == TokenKind.StandardId || t.PositionIncrement == 0).ToList();
        Assert.That(id.Select(t => t.Term), Is.EqualTo(new[] { "gb/t7714-2005", "gb/t7714", "7714" }));
        Assert.That(id.Skip(1).All(t => t.PositionIncrement == 0));
        Assert.That(text[id[0].Start..id[0].End], Is.EqualTo("GB/T 7714—2005"));
    }

    [Test]
    public void Messy_spellings_of_one_number_give_the_same_token()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        var first = tokenizer.Tokenize("按ＧＢ／Ｔ　７７１４－２０１５执行")[1].Term;
        Assert.That(tokenizer.Tokenize("按GB/T 7714—2015执行")[1].Term, Is.EqualTo(first));
        Assert.That(first, Is.EqualTo("gb/t7714-2015"));
    }

    [Test]
    public void Token_offsets_point_at_the_original_text()
    {
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words);
        const string text = "ＴＣＰ連線應於３０ｓ內建立";
        foreach (var token in tokenizer.Tokenize(text))
        {
            var original = text[token.Start..token.End];
            Assert.That(TextFolder.Default.FoldToString(original), Is.EqualTo(token.Term), $"token {token.Term}");
        }
    }
}
