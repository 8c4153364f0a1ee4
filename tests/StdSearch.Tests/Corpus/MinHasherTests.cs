using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Tests.Corpus;

public class MinHasherTests
{
    private static ulong[] ShinglesOf(MinHasher hasher, StandardDocument d) =>
        TextUnits.Of(d).SelectMany(u => hasher.Shingles(NormalizedText.Create(u.Text, TextFolder.Default).Chars)).Distinct().Order().ToArray();

    [Test]
    public async Task The_signature_estimate_is_close_to_the_exact_Jaccard_of_a_real_pair()
    {
        var extractor = new StdSearch.Extraction.DocumentExtractor();
        var group = await extractor.ExtractAsync(TestSupport.CorpusSamples.PathOf("pdf", "t-jseba-018-2022.pdf"));
        var draft = await extractor.ExtractAsync(TestSupport.CorpusSamples.PathOf("docx", "t-hzev-007-2024-draft.docx"));
        var local = await extractor.ExtractAsync(TestSupport.CorpusSamples.PathOf("pdf", "db22t-3999-2023.pdf"));
        var hasher = new MinHasher(256, 4, CorpusOptions.Default.Seed);
        double Estimate(StandardDocument a, StandardDocument b)
        {
            var sa = new uint[256];
            var sb = new uint[256];
            hasher.Sign(ShinglesOf(hasher, a), sa);
            hasher.Sign(ShinglesOf(hasher, b), sb);
            return MinHasher.Similarity(sa, sb);
        }
        var exactNear = MinHasher.Jaccard(ShinglesOf(hasher, group), ShinglesOf(hasher, draft));
        var exactFar = MinHasher.Jaccard(ShinglesOf(hasher, group), ShinglesOf(hasher, local));
        Assert.Multiple(() =>
        {
            Assert.That(exactNear, Is.GreaterThan(0.75));
            Assert.That(exactFar, Is.LessThan(0.1));
            Assert.That(Estimate(group, draft), Is.EqualTo(exactNear).Within(0.08));
            Assert.That(Estimate(group, local), Is.EqualTo(exactFar).Within(0.08));
        });
    }

    [Test]
    public void Traditional_and_Simplified_text_give_the_same_shingles()
    {
        // CNS 16289 4.1.1 and its GB/T 42871 counterpart share 軟體介面與其他軟體分離 = 软件接口与其他软件分离 once folded.
        var hasher = new MinHasher(64, 4, 1);
        var traditional = hasher.Shingles(NormalizedText.Create("受保護之軟體介面與其他軟體分離。", TextFolder.Default).Chars);
        var simplified = hasher.Shingles(NormalizedText.Create("受保护之软件接口与其他软件分离", TextFolder.Default).Chars);
        Assert.That(traditional, Is.EqualTo(simplified));
    }

    [Test]
    public void Signatures_do_not_depend_on_the_instance()
    {
        var text = NormalizedText.Create("储油罐应采用食品级不锈钢或内壁经食品级涂层处理的碳钢制造。", TextFolder.Default).Chars;
        var a = new uint[64];
        var b = new uint[64];
        new MinHasher(64, 4, 42).Sign(new MinHasher(64, 4, 42).Shingles(text), a);
        new MinHasher(64, 4, 42).Sign(new MinHasher(64, 4, 42).Shingles(text), b);
        var c = new uint[64];
        new MinHasher(64, 4, 43).Sign(new MinHasher(64, 4, 43).Shingles(text), c);
        Assert.That(a, Is.EqualTo(b));
        Assert.That(c, Is.Not.EqualTo(a), "another seed draws other hash functions");
    }
}
