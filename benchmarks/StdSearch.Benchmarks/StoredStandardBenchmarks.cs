using BenchmarkDotNet.Attributes;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Pdf;
using StdSearch.Indexing;

namespace StdSearch.Benchmarks;

/// <summary>
/// The stored form of a standard (<see cref="StoredStandard"/>: its units and skeleton, one Brotli stream): encoding it
/// as the index writer does for every standard, and decoding a hit's clauses as a search does. Real standards of three
/// sizes from <c>../shared/real-standards/</c> (extracted once in the setup); without them each case prints a message
/// and does nothing.
/// </summary>
[MemoryDiagnoser]
public class StoredStandardBenchmarks
{
    private StandardDocument? _document;
    private IReadOnlyList<ClauseUnit> _units = [];
    private byte[] _stored = [];
    private int[] _places = [];

    /// <summary>A retyped standard of a few pages, a 40-page one and a 90-page one.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    /// <summary>The benchmark files.</summary>
    public static IEnumerable<string> Files => ["GB-T-3179-1992.pdf", "JT-T-808-2011.pdf", "GB-T-28181-2016.pdf"];

    /// <summary>Extracts the file and encodes it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = PdfReadBenchmarks.CorpusFile(File);
        if (path is null)
        {
            Console.WriteLine($"// real-standards corpus not found at ../shared/real-standards/ ({File}) - skipping");
            return;
        }

        var reader = new PdfDocumentReader();
        var parser = new StdSearch.Extraction.Structure.GbtStructureParser();
        _document = parser.Parse(reader.Read(System.IO.File.ReadAllBytes(path), File, ExtractionOptions.Default));
        _units = ClauseUnit.Split(_document);
        _stored = StoredStandard.Encode(_document, _units);
        // A hit shows a few clauses: here three spread over the standard, the last near its end.
        _places = [_units.Count / 4, _units.Count / 2, Math.Max(0, _units.Count - 2)];
        Console.WriteLine($"// {File}: {_units.Count} units, {_units.Sum(u => u.Text.Length):N0} characters, stored {_stored.Length:N0} bytes");
    }

    /// <summary>What the index writer does per standard: units and skeleton to one compressed stream.</summary>
    [Benchmark(Description = "Encode")]
    public int Encode() => _document is null ? 0 : StoredStandard.Encode(_document, _units).Length;

    /// <summary>What a search does per hit: the shown units, decompressing only as far as the last one.</summary>
    [Benchmark(Description = "Decode 3 units")]
    public int DecodeHitUnits() => _document is null ? 0 : StoredStandard.DecodeUnits(_stored, _places).Count;
}
