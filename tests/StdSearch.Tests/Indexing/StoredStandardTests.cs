using System.Text;
using System.Text.Json;
using StdSearch.Extraction;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Indexing;

/// <summary>The one stored copy of a standard: units and JSON in one compressed stream.</summary>
public sealed class StoredStandardTests
{
    private readonly DocumentExtractor _extractor = new();

    [TestCase("gbt-31999-2021")]
    [TestCase("db22t-3999-2023")]
    [TestCase("iso-29875-2019")]
    public async Task Units_and_document_come_back_exactly(string sample)
    {
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf("pdf", sample + ".pdf"));
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

    [Test]
    public async Task The_json_costs_little_beyond_the_units_it_repeats()
    {
        var document = await _extractor.ExtractAsync(CorpusSamples.PathOf("pdf", "gbt-31999-2021.pdf"));
        var units = ClauseUnit.Split(document);
        var text = units.Sum(u => Encoding.UTF8.GetByteCount(u.Text) + Encoding.UTF8.GetByteCount(u.Heading));
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonReport.Compact).Length;
        var stored = StoredStandard.Encode(document, units).Length;
        // Units and JSON together hold the text twice over; compressed together they take less than the text once.
        Assert.That(text + json, Is.GreaterThan(2 * text));
        Assert.That(stored, Is.LessThan(text), $"stored {stored} bytes for {text} bytes of unit text and {json} bytes of JSON");
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
