using NUnit.Framework;
using StdSearch.Documents;

namespace StdSearch.Tests.Documents;

[TestFixture]
public sealed class StandardIdTests
{
    [TestCase("GB/T 7714—2015", "GBT7714-2015", "GB T 7714-2015", "gb/t 7714-2015", "ＧＢ／Ｔ　７７１４－２０１５", "GB/T 7714一2015", "GB / T 7714 – 2015")]
    public void Spellings_of_one_id_are_equal_and_hash_alike(params string[] spellings)
    {
        var ids = spellings.Select(StandardId.Parse).ToList();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Assert.That(ids.Select(i => i.GetHashCode()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(ids[0] == ids[^1], Is.True);
        Assert.That(ids[0] != ids[^1], Is.False);
        Assert.That(new HashSet<StandardId>(ids), Has.Count.EqualTo(1));
    }

    [Test]
    public void Canonical_and_display_forms()
    {
        var id = StandardId.Parse("GB/T 7714-2015");
        Assert.Multiple(() =>
        {
            Assert.That(id.Canonical, Is.EqualTo("GB/T 7714-2015"));
            Assert.That(id.Display, Is.EqualTo("GB/T 7714\u20142015"));
            Assert.That(id.ToString(), Is.EqualTo("GB/T 7714-2015"));
            Assert.That(id.Series, Is.EqualTo("GB/T"));
            Assert.That(StandardId.Parse("ISO 9001:2015").Display, Is.EqualTo("ISO 9001:2015"));
            Assert.That(StandardId.Parse("GB 2760-2014/XG1-2020").Display, Is.EqualTo("GB 2760\u20142014/XG1\u20142020"));
            Assert.That(StandardId.Parse("DB11/ 1234-2019").Series, Is.EqualTo("DB11/"));
        });
    }

    [Test]
    public void Two_digit_years_are_printed_with_four_digits_except_by_astm()
    {
        var old = StandardId.Parse("GB/T 3179-92");
        Assert.That((old.Year, old.Canonical, old.Display), Is.EqualTo((1992, "GB/T 3179-1992", "GB/T 3179\u20141992")));
        var astm = StandardId.Parse("ASTM D638-14");
        Assert.That((astm.Year, astm.Canonical), Is.EqualTo((2014, "ASTM D638-14")));
    }

    [Test]
    public void Trailing_hyphen_number_is_a_year_for_gb_and_a_part_for_iec()
    {
        var gb = StandardId.Parse("GB/T 7714-2015");
        var iec = StandardId.Parse("IEC 60335-2-24");
        Assert.That((gb.Number, gb.Year), Is.EqualTo(("7714", (int?)2015)));
        Assert.That((iec.Number, iec.Year), Is.EqualTo(("60335-2-24", (int?)null)));
    }

    [Test]
    public void Gbz_is_occupational_health_and_not_gb_z()
    {
        var gbz = StandardId.Parse("GBZ 2.1-2019");
        var gbSlashZ = StandardId.Parse("GB/Z 2.1-2019");
        Assert.That(gbz, Is.Not.EqualTo(gbSlashZ));
        Assert.That((gbz.Prefix, gbz.Nature), Is.EqualTo(("GBZ", StandardNature.Mandatory)));
        Assert.That((gbSlashZ.Prefix, gbSlashZ.Nature), Is.EqualTo(("GB", StandardNature.Guidance)));
    }

    [Test]
    public void Db_slash_t_is_seismology_and_db11_slash_t_is_beijing()
    {
        var seismology = StandardId.Parse("DB/T 15-2009");
        var beijing = StandardId.Parse("DB11/T 15-2009");
        Assert.That((seismology.Level, seismology.Sector, seismology.RegionCode), Is.EqualTo((StandardLevel.Industry, "地震", (string?)null)));
        Assert.That((beijing.Level, beijing.Region, beijing.RegionCode), Is.EqualTo((StandardLevel.Local, "北京", "11")));
        Assert.That(StandardId.Parse("DB3502/T 70-2021").RegionCode, Is.EqualTo("3502"));
    }

    [Test]
    public void Undated_drops_year_and_amendment()
    {
        var id = StandardId.Parse("GB 2760—2014/XG1—2020");
        Assert.That(id.Undated.Canonical, Is.EqualTo("GB 2760"));
        Assert.That(id.Undated.IsDated, Is.False);
        Assert.That(id.IsDated, Is.True);
        Assert.That(id.Undated, Is.EqualTo(StandardId.Parse("GB 2760")));
        Assert.That(default(StandardId).Undated.IsEmpty, Is.True);
    }

    [Test]
    public void WithYear_makes_another_edition()
    {
        var id = StandardId.Parse("GB/T 7714-2005");
        Assert.That(id.WithYear(2015), Is.EqualTo(StandardId.Parse("GB/T 7714—2015")));
        Assert.That(StandardId.Parse("ISO 9001").WithYear(2015).Canonical, Is.EqualTo("ISO 9001:2015"));
        Assert.Throws<ArgumentOutOfRangeException>(() => id.WithYear(15));
        Assert.Throws<InvalidOperationException>(() => default(StandardId).WithYear(2015));
    }

    [Test]
    public void Mandatory_and_recommended_editions_are_one_lineage()
    {
        var mandatory = StandardId.Parse("GB 1234-2008");
        Assert.That(mandatory.IsSameLineage(StandardId.Parse("GB/T 1234-2019")), Is.True);
        Assert.That(mandatory.IsSameLineage(StandardId.Parse("GB/T 1234.1-2019")), Is.False);
        Assert.That(StandardId.Parse("GA 588-2012").IsSameLineage(StandardId.Parse("XF 588-2012")), Is.False);
        Assert.That(mandatory.IsSameLineage(default), Is.False);
    }

    [Test]
    public void Ordering_compares_numbers_numerically_then_years()
    {
        var sorted = new[] { "GB/T 10", "GB/T 2", "GB/T 1.10", "GB/T 1.2", "GB/T 7714-2015", "GB/T 7714-2005", "GB/T 7714" }
            .Select(StandardId.Parse).Order().Select(i => i.Canonical);
        Assert.That(sorted, Is.EqualTo(new[] { "GB/T 1.2", "GB/T 1.10", "GB/T 2", "GB/T 10", "GB/T 7714", "GB/T 7714-2005", "GB/T 7714-2015" }));
        Assert.That(StandardId.Parse("GB/T 2") < StandardId.Parse("GB/T 10"), Is.True);
        Assert.That(StandardId.Parse("GB/T 10") >= StandardId.Parse("GB/T 10"), Is.True);
        Assert.That(StandardId.Parse("GB/T 10").CompareTo(StandardId.Parse("GBT10")), Is.Zero);
    }

    [TestCase(null, "empty")]
    [TestCase("GB/T", "without a number")]
    [TestCase("4.1.2", "known prefix")]
    [TestCase("GB/T 7714-2015 额外", "unexpected text")]
    [TestCase("GB/T 19001—2016/ISO 9001:2015", "more than one id")]
    [TestCase("DB/T", "prefix")]
    [TestCase("DB 1234", "seismology")]
    [TestCase("DB99/T 1", "province code")]
    public void Failure_reason_says_why(string? input, string reasonFragment)
    {
        Assert.That(StandardId.TryParse(input, out var id, out var reason), Is.False);
        Assert.That(id.IsEmpty, Is.True);
        Assert.That(reason, Does.Contain(reasonFragment));
        if (input is not null)
            Assert.That(() => StandardId.Parse(input), Throws.TypeOf<FormatException>().With.Message.Contains(reasonFragment));
    }

    [Test]
    public void Default_value_is_empty_and_safe()
    {
        StandardId empty = default;
        Assert.Multiple(() =>
        {
            Assert.That(empty.IsEmpty, Is.True);
            Assert.That(empty.Canonical, Is.EqualTo(""));
            Assert.That(empty.Display, Is.EqualTo(""));
            Assert.That(empty.Series, Is.EqualTo(""));
            Assert.That(empty, Is.EqualTo(default(StandardId)));
            Assert.That(empty.CompareTo(StandardId.Parse("GB 1")), Is.LessThan(0));
        });
    }

    [Test]
    public void Finder_offsets_point_into_the_original_full_width_text()
    {
        const string text = "本文件代替ＧＢ／Ｔ　７７１４－２００５和GB/T 7715—2010。";
        var found = StandardIdFinder.FindAll(text);
        Assert.That(found, Has.Count.EqualTo(2));
        Assert.That(text.Substring(found[0].Start, found[0].Length), Is.EqualTo("ＧＢ／Ｔ　７７１４－２００５"));
        Assert.That(found[0].Id.Canonical, Is.EqualTo("GB/T 7714-2005"));
        Assert.That(text[found[1].Start..found[1].End], Is.EqualTo("GB/T 7715—2010"));
    }

    [Test]
    public void Finder_does_not_include_trailing_spaces_or_following_text()
    {
        const string text = "JT / T 808—2011  道路运输";
        var m = StandardIdFinder.FindAll(text).Single();
        Assert.That(text.Substring(m.Start, m.Length), Is.EqualTo("JT / T 808—2011"));
    }

    [Test]
    public void Finder_accepts_lower_case_only_for_the_gb_family()
    {
        Assert.That(StandardIdFinder.FindAll("见gb/t 7714-2015").Select(m => m.Id.Canonical), Is.EqualTo(new[] { "GB/T 7714-2015" }));
        Assert.That(StandardIdFinder.FindAll("see iso 9001:2015 and jt/t 808-2011"), Is.Empty);
        Assert.That(StandardId.Parse("jt/t 808-2011").Canonical, Is.EqualTo("JT/T 808-2011"));
    }

    [Test]
    public void Finder_scans_a_large_document_in_one_pass()
    {
        var block = "4.1.2 按GB/T 2828.1—2012的规定抽样，温度25 ℃，于2015-05-15前完成；见IEC 60335-2-24:2020。\n";
        var text = string.Concat(Enumerable.Repeat(block, 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = StandardIdFinder.FindAll(text);
        watch.Stop();
        Assert.That(found, Has.Count.EqualTo(40_000));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), $"{text.Length / 1_000_000.0:F1} M chars");
        TestContext.Out.WriteLine($"{text.Length / 1_000_000.0:F1} M chars in {watch.ElapsedMilliseconds} ms");
    }

    [Test]
    public void Industry_alternation_of_the_grammar_lists_every_sector_code()
    {
        var alternation = IssuerCodes.IndustryAlternation.Split('|');
        Assert.That(alternation, Is.EquivalentTo(IssuerCodes.IndustrySectors.Keys));
        Assert.That(IssuerCodes.NationalAlternation.Split('|'), Is.EquivalentTo(IssuerCodes.National));
    }

    [Test]
    public void Every_province_code_parses_to_its_region()
    {
        foreach (var (code, name) in IssuerCodes.Provinces)
        {
            var id = StandardId.Parse($"DB{code}/T 1-2020");
            Assert.That((id.Region, id.RegionCode, id.Level), Is.EqualTo((name, code, StandardLevel.Local)), code);
        }
    }

    [Test]
    public void Parse_and_finder_never_throw_on_garbage()
    {
        const string alphabet = "GBTZDJSQISOECNAMRXL0123456789 /-—–－一.:：,，、（）()《》+ＧＢ／Ｔ　１２gbtz©";
        var random = new Random(20240601);
        var buffer = new char[40];
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(1, buffer.Length);
            for (var i = 0; i < length; i++) buffer[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(buffer, 0, length);
            Assert.DoesNotThrow(() => StandardId.TryParse(text, out _, out _), text);
            Assert.DoesNotThrow(() =>
            {
                foreach (var m in StandardIdFinder.FindAll(text))
                    Assert.That(m.Start >= 0 && m.End <= text.Length && m.Length > 0, text);
            }, text);
        }
    }
}
