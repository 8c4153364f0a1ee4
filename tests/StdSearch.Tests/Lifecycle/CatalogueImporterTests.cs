using System.Text;
using StdSearch.Documents;
using StdSearch.Lifecycle;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Lifecycle;

public class CatalogueImporterTests
{
    private static Task<CatalogueImportResult> Import(string name) => CatalogueImporter.ImportAsync(LifecycleSamples.Catalogue(name));

    [Test]
    public async Task Chinese_headers_are_found_below_the_title_lines_of_an_export()
    {
        var result = await Import("jl-catalogue.csv");
        Assert.That(result.Columns, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["id"] = "标准号", ["title"] = "标准名称", ["status"] = "标准状态", ["issued"] = "发布日期",
            ["effective"] = "实施日期", ["replaces"] = "代替标准", ["replacedBy"] = "被代替标准",
        }));
        Assert.That(result.RowsRead, Is.EqualTo(15));
        Assert.That(result.Catalogue.Count, Is.EqualTo(10));
    }

    [Test]
    public async Task Malformed_rows_are_reported_by_line_and_the_rest_kept()
    {
        var result = await Import("jl-catalogue.csv");
        Assert.That(result.Rejected.Select(r => r.Line), Is.EqualTo(new[] { 11, 12, 13, 14, 15 }));
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejected[0].Reason, Is.EqualTo("no standard number"));
            Assert.That(result.Rejected[1].Reason, Does.StartWith("'标准号待定' is not a standard number"));
            Assert.That(result.Rejected[2].Reason, Is.EqualTo("unknown status '暂停'"));
            Assert.That(result.Rejected[3].Reason, Is.EqualTo("issue date '2023-13-45' is not a date"));
            Assert.That(result.Rejected[4].Reason, Does.Contain("quote inside the unquoted field 3"));
        });
        // The row after the broken quote and the record after the one spanning two lines are read normally.
        Assert.That(result.Catalogue.Find(StandardId.Parse("LS/T 1997-2014"))!.Title, Is.EqualTo("粮油储藏 油罐\"呼吸阀\"检验规程"));
        Assert.That(result.Catalogue.Find(StandardId.Parse("DB22/T 4001-2024"))!.Title, Is.EqualTo("散装油脂储运\n安全管理规范"));
        Assert.That(result.Catalogue.Find(StandardId.Parse("T/JSEBA 018-2022"))!.Status, Is.EqualTo(LifecycleStatus.Current), "line 19 after the two-line record");
    }

    [Test]
    public async Task Messy_ids_are_normalised_and_counted()
    {
        var result = await Import("jl-catalogue.csv");
        Assert.That(result.IdsNormalised, Is.EqualTo(3));
        var ids = result.Catalogue.Entries.Select(e => e.Id.Canonical).ToList();
        Assert.That(ids, Does.Contain("GB/T 31999-2021"));   // ＧＢ／Ｔ　３１９９９－２０２１
        Assert.That(ids, Does.Contain("WB/T 1999-2020"));    // WBT1999-2020
        Assert.That(ids, Does.Contain("GB/T 2828.1-2012"));  // gb/t 2828.1-2012
    }

    [Test]
    public async Task Statuses_dates_and_successions_are_read()
    {
        var catalogue = (await Import("jl-catalogue.csv")).Catalogue;
        var old = catalogue.Find(StandardId.Parse("GB/T 31999-2015"))!;
        Assert.Multiple(() =>
        {
            Assert.That(old.Status, Is.EqualTo(LifecycleStatus.Replaced));
            Assert.That(old.Issued, Is.EqualTo(new DateOnly(2015, 9, 11)));
            Assert.That(old.Effective, Is.EqualTo(new DateOnly(2016, 4, 1)));
            Assert.That(old.ReplacedBy, Is.EqualTo(new[] { StandardId.Parse("GB/T 31999-2021") }));
            Assert.That(catalogue.Find(StandardId.Parse("GB/T 31999-2021"))!.Replaces, Is.EqualTo(new[] { StandardId.Parse("GB/T 31999-2015") }));
            Assert.That(catalogue.Find(StandardId.Parse("DB22/T 3999-2023"))!.Issued, Is.EqualTo(new DateOnly(2023, 6, 20)), "2023/6/20");
            Assert.That(catalogue.Find(StandardId.Parse("LS/T 1998-2016"))!.Status, Is.EqualTo(LifecycleStatus.Abolished));
            Assert.That(catalogue.Find(StandardId.Parse("DB22/T 4001-2024"))!.Status, Is.EqualTo(LifecycleStatus.Upcoming));
        });
    }

    [Test]
    public async Task Gb18030_file_reads_as_the_utf8_file_with_bom()
    {
        var utf8 = await Import("jl-catalogue.csv");
        var gb = await Import("jl-catalogue-gb18030.csv");
        Assert.That(File.ReadAllBytes(LifecycleSamples.Catalogue("jl-catalogue-gb18030.csv")).Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(gb.Catalogue.Entries, Is.EqualTo(utf8.Catalogue.Entries).Using<CatalogueEntry>(SameEntry));
        Assert.That(gb.Rejected, Is.EqualTo(utf8.Rejected));
    }

    private static bool SameEntry(CatalogueEntry a, CatalogueEntry b) =>
        a.Id == b.Id && a.Title == b.Title && a.Status == b.Status && a.Issued == b.Issued && a.Effective == b.Effective
        && a.Replaces.SequenceEqual(b.Replaces) && a.ReplacedBy.SequenceEqual(b.ReplacedBy);

    [Test]
    public async Task English_headers_and_statuses_are_recognised()
    {
        var result = await Import("catalogue-en.csv");
        Assert.That(result.Columns["id"], Is.EqualTo("Standard No."));
        Assert.That(result.Columns["replacedBy"], Is.EqualTo("Replaced By"));
        var catalogue = result.Catalogue;
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Find(StandardId.Parse("GB/T 31999-2015"))!.Status, Is.EqualTo(LifecycleStatus.Replaced));
            Assert.That(catalogue.Find(StandardId.Parse("GB/T 31999-2021"))!.Status, Is.EqualTo(LifecycleStatus.Current));
            Assert.That(catalogue.Find(StandardId.Parse("LS/T 1998-2016"))!.Status, Is.EqualTo(LifecycleStatus.Abolished), "Withdrawn");
            Assert.That(catalogue.Find(StandardId.Parse("ISO 29875:2019"))!.Issued, Is.EqualTo(new DateOnly(2019, 5, 1)));
        });
        Assert.That(result.Rejected, Is.EqualTo(new[] { new RejectedRow(7, result.Rejected[0].Reason) }));
        Assert.That(result.Rejected[0].Reason, Does.StartWith("'XYZ-123' is not a standard number"));
    }

    [Test]
    public async Task Xlsx_rows_keep_their_row_numbers_and_date_cells_become_dates()
    {
        var result = await Import("jl-catalogue-national.xlsx");
        Assert.That(result.Columns["id"], Is.EqualTo("标准编号"));
        Assert.That(result.Columns["replacedBy"], Is.EqualTo("替代标准"));
        Assert.That(result.RowsRead, Is.EqualTo(5));
        Assert.That(result.Rejected, Is.EqualTo(new[] { new RejectedRow(6, "no standard number") }));
        var old = result.Catalogue.Find(StandardId.Parse("GB/T 31999-2015"))!;
        Assert.That((old.Issued, old.Effective), Is.EqualTo(((DateOnly?)new DateOnly(2015, 9, 11), (DateOnly?)new DateOnly(2016, 4, 1))));
        Assert.That(old.ReplacedBy, Is.EqualTo(new[] { StandardId.Parse("GB/T 31999-2021") }));
        Assert.That(result.Catalogue.Find(StandardId.Parse("WB/T 1999-2020"))!.Status, Is.EqualTo(LifecycleStatus.Current));
    }

    [Test]
    public void A_file_that_is_not_a_table_is_a_typed_error_naming_it()
    {
        var pdf = CorpusSamples.PathOf("bad", "corrupt.pdf");
        var e = Assert.ThrowsAsync<CatalogueImportException>(() => CatalogueImporter.ImportAsync(pdf));
        Assert.That(e!.FileName, Is.EqualTo(pdf));
        Assert.That(e.Reason, Does.Contain(".pdf"));
    }

    [Test]
    public void A_text_file_without_an_id_column_is_refused()
    {
        var txt = CorpusSamples.PathOf("txt", "wbt-1999-2020.txt");
        var e = Assert.ThrowsAsync<CatalogueImportException>(() => CatalogueImporter.ImportAsync(txt));
        Assert.That(e!.Reason, Does.StartWith("no id column"));
        Assert.That(e.Message, Does.StartWith(txt));
    }

    [Test]
    public void A_workbook_that_is_not_a_zip_is_refused_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), "stdsearch-" + Guid.NewGuid().ToString("N") + ".xlsx");
        File.Copy(CorpusSamples.PathOf("bad", "truncated.pdf"), path);
        try
        {
            var e = Assert.ThrowsAsync<CatalogueImportException>(() => CatalogueImporter.ImportAsync(path));
            Assert.That(e!.Reason, Does.Contain("not an .xlsx workbook"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task A_catalogue_saved_in_a_folder_loads_back_the_same_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stdsearch-cat-" + Guid.NewGuid().ToString("N"));
        try
        {
            var catalogue = (await Import("jl-catalogue.csv")).Catalogue;
            await catalogue.SaveAsync(folder);
            await catalogue.SaveAsync(folder); // the second save replaces the first
            var loaded = await Catalogue.LoadAsync(folder);
            Assert.That(loaded.Entries, Is.EqualTo(catalogue.Entries).Using<CatalogueEntry>(SameEntry));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { Catalogue.FileName }));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public async Task Merging_keeps_the_newer_row_for_an_edition_in_both()
    {
        var national = (await Import("jl-catalogue-national.xlsx")).Catalogue;
        var jilin = (await Import("jl-catalogue.csv")).Catalogue;
        var merged = national.Merge(jilin);
        Assert.That(merged.Find(StandardId.Parse("WB/T 1999-2020"))!.Status, Is.EqualTo(LifecycleStatus.Abolished));
        Assert.That(jilin.Merge(national).Find(StandardId.Parse("WB/T 1999-2020"))!.Status, Is.EqualTo(LifecycleStatus.Current));
        Assert.That(merged.Count, Is.EqualTo(10), "the four national editions are all in the Jilin list");
    }
}
