using NUnit.Framework;
using StdSearch.Extraction.Pdf;

namespace StdSearch.Tests.Extraction.Pdf;

/// <summary>The layout rules on hand-placed glyphs: joining, line grouping, furniture, garble detection, stitching.</summary>
[TestFixture]
public sealed class PdfLayoutRulesTests
{
    /// <summary>Places glyphs left to right: each string is one glyph, with its advance; a space string is a gap of that many ems.</summary>
    private static List<PdfGlyph> Place(double size, double baseline, params (string Text, double Advance, double GapAfter)[] glyphs)
    {
        var x = 72.0;
        var result = new List<PdfGlyph>();
        foreach (var (text, advance, gap) in glyphs)
        {
            result.Add(new PdfGlyph(text, x, x + (advance * size), baseline, size, false));
            x += (advance + gap) * size;
        }

        return result;
    }

    private static List<PdfGlyph> Cjk(string text, double gapEm, double size = 10, double baseline = 700) =>
        Place(size, baseline, text.Select(c => (c.ToString(), 1.0, gapEm)).ToArray());

    private static List<PdfGlyph> Latin(string text, double size = 10, double baseline = 700) =>
        Place(size, baseline, text.Select(c => c == ' ' ? (" ", 0.28, 0.0) : (c.ToString(), 0.5, 0.0)).ToArray());

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(2.5)]
    public void Letter_spaced_chinese_is_joined(double gapEm) =>
        Assert.That(GlyphTextJoiner.Join(Cjk("中华人民共和国", gapEm)), Is.EqualTo("中华人民共和国"));

    [Test]
    public void Chinese_pieces_a_column_apart_get_one_space() =>
        Assert.That(GlyphTextJoiner.Join(Cjk("部发", 6)), Is.EqualTo("部 发"));

    [Test]
    public void Justified_number_is_joined_but_its_heading_keeps_a_space()
    {
        var glyphs = Place(10, 700, ("3", 0.5, 0.05), (".", 0.25, 0.3), ("1", 0.5, 0.05), (".", 0.25, 0.3), ("7", 0.5, 1.0), ("术", 1, 0), ("语", 1, 0));

        Assert.That(GlyphTextJoiner.Join(glyphs), Is.EqualTo("3.1.7 术语"));
    }

    [Test]
    public void Spaced_dates_and_slashes_are_joined()
    {
        var date = Place(10, 700, ("2", 0.5, 0), ("0", 0.5, 0), ("1", 0.5, 0), ("1", 0.5, 0), ("-", 0.33, 0.3), ("0", 0.5, 0), ("5", 0.5, 0));
        var id = Place(10, 700, ("J", 0.5, 0), ("T", 0.5, 0.3), ("/", 0.3, 0.3), ("T", 0.5, 0));

        Assert.That(GlyphTextJoiner.Join(date), Is.EqualTo("2011-05"));
        Assert.That(GlyphTextJoiner.Join(id), Is.EqualTo("JT/T"));
    }

    [Test]
    public void Latin_words_keep_one_space_from_a_gap_or_a_space_glyph()
    {
        var byGap = Place(10, 700, ("T", 0.6, 0), ("h", 0.5, 0), ("e", 0.5, 0.3), ("b", 0.5, 0), ("o", 0.5, 0), ("x", 0.5, 0));

        Assert.That(GlyphTextJoiner.Join(byGap), Is.EqualTo("The box"));
        Assert.That(GlyphTextJoiner.Join(Latin("The box")), Is.EqualTo("The box"));
    }

    [Test]
    public void Latin_after_chinese_keeps_a_visible_gap()
    {
        var glyphs = Place(10, 700, ("平", 1, 0), ("台", 1, 0.3), ("R", 0.6, 0), ("S", 0.6, 0), ("A", 0.6, 0.3), ("公", 1, 0));

        Assert.That(GlyphTextJoiner.Join(glyphs), Is.EqualTo("平台 RSA 公"));
    }

    [Test]
    public void Overprinted_glyph_is_dropped_but_a_doubled_letter_is_kept()
    {
        var fauxBold = new List<PdfGlyph> { new("标", 72, 82, 700, 10, true), new("标", 72.4, 82.4, 700, 10, true), new("准", 82, 92, 700, 10, true) };

        Assert.That(GlyphTextJoiner.Join(fauxBold), Is.EqualTo("标准"));
        Assert.That(GlyphTextJoiner.Join(Latin("following")), Is.EqualTo("following"));
    }

    [Test]
    public void Glyphs_on_nearby_baselines_form_one_line_and_lines_go_top_down()
    {
        // GB/T 28181—2016 sets the number 1.3 pt below the CJK heading of the same line.
        var glyphs = Place(9.7, 699.4, ("4", 0.5, 0), (".", 0.25, 0), ("3", 0.5, 1))
            .Concat(Place(9.7, 700.7, ("x", 0, 2.5), ("概", 1, 0), ("述", 1, 0)).Skip(1))
            .Concat(Cjk("正文", 0, 9.7, 676))
            .Reverse()
            .ToList();

        var lines = GlyphLineBuilder.Build(glyphs);

        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "4.3 概述", "正文" }));
    }

    [Test]
    public void Number_stubs_on_their_own_lines_are_rejoined()
    {
        PageLine Line(string text, double baseline) => new(text, 65, 200, baseline, 9.7, false);
        var lines = new[] { Line("4.", 720), Line("2.", 712), Line("3 媒体网关", 700), Line("媒体网关在……", 676), Line("3.1.7", 650), Line("拐点补传", 635) };

        var stitched = ClauseNumberStitcher.Stitch(lines);

        Assert.That(stitched.Select(l => l.Text), Is.EqualTo(new[] { "4.2.3 媒体网关", "媒体网关在……", "3.1.7", "拐点补传" }));
    }

    [Test]
    public void Running_header_and_page_numbers_are_furniture_by_repetition()
    {
        PageLine Line(string text, double baseline) => new(text, 72, 300, baseline, 10, false);
        var pages = Enumerable.Range(1, 6).Select(n => new PageLines(n, 0, 842, [
            Line(n % 2 == 0 ? "JT/T 808—2011" : "JT/T 808—2011 ", 800),
            Line($"{n} 正文第 {n} 行", 700),
            Line("正文结束", 400),
            Line(n.ToString(), 40),
        ])).ToList();

        var cleaned = PageFurnitureFilter.Remove(pages);

        Assert.That(cleaned.SelectMany(p => p.Lines).Select(l => l.Text).Distinct(), Is.EquivalentTo(
            Enumerable.Range(1, 6).Select(n => $"{n} 正文第 {n} 行").Append("正文结束")));
    }

    [Test]
    public void A_heading_that_occurs_once_in_the_header_band_is_kept()
    {
        PageLine Line(string text, double baseline) => new(text, 72, 300, baseline, 10, false);
        string[] headings = ["范围", "术语", "要求", "试验方法", "标志", "附录"];
        var pages = Enumerable.Range(1, 6).Select(n => new PageLines(n, 0, 842, [Line(headings[n - 1], 800), Line("正文", 700), Line("正文", 600)])).ToList();

        var cleaned = PageFurnitureFilter.Remove(pages);

        Assert.That(cleaned.Select(p => p.Lines[0].Text), Is.EqualTo(pages.Select(p => p.Lines[0].Text)),
            "each heading occurs once, so none recurs");
    }

    [TestCase("12", true)]
    [TestCase("- 3 -", true)]
    [TestCase("Ⅲ", true)]
    [TestCase("vii", true)]
    [TestCase("第 3 页", true)]
    [TestCase("3.1", false)]
    [TestCase("1 范围", false)]
    public void Page_numbers_are_recognised(string text, bool expected) =>
        Assert.That(PageFurnitureFilter.IsPageNumber(text), Is.EqualTo(expected));

    [Test]
    public void Chinese_text_is_usable() =>
        Assert.That(TextLayerQuality.Assess(Cjk("本标准规定了道路运输车辆卫星定位系统", 0), false), Is.EqualTo(PageTextQuality.Usable));

    [Test]
    public void A_code_table_with_punctuation_is_still_usable() =>
        Assert.That(TextLayerQuality.Assess(Latin("0x0001 BYTE[4] (n) {e,n} 0x8100: WORD; DWORD."), false), Is.EqualTo(PageTextQuality.Usable));

    [Test]
    public void Raw_character_codes_are_garbled()
    {
        // What a CJK font without a Unicode map gives: ASCII punctuation and Latin-1 on full-em advances.
        var glyphs = Place(10, 700, "!\"#$%&'()*+¾À/¿¸´ÀÁÂ%TUVW".Select(c => (c.ToString(), 1.0, 0.0)).ToArray());

        Assert.That(TextLayerQuality.Assess(glyphs, false), Is.EqualTo(PageTextQuality.Garbled));
    }

    [Test]
    public void Private_use_glyphs_are_garbled() =>
        Assert.That(TextLayerQuality.Assess(Cjk("\uE001\uE002\uE003\uE004\uE005\uE006标准", 0), false), Is.EqualTo(PageTextQuality.Garbled));

    [Test]
    public void Leader_dots_do_not_make_a_contents_page_garbled() =>
        Assert.That(TextLayerQuality.Assess(Latin("1 Scope ........................................ 1"), false), Is.EqualTo(PageTextQuality.Usable));

    [Test]
    public void A_picture_without_text_has_no_text_layer_and_an_empty_page_is_blank()
    {
        Assert.That(TextLayerQuality.Assess(Latin("//"), true), Is.EqualTo(PageTextQuality.WithoutText));
        Assert.That(TextLayerQuality.Assess([], false), Is.EqualTo(PageTextQuality.Blank));
    }
}
