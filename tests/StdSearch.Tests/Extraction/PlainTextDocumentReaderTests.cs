using System.Text;
using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.PlainText;

namespace StdSearch.Tests.Extraction;

[TestFixture]
public sealed class PlainTextDocumentReaderTests
{
    private static readonly PlainTextDocumentReader Reader = new();

    private const string Markdown = """
        # GB/T 7714—2015 信息与文献 参考文献著录规则

        ## 1 范围
        本标准规定了各个学科、各种类型信息资源的**参考文献**的著录项目。
        本标准适用于著者和编辑著录参考文献。

        **表1 文献类型和标识代码**

        | 参考文献类型 | 文献类型标识代码 |
        |---|:---:|
        | 普通图书 | M |
        | 会议录 | C |

        ### 3.1 
        末尾段落。
        """;

    private static async Task<IReadOnlyList<LayoutLine>> ReadAsync(byte[] bytes) =>
        (await Reader.ReadAsync(bytes, "doc.md", ExtractionOptions.Default)).Lines;

    private static byte[] WithBom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    [Test]
    public async Task Markdown_headings_tables_and_emphasis_become_layout()
    {
        var lines = await ReadAsync(Encoding.UTF8.GetBytes(Markdown));
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[]
        {
            "GB/T 7714—2015 信息与文献 参考文献著录规则",
            "1 范围",
            "本标准规定了各个学科、各种类型信息资源的参考文献的著录项目。",
            "本标准适用于著者和编辑著录参考文献。",
            "表1 文献类型和标识代码",
            "参考文献类型 | 文献类型标识代码",
            "普通图书 | M",
            "会议录 | C",
            "3.1",
            "末尾段落。",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => l.HeadingLevel), Is.EqualTo(new[] { 1, 2, 0, 0, 0, 0, 0, 0, 3, 0 }));
            Assert.That(lines.Select(l => l.StartsParagraph), Is.EqualTo(new[] { true, true, true, false, true, true, true, true, true, true }));
            Assert.That(lines[4].IsBold, Is.True, "a line wrapped in ** is bold");
            Assert.That(lines[2].IsBold, Is.False);
            Assert.That(lines[6].Cells, Is.EqualTo(new[] { "普通图书", "M" }));
            Assert.That(lines.Count(l => l.Cells is not null), Is.EqualTo(3), "the |---| separator is not a row");
        });
    }

    [Test]
    public async Task Utf8_with_and_without_bom_read_alike()
    {
        var plain = await ReadAsync(Encoding.UTF8.GetBytes(Markdown));
        var bom = await ReadAsync(WithBom(new UTF8Encoding(true), Markdown));
        Assert.That(bom.Select(l => l.Text), Is.EqualTo(plain.Select(l => l.Text)));
        Assert.That(bom[0].Text, Does.StartWith("GB/T"), "the BOM is not part of the text");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Utf16_with_bom_is_decoded(bool bigEndian)
    {
        var bytes = WithBom(new UnicodeEncoding(bigEndian, true), "4 要求\r\n4.1 含水量应不大于 0.5%。\r\n");
        Assert.That(Reader.CanRead(bytes), Is.True, "NUL bytes of UTF-16 are fine after a BOM");
        var lines = await ReadAsync(bytes);
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "4 要求", "4.1 含水量应不大于 0.5%。" }));
    }

    [Test]
    public async Task Gb18030_text_is_recognised_and_decoded()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var bytes = gb.GetBytes("JT/T 808—2011\n道路运输车辆卫星定位系统 终端通讯协议及数据格式\n");
        Assert.That(System.Text.Unicode.Utf8.IsValid(bytes), Is.False, "the test bytes are not UTF-8");
        Assert.That(Reader.CanRead(bytes), Is.True);
        var lines = await ReadAsync(bytes);
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "JT/T 808—2011", "道路运输车辆卫星定位系统 终端通讯协议及数据格式" }));
    }

    [Test]
    public async Task Plain_text_spaces_and_indentation_are_normalised()
    {
        var lines = await ReadAsync(Encoding.UTF8.GetBytes("　　本标准由全国信息与文献标准化技术委员会（SAC/TC 4）归口。   \n\n\tGB/T  3179—2009\n"));
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "本标准由全国信息与文献标准化技术委员会（SAC/TC 4）归口。", "GB/T 3179—2009" }));
        Assert.That(lines.All(l => l.StartsParagraph), Is.True);
    }

    [Test]
    public void Binary_content_is_not_text()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        Assert.Multiple(() =>
        {
            Assert.That(Reader.CanRead(random), Is.False, "random bytes");
            Assert.That(Reader.CanRead([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), Is.False, "PNG");
            Assert.That(Reader.CanRead("abc\x01\x02\x03\x04\x05\x06"u8), Is.False, "control characters");
            Assert.That(Reader.CanRead("1 范围"u8), Is.True);
        });
    }

    [Test]
    public void Text_cut_inside_a_multibyte_character_at_the_header_limit_is_still_text()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('标', 3000)); // 9000 bytes: 8 KiB cuts a character
        Assert.That(Reader.CanRead(bytes.AsSpan(0, 8192)), Is.True);
    }
}
