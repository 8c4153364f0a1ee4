using System.Text;
using StdSearch.Extraction.Tables;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Extraction.Tables;

public class DelimitedTextReaderTests
{
    [Test]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks_and_rows_keep_their_first_line()
    {
        var rows = DelimitedTextReader.Parse("标准号,标准名称\r\n\"GB/T 1, 2\",\"油罐\"\"呼吸阀\"\"\"\r\nDB22/T 4001—2024,\"散装油脂储运\r\n安全管理规范\"\r\nGB 2716,植物油");
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 5 }));
        Assert.That(rows[1].Cells, Is.EqualTo(new[] { "GB/T 1, 2", "油罐\"呼吸阀\"" }));
        Assert.That(rows[2].Cells, Is.EqualTo(new[] { "DB22/T 4001—2024", "散装油脂储运\n安全管理规范" }));
        Assert.That(rows.All(r => r.Error is null), Is.True);
    }

    [Test]
    public void Tab_separated_text_with_old_mac_line_ends_is_split_on_tabs()
    {
        var rows = DelimitedTextReader.Parse("标准号\t状态\rGB/T 31999—2021\t现行\rLS/T 1998—2016\t废止\r");
        Assert.That(rows.Select(r => r.Cells), Is.EqualTo(new[]
        {
            new[] { "标准号", "状态" }, new[] { "GB/T 31999—2021", "现行" }, new[] { "LS/T 1998—2016", "废止" },
        }));
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void A_quote_left_open_is_reported_on_its_record_and_not_guessed()
    {
        var rows = DelimitedTextReader.Parse("a,b\n1,\"open\n2,x\n");
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[1].Line, Is.EqualTo(2));
        Assert.That(rows[1].Error, Is.EqualTo("the quote opened in field 2 is never closed"));
    }

    [Test]
    public void The_sample_catalogue_decodes_the_same_from_utf8_with_bom_and_gb18030()
    {
        var utf8 = DelimitedTextReader.Read(File.ReadAllBytes(CorpusSamples.PathOf("catalogue", "jl-catalogue.csv")));
        var gb = DelimitedTextReader.Read(File.ReadAllBytes(CorpusSamples.PathOf("catalogue", "jl-catalogue-gb18030.csv")));
        Assert.That(utf8[0].Cells[0], Does.StartWith("吉林省"), "no BOM left before the first cell");
        Assert.That(utf8[2].Cells[1], Is.EqualTo("标准号"));
        Assert.That(gb.Select(r => string.Join("|", r.Cells)), Is.EqualTo(utf8.Select(r => string.Join("|", r.Cells))));
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(CorpusSamples.PathOf("catalogue", "jl-catalogue-gb18030.csv"))), Does.Contain("\uFFFD"),
            "the GB18030 file is not UTF-8");
    }
}
