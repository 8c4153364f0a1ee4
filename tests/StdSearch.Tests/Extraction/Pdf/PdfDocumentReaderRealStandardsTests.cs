using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Pdf;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Extraction.Pdf;

/// <summary>
/// The PDF reader on real published standards (outside the repository; skipped when absent). Expectations are
/// written by hand from the rendered pages: clause numbers, headings, page counts.
/// </summary>
[TestFixture]
public sealed class PdfDocumentReaderRealStandardsTests
{
    private readonly PdfDocumentReader _reader = new();

    private LayoutDocument Read(string fileName) =>
        _reader.Read(RealStandards.Read(fileName), fileName, ExtractionOptions.Default);

    private ExtractionException Fails(string fileName)
    {
        // Read the bytes first: a missing corpus must skip the test, not count as "no exception thrown".
        var bytes = RealStandards.Read(fileName);
        return Assert.Throws<ExtractionException>(() => _reader.Read(bytes, fileName, ExtractionOptions.Default))!;
    }

    [Test]
    public void Copy_protected_JT_T_808_2011_opens_with_all_its_pages()
    {
        var doc = Read("JT-T-808-2011.pdf");

        Assert.That(doc.PageCount, Is.EqualTo(41));
        Assert.That(doc.Format, Is.EqualTo(SourceFormat.Pdf));
        Assert.That(doc.Warnings, Is.Empty);
    }

    [Test]
    public void Justified_clause_numbers_are_joined()
    {
        var texts = Read("JT-T-808-2011.pdf").Lines.Select(l => l.Text).ToList();

        Assert.That(texts, Does.Contain("3.1.7"));
        Assert.That(texts, Does.Contain("3.1 术语和定义"), "a clause number keeps one space before its heading");
        Assert.That(texts.Any(t => t.Contains("3. 1", StringComparison.Ordinal)), Is.False);
        Assert.That(texts.Any(t => t.Contains("2011- 05", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Letter_spaced_cover_heading_is_joined()
    {
        var cover = Read("JT-T-808-2011.pdf").Lines.Where(l => l.Page == 1).Select(l => l.Text).ToList();

        Assert.That(cover, Does.Contain("中华人民共和国交通运输行业标准"));
        Assert.That(cover, Does.Contain("JT/T 808—2011"), "the cover's number, with the spaces around the slash removed");
    }

    [Test]
    public void Running_header_and_page_numbers_are_removed()
    {
        var body = Read("JT-T-808-2011.pdf").Lines.Where(l => l.Page > 1 && l.Cells is null).ToList();

        Assert.That(body.Where(l => l.Text == "JT/T 808—2011"), Is.Empty);
        Assert.That(body.Where(l => l.Text is "Ⅰ" or "Ⅱ" or "1" or "2" or "3"), Is.Empty);
    }

    [Test]
    public void Ruled_tables_become_rows_with_cells()
    {
        var rows = Read("JT-T-808-2011.pdf").Lines.Where(l => l.Cells is not null).ToList();

        var header = rows.FirstOrDefault(r => r.Cells!.SequenceEqual(["起始字节", "字段", "数据类型", "描述及要求"]));
        Assert.That(header, Is.Not.Null);
        Assert.That(header!.Text, Is.EqualTo("起始字节 | 字段 | 数据类型 | 描述及要求"));
        Assert.That(rows.Any(r => r.Cells!.Count == 2 && r.Cells[0] == "DWORD"), Is.True);
    }

    [Test]
    public void Headings_are_bold_and_titles_centred()
    {
        var lines = Read("JT-T-808-2011.pdf").Lines;

        var scope = lines.First(l => l.Text == "1 范围");
        Assert.That(scope.IsBold, Is.True);
        Assert.That(scope.IsCentered, Is.False);
        Assert.That(scope.FontSize, Is.EqualTo(10.3).Within(0.2));
        var foreword = lines.First(l => l.Text == "前言");
        Assert.That(foreword.IsCentered, Is.True);
        Assert.That(foreword.Page, Is.EqualTo(3));
    }

    [Test]
    public void Garbled_text_layer_is_refused()
    {
        Assert.That(Fails("JT-T-808-2019.pdf").Reason, Is.EqualTo(ExtractionFailure.GarbledText));
    }

    [Test]
    public void Image_only_scan_is_refused()
    {
        Assert.That(Fails("GB-T-32960.3-2016.pdf").Reason, Is.EqualTo(ExtractionFailure.NoTextLayer));
    }

    [Test]
    public void Outlined_cover_is_reported_and_the_rest_is_read()
    {
        var doc = Read("JT-T-1078-2016.pdf");

        Assert.That(doc.Warnings.Select(w => (w.Code, w.Page)), Is.EqualTo(new[] { (WarningCode.PageWithoutText, (int?)1) }));
        Assert.That(doc.Lines.Any(l => l.Page == 1), Is.False);
        Assert.That(doc.Lines.Select(l => l.Text), Does.Contain("3.1 术语和定义"));
    }

    [Test]
    public void English_standard_keeps_its_word_spaces()
    {
        var lines = Read("ISO-IEC-14496-12-2005.pdf").Lines;
        var texts = lines.Select(l => l.Text).ToList();

        Assert.That(texts.Any(t => t.StartsWith("The ", StringComparison.Ordinal) && t.Contains(" box ", StringComparison.Ordinal)), Is.True);
        Assert.That(texts, Does.Contain("3 Definitions"));
        Assert.That(texts.Any(t => t.Contains("fol owing", StringComparison.Ordinal)), Is.False, "doubled letters are not overprint");
        Assert.That(lines.Where(l => l.Page > 1).Select(l => l.Text), Does.Not.Contain("ISO/IEC 14496-12:2005(E)"),
            "the running header goes; the cover's reference number stays");
        Assert.That(texts.Any(t => t.StartsWith("© ISO/IEC 2005 – All rights reserved", StringComparison.Ordinal) && t.Length > 40), Is.False,
            "footer with page number removed");
    }

    [Test]
    public void Positioned_glyph_runs_give_whole_clause_headings()
    {
        var texts = Read("GB-T-28181-2016.pdf").Lines.Select(l => l.Text).ToList();

        // Verified on the rendered page 15 (pdftotext -layout splits them into "4." / "2." / "3 ...").
        Assert.That(texts, Does.Contain("4.2.3 媒体网关"));
        Assert.That(texts, Does.Contain("4.3 联网系统通信协议结构"));
        Assert.That(texts, Does.Contain("4.3.1 概述"));
        Assert.That(texts.Count(t => t is "4." or "2." or "3."), Is.LessThan(5), "number stubs are rejoined");
        Assert.That(texts, Does.Not.Contain("GB/T 28181—2016"));
    }

    [Test]
    public void Retyped_standard_reads_quickly_and_completely()
    {
        var doc = Read("GB-T-3179-1992.pdf");

        Assert.That(doc.PageCount, Is.EqualTo(8));
        Assert.That(doc.Lines.Count, Is.GreaterThan(200));
        Assert.That(doc.Lines.Select(l => l.Page).Distinct().Count(), Is.EqualTo(8));
    }

    [Test]
    public void Half_a_real_file_is_truncated_or_corrupt()
    {
        var bytes = RealStandards.Read("JT-T-808-2011.pdf");

        var ex = Assert.Throws<ExtractionException>(() => _reader.Read(bytes.AsMemory(0, bytes.Length / 2), "half.pdf", ExtractionOptions.Default));

        Assert.That(ex!.Reason, Is.AnyOf(ExtractionFailure.Truncated, ExtractionFailure.Corrupt));
        Assert.That(ex.FileName, Is.EqualTo("half.pdf"));
    }
}
