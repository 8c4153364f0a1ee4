using System.Text;
using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Html;

namespace StdSearch.Tests.Extraction;

[TestFixture]
public sealed class HtmlDocumentReaderTests
{
    private static readonly HtmlDocumentReader Reader = new();

    private static Encoding Gbk => CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private static string TestData(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Html", name);

    private static Task<LayoutDocument> ReadAsync(byte[] bytes, string name = "page.html") =>
        Reader.ReadAsync(bytes, name, ExtractionOptions.Default);

    [Test]
    public async Task Portal_page_keeps_the_article_and_drops_navigation_ads_scripts_and_footer()
    {
        var layout = await ReadAsync(await File.ReadAllBytesAsync(TestData("portal-notice.html")), "portal-notice.html");
        var text = string.Join("\n", layout.Lines.Select(l => l.Text));

        Assert.Multiple(() =>
        {
            Assert.That(layout.Format, Is.EqualTo(SourceFormat.Html));
            Assert.That(layout.Lines[0].Text, Is.EqualTo("关于发布《电动汽车远程服务与管理系统技术规范》的公告"));
            Assert.That(layout.Lines[0].HeadingLevel, Is.EqualTo(1));
            Assert.That(text, Does.Contain("GB/T 32960.3—2016《电动汽车远程服务与管理系统技术规范第3部分：通信协议及数据格式》"),
                "a source line break between Chinese characters leaves no space");
            foreach (var noise in new[] { "首页", "政务公开", "当前位置", "栏目导航", "分享到", "相关阅读", "广告", "版权所有", "统计代码", "color:red", "欢迎您" })
                Assert.That(text, Does.Not.Contain(noise), noise);
        });

        var warning = layout.Warnings.Single(w => w.Code == WarningCode.NoiseRemoved);
        Assert.That(warning.Message, Does.Match(@"Dropped \d+ characters"));
        var dropped = int.Parse(System.Text.RegularExpressions.Regex.Match(warning.Message, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(dropped, Is.GreaterThan(100), "navigation, sidebar, ad and footer text is counted");
    }

    [Test]
    public async Task Block_elements_headings_breaks_and_tables_become_lines()
    {
        var layout = await ReadAsync(await File.ReadAllBytesAsync(TestData("portal-notice.html")));
        var lines = layout.Lines;
        LayoutLine Find(string start) => lines.First(l => l.Text.StartsWith(start, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Find("一、主要技术内容").HeadingLevel, Is.EqualTo(2));
            Assert.That(Find("本文件规定了").Text, Is.EqualTo("本文件规定了电动汽车远程服务与管理系统的通信协议结构、通信连接、数据包结构与定义。"));
            Assert.That(Find("本文件规定了").StartsParagraph, Is.True);
            Assert.That(Find("数据单元格式见表1。").StartsParagraph, Is.False, "a <br> continues the paragraph");
            Assert.That(Find("数据单元 |").Cells, Is.EqualTo(new[] { "数据单元", "长度/字节", "说明" }));
            Assert.That(Find("数据单元 |").IsBold, Is.True);
            Assert.That(Find("整车数据").Cells, Is.EqualTo(new[] { "整车数据", "20", "见7.2.3.1" }));
            Assert.That(Find("整车数据").Text, Is.EqualTo("整车数据 | 20 | 见7.2.3.1"));
            Assert.That(Find("某省市场监督管理局").IsCentered, Is.True);
            Assert.That(Find("根据").Text, Does.StartWith("根据《中华人民共和国标准化法》"), "indentation spaces are trimmed");
        });
    }

    [Test]
    public async Task Gbk_page_is_decoded_from_its_meta_charset()
    {
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>标准</title></head>"
            + "<body><div class=\"content\"><h2>4 要求</h2><p>4.1 产品的含水量应不大于0.5%。</p></div></body></html>";
        var bytes = Gbk.GetBytes(html);
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("要求"), "the test bytes really are GBK");

        var layout = await ReadAsync(bytes);
        Assert.That(layout.Lines.Select(l => l.Text), Is.EqualTo(new[] { "4 要求", "4.1 产品的含水量应不大于0.5%。" }));
    }

    [Test]
    public async Task Gbk_page_without_a_declaration_falls_back_to_gb18030()
    {
        var bytes = Gbk.GetBytes("<html><body><p>本标准规定了汽车行驶记录仪的技术要求。</p></body></html>");
        var layout = await ReadAsync(bytes);
        Assert.That(layout.Lines.Single().Text, Is.EqualTo("本标准规定了汽车行驶记录仪的技术要求。"));
    }

    [Test]
    public async Task Page_declared_gbk_but_saved_as_utf8_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gbk\"></head><body><p>术语和定义</p></body></html>");
        var layout = await ReadAsync(bytes);
        Assert.That(layout.Lines.Single().Text, Is.EqualTo("术语和定义"));
    }

    [Test]
    public async Task A_wrapper_named_like_a_sidebar_that_holds_the_page_is_kept()
    {
        var body = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>第{i}条 生产企业应当建立质量管理体系，并保持有效运行。</p>"));
        var bytes = Encoding.UTF8.GetBytes($"<html><body><div id=\"main-with-sidebar\">{body}</div></body></html>");
        var layout = await ReadAsync(bytes);
        Assert.That(layout.Lines, Has.Count.EqualTo(5));
        Assert.That(layout.Warnings, Is.Empty);
    }

    [Test]
    public async Task A_form_that_wraps_the_whole_page_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><form id=\"form1\" method=\"post\"><div class=\"nav\"><a href=\"/\">首页</a></div>"
            + "<div><p>1 范围</p><p>本文件规定了道路运输车辆卫星定位系统终端的技术要求。</p></div></form></body></html>");
        var layout = await ReadAsync(bytes);
        Assert.That(layout.Lines.Select(l => l.Text), Is.EqualTo(new[] { "1 范围", "本文件规定了道路运输车辆卫星定位系统终端的技术要求。" }));
    }

    [Test]
    public void Page_without_text_is_empty()
    {
        var ex = Assert.ThrowsAsync<ExtractionException>(() => ReadAsync(Encoding.UTF8.GetBytes("<html><body><script>x()</script><nav><a>首页</a></nav></body></html>")));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.Empty));
    }

    [TestCase("<!DOCTYPE html><html><body>x</body></html>", true)]
    [TestCase("\uFEFF  \n<HTML><BODY>x</BODY></HTML>", true)]
    [TestCase("<meta charset=gbk><p>x", true)]
    [TestCase("<div class=x>正文</div>", true)]
    [TestCase("<p>段落</p>", true)]
    [TestCase("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"><html>", true)]
    [TestCase("# 标题\n\n正文中提到 <p> 标签", false)]
    [TestCase("<?xml version=\"1.0\"?><root><item/></root>", false)]
    [TestCase("%PDF-1.4", false)]
    public void Can_read_markup_only(string start, bool expected) =>
        Assert.That(Reader.CanRead(Encoding.UTF8.GetBytes(start)), Is.EqualTo(expected));

    [TestCase("gb2312", 54936)]
    [TestCase("GBK", 54936)]
    [TestCase("big5", 950)]
    [TestCase("utf-8", 65001)]
    public void Declared_charsets_map_to_encodings(string label, int codePage)
    {
        var html = Encoding.ASCII.GetBytes($"<html><head><meta charset=\"{label}\"></head>");
        Assert.That(HtmlDocumentReader.DeclaredCharset(html), Is.EqualTo(label));
        Assert.That(TextDecodingProbe.CodePage(label), Is.EqualTo(codePage));
    }

    private static class TextDecodingProbe
    {
        public static int? CodePage(string label) => StdSearch.Extraction.TextDecoding.ByName(label)?.CodePage;
    }
}
