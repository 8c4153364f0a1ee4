using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Tests.Corpus;

public class DuplicateFinderTests
{
    private List<StandardDocument> _documents = null!;
    private DedupeResult _result = null!;

    [OneTimeSetUp]
    public async Task FindDuplicatesInTheSamples()
    {
        _documents = await SampleCorpus.ExtractAsync();
        _result = new DuplicateFinder().Find(_documents);
    }

    private StandardDocument Document(string label) => _documents.Single(d => d.Id.Display == label && !d.SourceName.Contains("encrypted"));

    private DocumentOverlap Overlap(string a, string b) =>
        _result.Overlaps.Single(o => (o.A == a && o.B == b) || (o.A == b && o.B == a));

    [Test]
    public void The_near_duplicate_draft_is_clustered_with_the_group_standard_it_copies()
    {
        var cluster = _result.Clusters.Single(c => c.Members.Contains("T/HZEV 007—2024"));
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Members, Is.EquivalentTo(new[] { "T/JSEBA 018—2022", "T/HZEV 007—2024" }));
            Assert.That(cluster.Representative, Is.EqualTo("T/JSEBA 018—2022"), "the published standard represents the cluster, not the draft");
            var draft = cluster.MemberSimilarity.Single(m => m.Id == "T/HZEV 007—2024");
            Assert.That(draft.IsDraft, Is.True);
            Assert.That(draft.Similarity, Is.InRange(0.8, 0.97), "about 90 % of the body lines are identical, the cover and four clauses differ");
            Assert.That(cluster.Exact, Is.False);
        });
    }

    [Test]
    public void No_cluster_and_no_overlap_joins_standards_of_different_subjects()
    {
        Assert.That(_result.Clusters, Is.Not.Empty);
        foreach (var c in _result.Clusters)
            Assert.That(c.Members.Select(m => SampleCorpus.Subject(m)).Distinct().Count(), Is.EqualTo(1), string.Join(", ", c.Members));
        foreach (var o in _result.Overlaps)
            Assert.That(SampleCorpus.Subject(o.A), Is.EqualTo(SampleCorpus.Subject(o.B)), $"{o.A} ↔ {o.B}: {string.Join(" | ", o.Passages.Select(p => p.Text))}");
    }

    [Test]
    public void The_encrypted_copy_of_a_standard_is_an_exact_duplicate_and_the_portal_copy_a_near_duplicate()
    {
        var cluster = _result.Clusters.Single(c => c.Members.Any(m => m.StartsWith("WB/T 1999", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(cluster.MemberSimilarity, Has.Count.EqualTo(3));
            Assert.That(cluster.MemberSimilarity.Count(m => m.Exact), Is.EqualTo(1), "the owner-password PDF has the same text as the plain PDF");
            Assert.That(cluster.MemberSimilarity.Single(m => m.Source.EndsWith(".txt", StringComparison.Ordinal)).Similarity, Is.InRange(0.7, 0.95),
                "the portal copy has noise and flattened tables");
        });
    }

    [Test]
    public void The_notice_whose_body_was_pasted_twice_is_reported()
    {
        var repeated = _result.RepeatedBodies.Single();
        Assert.That(repeated.Source, Is.EqualTo("jl-bzh-14th-fyp-notice.html"));
        Assert.That(repeated.Reason, Does.Contain("twice"));
    }

    [Test]
    public void The_local_standard_is_found_reusing_the_verbatim_national_clauses()
    {
        // README relationship 1: 23 clauses of GB/T 31999—2021 are verbatim in DB22/T 3999—2023.
        string[] verbatim = ["4.1.1", "4.1.3", "4.2.2", "4.2.3", "4.2.4", "4.3.2", "5.1.1", "5.1.3", "5.1.4", "5.2.2", "5.2.4", "5.2.5", "5.3.1",
            "5.3.2", "5.3.3", "5.4.2", "6.1.2", "6.2.2", "7.2", "A.1", "A.2", "A.3", "A.4"];
        string[] reworded = ["4.1.2", "4.2.1", "4.3.1", "6.1.1"];
        var overlap = Overlap("DB22/T 3999—2023", "GB/T 31999—2021");
        var local = overlap.A == "DB22/T 3999—2023";
        var units = TextUnits.Of(Document("DB22/T 3999—2023")).ToDictionary(u => u.Label, u => u.Text);
        bool WholeClause(string number) => overlap.Passages.Any(p => (local ? p.AClause : p.BClause) == number && (local ? p.BClause : p.AClause) == number
            && Compact(local ? p.Text : p.BText) == Compact(units[number]));
        Assert.Multiple(() =>
        {
            Assert.That(overlap.SharedClauses, Is.GreaterThanOrEqualTo(23));
            Assert.That(verbatim.Where(n => !WholeClause(n)), Is.Empty, "each verbatim clause is one passage covering the whole clause");
            Assert.That(reworded.Where(WholeClause), Is.Empty, "a reworded clause is not shown as repeated whole");
        });
    }

    [Test]
    public void Every_passage_is_the_same_text_at_its_offsets_in_both_originals()
    {
        var folder = TextFolder.Default;
        var checkedPassages = 0;
        foreach (var o in _result.Overlaps)
        {
            var a = Units(o.A);
            var b = Units(o.B);
            foreach (var p in o.Passages)
            {
                Assert.That(a[p.AClause][p.AStart..p.AEnd], Is.EqualTo(p.Text), $"{o.A} {p.AClause}");
                Assert.That(b[p.BClause][p.BStart..p.BEnd], Is.EqualTo(p.BText), $"{o.B} {p.BClause}");
                Assert.That(Compact(folder.FoldToString(p.Text)), Is.EqualTo(Compact(folder.FoldToString(p.BText))));
                Assert.That(p.Length, Is.EqualTo(p.AEnd - p.AStart));
                checkedPassages++;
            }
        }
        Assert.That(checkedPassages, Is.GreaterThan(100));
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        using var json = System.Text.Json.JsonDocument.Parse(StdSearch.Reporting.JsonReport.Serialize(_result));
        var root = json.RootElement;
        var cluster = root.GetProperty("clusters")[0];
        Assert.That(cluster.GetProperty("members").GetArrayLength(), Is.GreaterThanOrEqualTo(2));
        Assert.That(cluster.GetProperty("similarity").GetDouble(), Is.InRange(0.0, 1.0));
        var passage = root.GetProperty("overlaps")[0].GetProperty("passages")[0];
        foreach (var name in new[] { "text", "aStart", "bStart", "length" }) Assert.That(passage.TryGetProperty(name, out _), Is.True, name);
        Assert.That(root.GetProperty("overlaps")[0].TryGetProperty("a", out _) && root.GetProperty("overlaps")[0].TryGetProperty("b", out _), Is.True);
    }

    private Dictionary<string, string> Units(string label)
    {
        var d = _documents.Single(x => Label(x) == label);
        return TextUnits.Of(d).ToDictionary(u => u.Label, u => u.Text);
    }

    // The finder's label: the id, with the file when two files carry one id.
    private string Label(StandardDocument d)
    {
        var id = d.Id.IsEmpty ? d.Key : d.Id.Display;
        return _documents.Count(x => (x.Id.IsEmpty ? x.Key : x.Id.Display) == id) > 1 ? $"{id} ({d.SourceName})" : id;
    }

    private static string Compact(string s) => new([.. s.Where(NormalizedText.Counts)]);
}
