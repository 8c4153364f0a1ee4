using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Indexing;

/// <summary>The one stored copy of a standard: units, then the document's JSON without what the units hold.</summary>
public sealed class StoredStandardTests
{
    private readonly DocumentExtractor _extractor = new();

    [TestCase("pdf", "gbt-31999-2021.pdf")]
    [TestCase("pdf", "db22t-3999-2023.pdf")]
    [TestCase("pdf", "iso-29875-2019.pdf")]
    [TestCase("pdf", "cns-16289.pdf")]
    [TestCase("pdf", "gbt-42872-2023-mod.pdf")]
    [TestCase("docx", "t-hzev-007-2024-draft.docx")]
    [TestCase("html", "jl-bzh-14th-fyp-notice.html")]
    [TestCase("txt", "t-jlly-036-2020.txt")]
    public async Task Units_and_document_come_back_exactly(string folder, string sample)
    {
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf(folder, sample));
        var units = ClauseUnit.Split(document);
        var stored = StoredStandard.Encode(document, units);

        var read = StoredStandard.DecodeUnits(stored);
        Assert.That(read, Has.Count.EqualTo(units.Count));
        for (var i = 0; i < units.Count; i++)
        {
            Assert.That(read[i].Number, Is.EqualTo(units[i].Number), $"unit {i}");
            Assert.That(read[i].Heading, Is.EqualTo(units[i].Heading), $"unit {i}");
            Assert.That(read[i].Kind, Is.EqualTo(units[i].Kind), $"unit {i}");
            Assert.That(read[i].Pages, Is.EqualTo(units[i].Pages), $"unit {i}");
            Assert.That(read[i].Text, Is.EqualTo(units[i].Text), $"unit {i}");
        }
        // Some units by place, as a hit asks for them: the same units, and only those (places past the end left out).
        int[] places = [units.Count - 1, 0, units.Count / 2, units.Count + 3];
        var some = StoredStandard.DecodeUnits(stored, places);
        Assert.That(some.Keys, Is.EquivalentTo(places.Where(p => p < units.Count).Distinct()));
        foreach (var (place, unit) in some)
            Assert.That((unit.Number, unit.Heading, unit.Text, unit.Pages), Is.EqualTo((read[place].Number, read[place].Heading, read[place].Text, read[place].Pages)));
        var back = StoredStandard.DecodeDocument(stored);
        Assert.That(JsonSerializer.Serialize(back, JsonReport.Compact), Is.EqualTo(JsonSerializer.Serialize(document, JsonReport.Compact)));
    }

    [TestCase("JT-T-808-2011.pdf")]
    [TestCase("GB-T-28181-2016.pdf")]
    [TestCase("T-JSATL-12-2017.pdf")]
    [TestCase("DL-T-667-1999.docx")]
    [TestCase("ISO-IEC-14496-12-2012.pdf")]
    public async Task Real_standards_come_back_exactly(string file)
    {
        var document = await _extractor.ExtractAsync(RealStandards.PathOf(file));
        var stored = StoredStandard.Encode(document, ClauseUnit.Split(document));
        var back = StoredStandard.DecodeDocument(stored);
        Assert.That(JsonSerializer.Serialize(back, JsonReport.Compact), Is.EqualTo(JsonSerializer.Serialize(document, JsonReport.Compact)));
    }

    [TestCase("pdf", "gbt-31999-2021.pdf")]
    [TestCase("docx", "t-hzev-007-2024-draft.docx")]
    public async Task The_skeleton_leaves_out_what_the_units_hold(string folder, string sample)
    {
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf(folder, sample));
        var units = ClauseUnit.Split(document);
        var (references, skeleton) = StoredSkeleton.Encode(document, units);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonReport.Compact);
        var text = units.Sum(u => Encoding.UTF8.GetByteCount(u.Text) + Encoding.UTF8.GetByteCount(u.Heading));
        // Every clause heading and text is a unit's heading or a piece of a unit's text: the skeleton's clauses keep none
        // of them (nor do its terms keep their designations and definitions).
        var skeletonText = Encoding.UTF8.GetString(skeleton);
        skeletonText = skeletonText[skeletonText.IndexOf("\"clauses\":", StringComparison.Ordinal)..];
        var kept = document.AllClauses().Where(c => c.Text.Length >= 8 && skeletonText.Contains(JsonSerializer.Serialize(c.Text, JsonReport.Compact)[1..^1])).ToList();
        Assert.That(kept, Is.Empty, $"clause texts left in the skeleton: {string.Join(" | ", kept.Take(3).Select(c => c.Number + " " + c.Text))}");
        Assert.That(document.Terms.Where(t => t.Designation.Length > 0).Select(t => Encoding.UTF8.GetString(skeleton).Contains($"\"designation\":\"{t.Designation}\"")), Has.None.True);
        Assert.That(skeleton.Length + references.Length, Is.LessThan(json.Length / 2), $"skeleton {skeleton.Length} + references {references.Length} bytes, whole JSON {json.Length}");
        var stored = StoredStandard.Encode(document, units).Length;
        Assert.That(stored, Is.LessThan(text), $"stored {stored} bytes for {text} bytes of unit text");
    }

    [Test]
    public async Task A_standard_stored_with_its_whole_json_is_still_read()
    {
        // Format 2: units and the whole JSON after a 9-byte header. No units here: the document is the JSON alone.
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf("pdf", "db22t-3999-2023.pdf"));
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonReport.Compact);
        var raw = new byte[1 + json.Length];
        json.CopyTo(raw, 1);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        Assert.That(BrotliEncoder.TryCompress(raw, compressed, out var written), Is.True);
        var stored = new byte[9 + written];
        stored[0] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(stored.AsSpan(1), 1);
        BinaryPrimitives.WriteInt32LittleEndian(stored.AsSpan(5), json.Length);
        compressed.AsSpan(0, written).CopyTo(stored.AsSpan(9));

        Assert.That(StoredStandard.DecodeUnits(stored), Is.Empty);
        Assert.That(JsonSerializer.Serialize(StoredStandard.DecodeDocument(stored), JsonReport.Compact), Is.EqualTo(Encoding.UTF8.GetString(json)));
    }

    [Test]
    public async Task Corrupt_or_foreign_bytes_are_an_invalid_data_error()
    {
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf("pdf", "gbt-31999-2021.pdf"));
        var stored = StoredStandard.Encode(document, ClauseUnit.Split(document));
        var truncated = stored[..(stored.Length / 2)];
        Assert.Throws<InvalidDataException>(() => StoredStandard.DecodeDocument(truncated));
        Assert.Throws<InvalidDataException>(() => StoredStandard.DecodeUnits([1, 2, 3]));
        Assert.Throws<InvalidDataException>(() => StoredStandard.DecodeUnits(truncated, [int.MaxValue - 1]));
        var garbled = (byte[])stored.Clone();
        for (var i = 9; i < garbled.Length; i += 7) garbled[i] ^= 0x5A;
        Assert.Throws<InvalidDataException>(() => StoredStandard.DecodeDocument(garbled));
    }
}
