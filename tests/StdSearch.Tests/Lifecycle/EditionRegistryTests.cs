using StdSearch.Documents;
using StdSearch.Lifecycle;

namespace StdSearch.Tests.Lifecycle;

public class EditionRegistryTests
{
    private static StandardId Id(string s) => StandardId.Parse(s);

    [Test]
    public void The_daiti_statement_chains_the_two_editions_and_the_newest_is_current()
    {
        var registry = LifecycleSamples.Registry(null);
        var chain = registry.FindChain(Id("GB/T 31999"))!;
        Assert.That(chain.Editions.Select(e => e.Id.Canonical), Is.EqualTo(new[] { "GB/T 31999-2015", "GB/T 31999-2021" }));
        Assert.That(chain.Current!.Id, Is.EqualTo(Id("GB/T 31999-2021")));
        var old = registry.FindEdition(Id("GBT31999-2015"))!;
        Assert.Multiple(() =>
        {
            Assert.That(old.Status, Is.EqualTo(LifecycleStatus.Replaced));
            Assert.That(old.StatusFromCatalogue, Is.False);
            Assert.That(old.ReplacedBy, Is.EqualTo(new[] { Id("GB/T 31999-2021") }), "from the 2021 edition's 代替 statement");
            Assert.That(old.IndexKey, Is.EqualTo("GB/T 31999-2015"));
            Assert.That(registry.FindEdition(Id("GB/T 31999-2021"))!.Replaces, Is.EqualTo(new[] { Id("GB/T 31999-2015") }));
        });
    }

    [Test]
    public void A_successor_counts_only_from_its_implementation_date()
    {
        // GB/T 31999—2021 was issued 2021-03-09 and took effect 2021-10-01: in between, the 2015 edition is still in force.
        var registry = LifecycleSamples.Registry(null, new DateOnly(2021, 6, 1));
        Assert.That(registry.FindEdition(Id("GB/T 31999-2015"))!.Status, Is.EqualTo(LifecycleStatus.Current));
        Assert.That(registry.FindEdition(Id("GB/T 31999-2021"))!.Status, Is.EqualTo(LifecycleStatus.Upcoming));
        Assert.That(registry.FindChain(Id("GB/T 31999"))!.Current!.Id, Is.EqualTo(Id("GB/T 31999-2015")));
    }

    [Test]
    public void Catalogue_status_overrides_the_inferred_one()
    {
        var without = LifecycleSamples.Registry(null);
        var with = LifecycleSamples.Registry(LifecycleSamples.ImportedCatalogue());
        var wbt = Id("WB/T 1999-2020");
        Assert.That(without.FindEdition(wbt)!.Status, Is.EqualTo(LifecycleStatus.Current));
        Assert.That(with.FindEdition(wbt)!.Status, Is.EqualTo(LifecycleStatus.Abolished));
        Assert.That(with.FindEdition(wbt)!.StatusFromCatalogue, Is.True);
        Assert.That(with.FindChain(wbt)!.Current, Is.Null, "an abolished line has no edition in force");
        Assert.That(with.IndexedStatuses()["WB/T 1999-2020"], Is.EqualTo(LifecycleStatus.Abolished));
    }

    [Test]
    public void Catalogue_only_editions_join_the_chains_and_upcoming_becomes_current_on_its_date()
    {
        var catalogue = LifecycleSamples.ImportedCatalogue();
        var now = LifecycleSamples.Registry(catalogue);
        var gb2716 = now.FindChain(Id("GB 2716"))!;
        Assert.That(gb2716.Editions.Select(e => e.Id.Canonical), Is.EqualTo(new[] { "GB 2716-2005", "GB 2716-2018" }));
        Assert.That(gb2716.Editions[0].Status, Is.EqualTo(LifecycleStatus.Replaced), "named only by the 2018 edition's 代替标准 cell");
        Assert.That(gb2716.Editions.All(e => !e.InIndex), Is.True);
        Assert.That(now.FindEdition(Id("DB22/T 4001-2024"))!.Status, Is.EqualTo(LifecycleStatus.Upcoming));
        var later = LifecycleSamples.Registry(catalogue, new DateOnly(2100, 1, 1));
        Assert.That(later.FindEdition(Id("DB22/T 4001-2024"))!.Status, Is.EqualTo(LifecycleStatus.Current));
    }

    [Test]
    public void Relations_name_replaces_replaced_by_cites_and_cited_by()
    {
        var registry = LifecycleSamples.Registry(LifecycleSamples.ImportedCatalogue());
        var newer = registry.Relations("GB/T 31999-2021")!;
        Assert.Multiple(() =>
        {
            Assert.That(newer.Replaces, Is.EqualTo(new[] { Id("GB/T 31999-2015") }));
            Assert.That(newer.ReplacedBy, Is.Empty);
            Assert.That(newer.Editions, Is.EqualTo(new[] { Id("GB/T 31999-2015"), Id("GB/T 31999-2021") }));
            Assert.That(newer.Cites, Does.Contain(Id("GB/T 2828.1-2012")).And.Contain(Id("GB 2716")));
            Assert.That(newer.CitedBy, Is.EqualTo(new[] { "T/JLLY 036-2020" }), "T/JLLY 036 cites GB/T 31999 and GB/T 31999—2015");
        });
        var older = registry.Relations("gb/t 31999-2015")!;
        Assert.That(older.ReplacedBy, Is.EqualTo(new[] { Id("GB/T 31999-2021") }));
        Assert.That(older.Status, Is.EqualTo(LifecycleStatus.Replaced));
        Assert.That(registry.Relations("GB 2716-2018")!.CitedBy, Does.Contain("GB/T 31999-2021").And.Contain("DB22/T 3999-2023"));
        Assert.That(registry.Relations("GB/T 99999-2001"), Is.Null);
    }

    [Test]
    public void Portfolio_puts_the_standard_with_most_out_of_date_references_first()
    {
        var portfolio = LifecycleSamples.Registry(LifecycleSamples.ImportedCatalogue()).Portfolio();
        Assert.That(portfolio[0].Key, Is.EqualTo("T/JLLY 036-2020"));
        Assert.That(portfolio[0].OutOfDate, Is.EqualTo(3));
        Assert.That(portfolio[0].OutOfDateReferences.Select(r => r.Cited.Canonical),
            Is.EquivalentTo(new[] { "GB/T 31999", "LS/T 1998-2016", "GB/T 31999-2015" }));
        Assert.That(portfolio.Select(p => p.OutOfDate), Is.Ordered.Descending);
        Assert.That(portfolio.Select(p => p.Key), Is.Unique);
        Assert.That(portfolio, Has.Count.EqualTo(LifecycleSamples.Documents.Count));
    }
}
