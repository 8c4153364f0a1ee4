using StdSearch.Tests.TestSupport;
using StdSearch.Text;

namespace StdSearch.Tests.Text;

public class TextFolderTests
{
    private static readonly TextFolder Folder = TextFolder.Default;

    public static IEnumerable<TestCaseData> CharacterPairs() =>
        TestDataFile.Rows("Text", "traditional-simplified-chars.tsv")
            .Select(r => new TestCaseData(r[0], r[1]).SetName($"Traditional_{r[0]}_folds_to_{r[1]}"));

    [TestCaseSource(nameof(CharacterPairs))]
    public void Traditional_character_folds_to_simplified(string traditional, string simplified)
    {
        Assert.That(Folder.FoldToString(traditional), Is.EqualTo(simplified));
        Assert.That(Folder.FoldToString(simplified), Is.EqualTo(simplified), "Simplified text must fold to itself");
    }

    [Test]
    public void The_character_list_has_at_least_200_pairs() =>
        Assert.That(TestDataFile.Rows("Text", "traditional-simplified-chars.tsv").Count(), Is.GreaterThanOrEqualTo(200));

    [TestCase("企業标準", "企业标准")]
    [TestCase("國家标準", "国家标准")]
    [TestCase("中華人民共和國國家標準", "中华人民共和国国家标准")]
    public void Mixed_script_runs_fold_to_simplified(string mixed, string expected) =>
        Assert.That(Folder.FoldToString(mixed), Is.EqualTo(expected));

    [TestCase("軟體", "软件")]
    [TestCase("資訊安全", "信息安全")]
    [TestCase("網路", "网络")]
    [TestCase("位元組", "字节")]
    [TestCase("積體電路", "集成电路")]
    [TestCase("伺服器", "服务器")]
    [TestCase("事件紀錄", "事件记录")]
    public void Taiwan_vocabulary_folds_to_mainland_words(string taiwan, string mainland) =>
        Assert.That(Folder.FoldToString(taiwan), Is.EqualTo(mainland));

    [TestCase("方程式", "方程式")]
    [TestCase("单位元件", "单位元件")]
    [TestCase("资料", "资料")]
    public void Vocabulary_folding_leaves_lookalike_words_alone(string text, string expected) =>
        Assert.That(Folder.FoldToString(text), Is.EqualTo(expected));

    [TestCase("ＧＢ／Ｔ　７７１４－２０１５", "gb/t 7714-2015")]
    [TestCase("GB/T 7714—2015", "gb/t 7714-2015")]
    [TestCase("GB/T 7714–2015", "gb/t 7714-2015")]
    [TestCase("（２０～２５）℃", "(20~25)℃")]
    [TestCase("20 ℃〜25 ℃", "20 ℃~25 ℃")]
    [TestCase("≦5", "≤5")]
    [TestCase("5 µm", "5 μm")]
    [TestCase("ISO/IEC 14496-12:2012(E)", "iso/iec 14496-12:2012(e)")]
    public void Width_case_dashes_and_symbols_fold(string text, string expected) =>
        Assert.That(Folder.FoldToString(text), Is.EqualTo(expected));

    [Test]
    public void Folding_keeps_offsets_into_the_original_text()
    {
        const string original = "終端應在註冊成功後發送位元組資料";
        var folded = Folder.Fold(original);
        Assert.That(folded.Text, Is.EqualTo("终端应在注册成功后发送字节资料"));
        // "字节" replaced the three characters 位元組: its first character points at 位, and the text after it lines up again.
        var at = folded.Text.IndexOf("字节", StringComparison.Ordinal);
        Assert.That(original[folded.ToOriginal(at)], Is.EqualTo('位'));
        var after = folded.Text.IndexOf("资料", StringComparison.Ordinal);
        Assert.That(original.Substring(folded.ToOriginal(after), 2), Is.EqualTo("資料"));
        Assert.That(folded.ToOriginal(folded.Text.Length), Is.EqualTo(original.Length));
    }

    [Test]
    public void The_ICU_table_folds_thousands_of_traditional_characters() =>
        Assert.That(Folder.TraditionalCharacterCount, Is.GreaterThan(2000));
}
