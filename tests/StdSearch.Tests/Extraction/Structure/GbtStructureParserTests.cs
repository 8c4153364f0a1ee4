using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Structure;

namespace StdSearch.Tests.Extraction.Structure;

public sealed class GbtStructureParserTests
{
    private static StandardDocument Parse(string text, string name = "sample.pdf") =>
        new GbtStructureParser().Parse(LayoutText.FromText(name, text));

    private const string Cover = "中华人民共和国国家标准\nGB/T 50001—2021\n储能电池 安全要求\nEnergy storage batteries—Safety requirements\n2021-01-05 发布  2021-08-01 实施\n";

    [Test]
    public void Technical_changes_carry_new_and_old_clause_numbers()
    {
        var doc = Parse(Cover + "前言\n本文件代替GB/T 50001—2010和GB/T 50002—2012，与GB/T 50001—2010相比，主要技术变化如下：\n——增加了热失控试验（见5.4）；\n——更改了储存温度（见4.2.1，2010年版的4.3）；\n——删除了跌落试验（见2010年版的6.2）。\n1 范围\n本文件规定了储能电池的安全要求。\n");
        Assert.That(doc.Replaces.Select(r => r.Canonical), Is.EqualTo(new[] { "GB/T 50001-2010", "GB/T 50002-2012" }));
        Assert.That(doc.TechnicalChanges.Select(c => c.Kind), Is.EqualTo(new[] { ChangeKind.Added, ChangeKind.Changed, ChangeKind.Deleted }));
        Assert.That(doc.TechnicalChanges[1].NewClauses, Is.EqualTo(new[] { "4.2.1" }));
        Assert.That(doc.TechnicalChanges[1].OldClauses, Is.EqualTo(new[] { "4.3" }));
        Assert.That(doc.TechnicalChanges[2].OldClauses, Is.EqualTo(new[] { "6.2" }));
        Assert.That(doc.TechnicalChanges[0].Description, Is.EqualTo("增加了热失控试验"));
    }

    [Test]
    public void Foreword_adoption_names_method_and_source_title()
    {
        var doc = Parse(Cover + "前言\n本文件使用翻译法等同采用ISO 12405:2018《电动道路车辆 锂离子电池包和系统的试验规范》。\n1 范围\n本文件规定了要求。\n");
        Assert.That(doc.Adoption, Is.Not.Null);
        Assert.That(doc.Adoption!.Degree, Is.EqualTo(AdoptionDegree.Identical));
        Assert.That(doc.Adoption.Method, Is.EqualTo("翻译法"));
        Assert.That(doc.Adoption.SourceTitle, Is.EqualTo("电动道路车辆 锂离子电池包和系统的试验规范"));
    }

    [Test]
    public void Values_years_and_unknown_numbers_stay_text()
    {
        var doc = Parse(Cover + "1 范围\n本文件规定了要求。\n2 要求\n2.1 尺寸\n外形尺寸的偏差为\n2.2 mm以内。\n2019 年以前的产品不适用。\n7.3 不在序列中的编号。\n2.2 质量\n");
        Assert.That(StructureExpectation.ClauseRows(doc).Select(r => r[0]), Is.EqualTo(new[] { "1", "2", "2.1", "2.2" }));
        Assert.That(doc.FindClause("2.1")!.FullText(), Does.Contain("2.2 mm以内"));
        Assert.That(doc.Warnings.Any(w => w.Code == WarningCode.NumberingGap), Is.False);
    }

    [Test]
    public void Skipped_number_is_a_numbering_gap()
    {
        var doc = Parse(Cover + "1 范围\n本文件规定了要求。\n2 要求\n2.1 尺寸\n2.3 质量\n");
        Assert.That(doc.FindClause("2.3"), Is.Not.Null);
        Assert.That(doc.Warnings.Single(w => w.Code == WarningCode.NumberingGap).Message, Does.Contain("2.3"));
    }

    [Test]
    public void Paragraph_elements_are_recognised()
    {
        var doc = Parse(Cover + "1 范围\n本文件规定了电池的要求，\n包括安全和标志。\n应满足以下要求：\na) 外壳无破损；\nb）标志清晰。\n注：标志见图1。\n示例1：A-01\n图1 标志样式\nE = U × I                        （1）\n式中：\nE——能量；\n表1 技术参数\n| 项目 | 指标 |\n| 容量 | ≥ 100 Ah |\n");
        var chapter = doc.FindClause("1")!;
        var kinds = chapter.Children.Select(c => c.Kind).ToList();
        Assert.That(kinds, Is.EqualTo(new[] { ClauseKind.Paragraph, ClauseKind.Paragraph, ClauseKind.ListItem, ClauseKind.ListItem, ClauseKind.Note,
            ClauseKind.Example, ClauseKind.Figure, ClauseKind.Formula, ClauseKind.Paragraph, ClauseKind.Paragraph, ClauseKind.Table }));
        Assert.That(chapter.Children[0].Text, Is.EqualTo("本文件规定了电池的要求，包括安全和标志。"));
        Assert.That(chapter.Children[3].Number, Is.EqualTo("b)"));
        Assert.That(chapter.Children[7].Number, Is.EqualTo("(1)"));
        Assert.That(chapter.Children[10].Number, Is.EqualTo("表1"));
        Assert.That(chapter.Children[10].Rows, Has.Count.EqualTo(2));
        Assert.That(chapter.Children[10].Rows[1], Is.EqualTo(new[] { "容量", "≥ 100 Ah" }));
    }

    [Test]
    public void Docx_numbering_label_and_markdown_heading_level_are_used()
    {
        var lines = new List<LayoutLine>
        {
            new("范围", 0) { NumberingLabel = "1", HeadingLevel = 1 },
            new("本文件规定了要求。", 0) { StartsParagraph = true },
            new("试验条件和试验程序的一般规定", 0) { NumberingLabel = "2", HeadingLevel = 1 },
            new("2.1 环境温度、湿度和大气压力的控制要求", 0) { HeadingLevel = 2 },
        };
        var doc = new GbtStructureParser().Parse(new LayoutDocument("x.docx", SourceFormat.Docx, lines));
        Assert.That(StructureExpectation.ClauseRows(doc).Select(r => r[0] + " " + r[1]),
            Is.EqualTo(new[] { "1 范围", "2 试验条件和试验程序的一般规定", "2.1 环境温度、湿度和大气压力的控制要求" }));
        Assert.That(doc.Key, Is.EqualTo("x"));
        Assert.That(doc.FindClause("1")!.Pages, Is.Empty);
    }

    [Test]
    public void Pages_are_first_and_last_page_of_a_clause()
    {
        var doc = Parse(Cover + "1 范围\n本文件规定了要求，\n<<page>>\n并适用于储能电站。\n2 术语\n");
        Assert.That(doc.FindClause("1")!.Pages, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Placeholder_number_draft_is_keyed_by_file_name()
    {
        var doc = Parse("中华人民共和国电力行业标准\nDL/T XXXXX—XXXX\n远动设备 传输规约\nTelecontrol equipment—Transmission protocols\n（征求意见稿）\n1 范围\n本标准规定了要求。\n", "DL T draft 104.pdf");
        Assert.That(doc.Id.IsEmpty, Is.True);
        Assert.That(doc.Key, Is.EqualTo("dl-t-draft-104"));
        Assert.That(doc.DraftStage, Is.EqualTo("征求意见稿"));
        Assert.That(doc.Warnings.Select(w => w.Code), Is.SupersetOf(new[] { WarningCode.NoStandardId, WarningCode.Draft }));
    }

    [Test]
    public void Term_notes_and_source_are_split_from_the_definition()
    {
        var doc = Parse(Cover + "3 术语和定义\n3.1\n电池包 battery pack\n由电池模块组成的能量存储装置。\n注1：电池包通常带有外壳。\n[来源：GB/T 19596—2017，3.3.1.3]\n");
        var term = doc.Terms.Single();
        Assert.That((term.Number, term.Designation, term.EnglishEquivalent), Is.EqualTo(("3.1", "电池包", "battery pack")));
        Assert.That(term.Definition, Is.EqualTo("由电池模块组成的能量存储装置。"));
        Assert.That(term.Notes, Is.EqualTo(new[] { "电池包通常带有外壳。" }));
        Assert.That(term.Source, Does.StartWith("来源：GB/T 19596"));
    }

    [Test]
    public void Clause_number_parses_spaced_and_annex_forms()
    {
        Assert.That(ClauseNumber.Parse("3. 1. 7").ToString(), Is.EqualTo("3.1.7"));
        Assert.That(ClauseNumber.Parse("A.1").Parent.ToString(), Is.EqualTo("A"));
        Assert.That(ClauseNumber.Parse("A1.1").ToString(), Is.EqualTo("A1.1"));
        Assert.That(ClauseNumber.Parse("4.2.3").IsNextAfter(ClauseNumber.Parse("4.2.2"), 3, out _), Is.True);
        Assert.That(ClauseNumber.Parse("5").IsNextAfter(ClauseNumber.Parse("4.2.3"), 3, out _), Is.True);
        Assert.That(ClauseNumber.Parse("4.1.1").IsNextAfter(ClauseNumber.Parse("4.1"), 3, out _), Is.True);
        Assert.That(ClauseNumber.Parse("4.1").IsNextAfter(ClauseNumber.Parse("4.3"), 3, out _), Is.False);
        Assert.That(ClauseNumber.TryParse("GB 7714", out _), Is.False);
    }

    [Test]
    public void Month_only_chinese_date_is_first_of_month()
    {
        var doc = Parse("中华人民共和国交通运输部\n道路运输车辆卫星定位系统 北斗兼容车载终端通讯协议技术规范\n二〇一三年一月 发布\n1 范围\n本规范规定了要求。\n");
        Assert.That(doc.Issued, Is.EqualTo(new DateOnly(2013, 1, 1)));
    }

    [Test]
    public void Traditional_markers_are_matched_on_folded_text()
    {
        var doc = Parse("中華民國國家標準\nCNS 16289\n總號 16289　類號 B7291\n智慧水錶－資料通訊與軟體要求\nWater meters－Smart water meters\n中華民國 112 年 3 月 8 日制定公布\n"
            + "前言\n本標準係參照ISO 29875制定。\n1 適用範圍\n本標準規定要求。\n3 用語及定義\n3.1\n智慧水錶 smart water meter\n內建通訊模組之水錶。\n"
            + "4 軟體要求\n4.1 水錶應具備介面。\n附錄A\n（規定）\n電池壽命評估\nA.1 一般\n參考資料\n[1] OIML D 31\n");
        Assert.Multiple(() =>
        {
            Assert.That(doc.Id.Canonical, Is.EqualTo("CNS 16289"));
            Assert.That(doc.Title, Is.EqualTo("智慧水錶－資料通訊與軟體要求"));
            Assert.That(doc.Issued, Is.EqualTo(new DateOnly(2023, 3, 8)));
            var term = doc.Terms.Single();
            Assert.That((term.Designation, term.EnglishEquivalent), Is.EqualTo(("智慧水錶", "smart water meter")));
            var annex = doc.FindClause("A")!;
            Assert.That((annex.Heading, annex.AnnexStatus), Is.EqualTo(("電池壽命評估", AnnexStatus.Normative)));
            Assert.That(doc.FindClause("A.1")?.Heading, Is.EqualTo("一般"));
        });
    }

    [Test]
    public void Cover_without_text_takes_the_running_header_id_and_the_body_title()
    {
        var layout = LayoutText.FromText("x.pdf", "前言\n本标准由某委员会提出并归口。\n<<page>>\n道路运输车辆卫星定位系统\n视频通信协议\n1 范围\n本标准规定了协议。\n")
            with { RunningHeader = "JT / T 1078—2016" };
        var doc = new GbtStructureParser().Parse(layout);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Id.Canonical, Is.EqualTo("JT/T 1078-2016"));
            Assert.That(doc.Title, Is.EqualTo("道路运输车辆卫星定位系统 视频通信协议"));
            Assert.That(doc.FindClause("1")!.Heading, Is.EqualTo("范围"));
        });
    }

    [Test]
    public void Running_header_never_overrides_the_cover_id()
    {
        var layout = LayoutText.FromText("x.pdf", Cover + "1 范围\n本文件规定了要求。\n") with { RunningHeader = "GB/T 99999—2020" };
        Assert.That(new GbtStructureParser().Parse(layout).Id.Canonical, Is.EqualTo("GB/T 50001-2021"));
    }

    [Test]
    public void English_iso_cover_gives_dated_id_title_edition_date_and_committee()
    {
        var doc = Parse("INTERNATIONAL STANDARD\nISO 29875\nFirst edition\n2019-07-15\nWater meters — Smart water meters — Data communication and software\nrequirements\n"
            + "Compteurs d'eau — Compteurs d'eau intelligents — Exigences relatives à la\nReference number ISO 29875:2019(E)\nForeword\n"
            + "This document was prepared by Technical Committee ISO/TC 998, Smart metering of water, Subcommittee SC 2, Data communication and software.\n"
            + "1 Scope\nThis document specifies requirements.\n4 Software requirements\n4.1 Update\n4.1.1 A remote update shall be authenticated.\n");
        Assert.Multiple(() =>
        {
            Assert.That(doc.Id.Canonical, Is.EqualTo("ISO 29875:2019"));
            Assert.That(doc.TitleEn, Is.EqualTo("Water meters — Smart water meters — Data communication and software requirements"));
            Assert.That(doc.Title, Is.EqualTo(doc.TitleEn));
            Assert.That(doc.Issued, Is.EqualTo(new DateOnly(2019, 7, 15)));
            Assert.That(doc.Committee, Is.EqualTo("ISO/TC 998/SC 2"));
            Assert.That(doc.FindClause("4.1.1"), Is.Not.Null);
        });
    }
}
