using System.Text.Json;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Lifecycle;
using StdSearch.Reporting.Lifecycle;

namespace StdSearch.Tests.Lifecycle;

public class CitationCheckTests
{
    private static CitationReport CheckCitingSample(Catalogue? catalogue) =>
        LifecycleSamples.Registry(catalogue).Check(LifecycleSamples.Document("T/JLLY 036-2020"));

    private static ReferenceCheck Reference(CitationReport report, string cited) =>
        report.References.Single(r => r.Cited.Canonical == cited);

    [Test]
    public void Every_cited_standard_is_found_with_the_clauses_citing_it()
    {
        var report = CheckCitingSample(null);
        Assert.That(report.Document, Is.EqualTo("T/JLLY 036—2020"));
        Assert.That(report.References.Select(r => (r.Cited.Canonical, r.Normative, string.Join(",", r.Where))), Is.EqualTo(new[]
        {
            ("GB 2716", true, "2,5.1"),
            ("GB/T 2828.1-2012", true, "2,5.3"),
            ("GB/T 5524", true, "2,5.1"),
            ("GB/T 31999", true, "2,3"),
            ("LS/T 1998-2016", true, "2,6.1"),
            ("GB/T 31999-2015", false, "5.2"),
        }));
    }

    [Test]
    public void The_foreword_own_number_and_drafting_rules_are_not_citations()
    {
        var report = CheckCitingSample(null);
        Assert.That(report.References.Select(r => r.Cited.Canonical), Does.Not.Contain("GB/T 1.1-2020").And.Not.Contain("T/JLLY 036-2020"));
        // The 2021 edition's foreword names the 2015 edition it replaces: not a citation of the 2021 edition.
        var newer = LifecycleSamples.Registry(null).Check(LifecycleSamples.Document("GB/T 31999-2021"));
        Assert.That(newer.References.Select(r => r.Cited.Undated.Canonical), Does.Not.Contain("GB/T 31999"));
    }

    [Test]
    public void A_dated_reference_to_a_replaced_edition_is_replaced_by_the_current_one()
    {
        var r = Reference(CheckCitingSample(null), "GB/T 31999-2015");
        Assert.That((r.Verdict, r.Status, r.Current, r.InIndex), Is.EqualTo((CitationVerdict.Replaced, LifecycleStatus.Replaced, (StandardId?)StandardId.Parse("GB/T 31999-2021"), true)));
        Assert.That(r.Explanation, Is.EqualTo("replaced by GB/T 31999—2021"));
    }

    [Test]
    public void An_undated_reference_now_resolving_to_a_newer_edition_is_flagged()
    {
        // Issued 2020-05-20: GB/T 31999 then meant the 2015 edition (in force from 2016-04-01); now it means 2021.
        var r = Reference(CheckCitingSample(null), "GB/T 31999");
        Assert.That(r.Verdict, Is.EqualTo(CitationVerdict.UndatedNowDifferent));
        Assert.That(r.WhenIssued, Is.EqualTo(StandardId.Parse("GB/T 31999-2015")));
        Assert.That(r.Current, Is.EqualTo(StandardId.Parse("GB/T 31999-2021")));
        Assert.That(r.IsOutOfDate, Is.True);
    }

    [Test]
    public void An_undated_reference_issued_after_the_current_edition_is_ok()
    {
        // DB22/T 3999—2023 cites GB 2716 undated; the catalogue's GB 2716—2018 was in force when it was issued.
        var report = LifecycleSamples.Registry(LifecycleSamples.ImportedCatalogue()).Check(LifecycleSamples.Document("DB22/T 3999-2023"));
        var r = Reference(report, "GB 2716");
        Assert.That((r.Verdict, r.Current), Is.EqualTo((CitationVerdict.Ok, (StandardId?)StandardId.Parse("GB 2716-2018"))));
        Assert.That(r.InIndex, Is.False);
    }

    [Test]
    public void A_reference_the_catalogue_abolishes_is_abolished()
    {
        var r = Reference(CheckCitingSample(LifecycleSamples.ImportedCatalogue()), "LS/T 1998-2016");
        Assert.That((r.Verdict, r.Status, r.Current), Is.EqualTo((CitationVerdict.Abolished, LifecycleStatus.Abolished, (StandardId?)null)));
    }

    [Test]
    public void References_neither_indexed_nor_catalogued_are_unknown()
    {
        var without = CheckCitingSample(null);
        Assert.That(without.References.Where(r => r.Verdict == CitationVerdict.Unknown).Select(r => r.Cited.Canonical),
            Is.EqualTo(new[] { "GB 2716", "GB/T 2828.1-2012", "GB/T 5524", "LS/T 1998-2016" }));
        var with = CheckCitingSample(LifecycleSamples.ImportedCatalogue());
        Assert.That(with.References.Where(r => r.Verdict == CitationVerdict.Unknown).Select(r => r.Cited.Canonical), Is.EqualTo(new[] { "GB/T 5524" }));
        Assert.That(Reference(with, "GB/T 2828.1-2012").Verdict, Is.EqualTo(CitationVerdict.Ok), "现行 in the catalogue");
        Assert.That((with.OutOfDate, with.Unknown), Is.EqualTo((3, 1)));
    }

    [Test]
    public void A_document_read_from_a_file_is_checked_against_the_registry()
    {
        var document = new DocumentExtractor().ExtractAsync(LifecycleSamples.CitingSamplePath).GetAwaiter().GetResult();
        var registry = EditionRegistry.Build(LifecycleSamples.Documents.Where(d => d.Key != document.Key), LifecycleSamples.ImportedCatalogue(),
            new LifecycleOptions { AsOf = LifecycleSamples.AsOf });
        Assert.That(registry.Check(document).References.Select(r => r.Verdict), Is.EqualTo(new[]
        {
            CitationVerdict.Ok, CitationVerdict.Ok, CitationVerdict.Unknown, CitationVerdict.UndatedNowDifferent,
            CitationVerdict.Abolished, CitationVerdict.Replaced,
        }));
    }

    [Test]
    public void Json_has_exactly_the_documented_keys()
    {
        var json = CitationJsonWriter.Write(CheckCitingSample(LifecycleSamples.ImportedCatalogue()));
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "document", "references" }));
        Assert.That(root.GetProperty("document").GetString(), Is.EqualTo("T/JLLY 036—2020"));
        var references = root.GetProperty("references").EnumerateArray().ToList();
        Assert.That(references, Has.Count.EqualTo(6));
        foreach (var r in references)
            Assert.That(r.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "cited", "canonical", "dated", "status", "current", "verdict", "where" }));
        var byCanonical = references.ToDictionary(r => r.GetProperty("canonical").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(byCanonical["GB/T 31999-2015"].GetProperty("cited").GetString(), Is.EqualTo("GB/T 31999—2015"));
            Assert.That(byCanonical["GB/T 31999-2015"].GetProperty("dated").GetBoolean(), Is.True);
            Assert.That(byCanonical["GB/T 31999-2015"].GetProperty("verdict").GetString(), Is.EqualTo("replaced"));
            Assert.That(byCanonical["GB/T 31999-2015"].GetProperty("current").GetString(), Is.EqualTo("GB/T 31999-2021"));
            Assert.That(byCanonical["GB/T 31999"].GetProperty("verdict").GetString(), Is.EqualTo("undated-now-different"));
            Assert.That(byCanonical["LS/T 1998-2016"].GetProperty("verdict").GetString(), Is.EqualTo("abolished"));
            Assert.That(byCanonical["LS/T 1998-2016"].GetProperty("current").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(byCanonical["GB/T 5524"].GetProperty("status").GetString(), Is.EqualTo("unknown"));
            Assert.That(byCanonical["GB 2716"].GetProperty("verdict").GetString(), Is.EqualTo("ok"));
            Assert.That(byCanonical["GB 2716"].GetProperty("where").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(new[] { "2", "5.1" }));
        });
    }
}
