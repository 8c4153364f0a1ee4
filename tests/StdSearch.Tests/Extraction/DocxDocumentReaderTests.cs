using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Docx;
using static StdSearch.Tests.Extraction.TestDocx;
using V = DocumentFormat.OpenXml.Vml;

namespace StdSearch.Tests.Extraction;

[TestFixture]
public sealed class DocxDocumentReaderTests
{
    private static readonly DocxDocumentReader Reader = new();

    private static async Task<IReadOnlyList<LayoutLine>> ReadAsync(byte[] docx) =>
        (await Reader.ReadAsync(docx, "test.docx", ExtractionOptions.Default)).Lines;

    private static LayoutLine Line(IReadOnlyList<LayoutLine> lines, string text) =>
        lines.SingleOrDefault(l => l.Text == text) ?? throw new AssertionException($"no line \"{text}\" in:\n{string.Join("\n", lines.Select(l => l.Text))}");

    [Test]
    public async Task Clause_numbers_come_from_word_list_definitions_not_the_text()
    {
        var lines = await ReadAsync(Build(
            P("范围", Heading1, ClauseList, 0),
            P("本文件规定了产品的要求。"),
            P("要求", Heading1, ClauseList, 0),
            P("外观", Heading2, ClauseList, 1),
            P("表面应光洁；", numId: ItemList),
            P("无裂纹。", numId: ItemList),
            P("尺寸", Heading2, ClauseList, 1),
            P("长度", numId: ClauseList, level: 2),
            P("试验方法", Heading1, ClauseList, 0),
            P("外观检查", Heading2, ClauseList, 1),
            P("目测。", numId: ItemListRestarted)));

        var labels = lines.Select(l => (l.NumberingLabel, l.Text)).ToList();
        Assert.That(labels, Is.EqualTo(new[]
        {
            ("1", "范围"), ("", "本文件规定了产品的要求。"), ("2", "要求"), ("2.1", "外观"), ("a)", "表面应光洁；"), ("b)", "无裂纹。"),
            ("2.2", "尺寸"), ("2.2.1", "长度"), ("3", "试验方法"), ("3.1", "外观检查"), ("a)", "目测。"),
        }));
    }

    [Test]
    public async Task Heading_levels_come_from_style_names_in_english_chinese_and_drafting_templates()
    {
        var lines = await ReadAsync(Build(
            P("术语和定义", Heading1),
            P("一般要求", Heading2),
            P("细则", Heading3Chinese),
            P("检验规则", ChapterStyle),
            P("正文段落。")));

        Assert.Multiple(() =>
        {
            Assert.That(Line(lines, "术语和定义").HeadingLevel, Is.EqualTo(1));
            Assert.That(Line(lines, "一般要求").HeadingLevel, Is.EqualTo(2));
            Assert.That(Line(lines, "细则").HeadingLevel, Is.EqualTo(3));
            Assert.That(Line(lines, "检验规则").HeadingLevel, Is.EqualTo(1));
            Assert.That(Line(lines, "正文段落。").HeadingLevel, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Outline_level_on_the_paragraph_overrides_the_style()
    {
        var paragraph = P("附录A", Heading1);
        paragraph.ParagraphProperties!.Append(new OutlineLevel { Val = 2 });
        var lines = await ReadAsync(Build(paragraph));
        Assert.That(lines.Single().HeadingLevel, Is.EqualTo(3));
    }

    [Test]
    public async Task Chinese_counting_dash_bullets_and_style_carried_numbering_get_labels()
    {
        var lines = await ReadAsync(Build(
            P("总则", numId: ChineseList),
            P("适用范围", numId: ChineseList),
            P("第一项；", numId: DashList),
            P("第一条", NumberedClause),
            P("第二条", NumberedClause)));

        Assert.That(lines.Select(l => l.NumberingLabel), Is.EqualTo(new[] { "一、", "二、", "——", "1", "2" }));
    }

    [Test]
    public async Task Table_rows_become_lines_with_cells()
    {
        var lines = await ReadAsync(Build(
            P("表1 技术要求", center: true),
            Table(["项目", "指标", "试验方法"], ["水分/%", "≤ 0.5", "5.1"], ["", "", ""]),
            P("表后段落。")));

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "表1 技术要求", "项目 | 指标 | 试验方法", "水分/% | ≤ 0.5 | 5.1", "表后段落。" }));
        Assert.Multiple(() =>
        {
            Assert.That(lines[1].Cells, Is.EqualTo(new[] { "项目", "指标", "试验方法" }));
            Assert.That(lines[1].IsBold, Is.True, "header row is bold");
            Assert.That(lines[2].Cells, Is.EqualTo(new[] { "水分/%", "≤ 0.5", "5.1" }));
            Assert.That(lines[2].IsBold, Is.False);
            Assert.That(lines[0].Cells, Is.Null);
            Assert.That(lines[0].IsCentered, Is.True);
        });
    }

    [Test]
    public async Task Bold_centring_and_font_size_come_from_runs_and_styles()
    {
        var lines = await ReadAsync(Build(
            P("中华人民共和国国家标准", bold: true, center: true),
            P("范围", Heading1),
            P("普通段落")));

        Assert.Multiple(() =>
        {
            Assert.That(lines[0].IsBold, Is.True);
            Assert.That(lines[0].IsCentered, Is.True);
            Assert.That(lines[1].IsBold, Is.True, "bold from the heading style");
            Assert.That(lines[1].FontSize, Is.EqualTo(14));
            Assert.That(lines[2].IsBold, Is.False);
            Assert.That(lines[2].IsCentered, Is.False);
            Assert.That(lines[2].FontSize, Is.EqualTo(10.5), "size from the document defaults");
            Assert.That(lines.All(l => l.StartsParagraph && l.Page == 0), Is.True);
        });
    }

    [Test]
    public async Task Soft_line_breaks_join_chinese_without_a_space_and_latin_with_one()
    {
        var chinese = new Paragraph(R("第1部分："), new Run(new Break()), R("通用要求"));
        var latin = new Paragraph(R("Part 1:"), new Run(new Break()), R("General requirements"));
        var lines = await ReadAsync(Build(chinese, latin));
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "第1部分：通用要求", "Part 1: General requirements" }));
    }

    [Test]
    public async Task Text_boxes_follow_their_paragraph_and_deleted_text_is_left_out()
    {
        var withBox = new Paragraph(
            R("正文"),
            new Run(new Picture(new V.Shape(new V.TextBox(new TextBoxContent(new Paragraph(R("文本框中的说明"))))))),
            new DeletedRun(new Run(new DeletedText("被删除的文字"))));
        var lines = await ReadAsync(Build(withBox, P("下一段")));
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "正文", "文本框中的说明", "下一段" }));
    }

    [Test]
    public async Task Symbol_font_characters_become_unicode()
    {
        var paragraph = new Paragraph(R("含水量"), new Run(new SymbolChar { Font = "Symbol", Char = "F0A3" }), R(" 0.5%"));
        var lines = await ReadAsync(Build(paragraph));
        Assert.That(lines.Single().Text, Is.EqualTo("含水量≤ 0.5%"));
    }

    [Test]
    public void Zip_without_word_document_is_unsupported()
    {
        var zip = Zip(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>"));
        var ex = Assert.ThrowsAsync<ExtractionException>(() => Reader.ReadAsync(zip, "table.docx", ExtractionOptions.Default));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Message, Does.Contain("table.docx").And.Contain("Excel"));
    }

    [Test]
    public void Truncated_docx_is_corrupt()
    {
        var docx = Build(P("范围", Heading1, ClauseList, 0), P(new string('文', 2000)));
        var truncated = docx[..(docx.Length * 2 / 3)];
        var ex = Assert.ThrowsAsync<ExtractionException>(() => Reader.ReadAsync(truncated, "cut.docx", ExtractionOptions.Default));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.Corrupt));
        Assert.That(ex.FileName, Is.EqualTo("cut.docx"));
    }

    [Test]
    public void Encrypted_office_file_is_reported_as_encrypted()
    {
        var ole = Ole("EncryptionInfo", "EncryptedPackage");
        Assert.That(Reader.CanRead(ole), Is.True);
        var ex = Assert.ThrowsAsync<ExtractionException>(() => Reader.ReadAsync(ole, "secret.docx", ExtractionOptions.Default));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.Encrypted));
    }

    [Test]
    public void Legacy_doc_is_unsupported_with_advice_to_save_as_docx()
    {
        var ex = Assert.ThrowsAsync<ExtractionException>(() => Reader.ReadAsync(Ole("WordDocument", "1Table"), "old.doc", ExtractionOptions.Default));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Message, Does.Contain(".docx"));
    }

    [Test]
    public void Can_read_zip_and_ole_but_not_pdf_or_text()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Reader.CanRead(Build(P("x"))), Is.True);
            Assert.That(Reader.CanRead("%PDF-1.7"u8), Is.False);
            Assert.That(Reader.CanRead("1 范围"u8), Is.False);
        });
    }

    [Test]
    public async Task Real_draft_docx_yields_its_text_and_word_numbering()
    {
        var path = ExtractionTestFiles.RealStandardOrIgnore("DL-T-667-1999.docx");
        var layout = await Reader.ReadAsync(await File.ReadAllBytesAsync(path), path, ExtractionOptions.Default);
        var lines = layout.Lines;
        TestContext.Out.WriteLine($"{lines.Count} lines, {lines.Count(l => l.NumberingLabel.Length > 0)} numbered, {lines.Count(l => l.Cells is not null)} table rows");

        Assert.Multiple(() =>
        {
            Assert.That(layout.SourceName, Is.EqualTo("DL-T-667-1999.docx"));
            Assert.That(layout.Format, Is.EqualTo(SourceFormat.Docx));
            Assert.That(lines, Has.Count.GreaterThan(1000));
            Assert.That(lines[0].Text, Is.EqualTo("中华人民共和国电力行业标准"));
            Assert.That(lines[0].IsCentered, Is.True);
            Assert.That(lines.Any(l => l.Text.Replace(" ", "") == "前言"), Is.True, "the foreword heading (printed spaced out)");
            Assert.That(lines.Any(l => l.Text.Contains("IEC 60870-5-103", StringComparison.Ordinal)), Is.True);
            Assert.That(lines.Count(l => l.Cells is not null), Is.GreaterThan(50), "the document's tables come as rows");
            Assert.That(lines.Count(l => l.NumberingLabel.Length > 0), Is.GreaterThan(20), "clause numbers live in Word's numbering");
            Assert.That(lines.All(l => l.Text.Length > 0 && l.Text == l.Text.Trim()), Is.True);
        });
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        return stream.ToArray();
    }

    /// <summary>An OLE compound-file header followed by directory entry names (UTF-16), as the reader inspects them.</summary>
    private static byte[] Ole(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }
        return [.. bytes];
    }
}
