using System.IO.MemoryMappedFiles;
using System.Text;
using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// The clause-level LSH tables of an index's standards, persisted in the index folder (<see cref="FileName"/>) so that a
/// draft check finds the standards sharing clauses with a draft by a few binary searches instead of one search per clause.
/// For each band, the band hashes of every clause sorted, beside the clause's standard. The file records the index's
/// commit generation and the signature settings; <see cref="OpenOrBuild"/> rebuilds it when either changed. Written to a
/// temporary file and moved into place, so a reader never sees half a file. Read through a memory map: opening costs
/// nothing and a look-up reads a few pages. Thread-safe for look-ups; dispose it to release the map.
/// </summary>
public sealed class ClauseSignatureIndex : IDisposable
{
    /// <summary>The file's name in the index folder.</summary>
    public const string FileName = "stdsearch-clause-signatures.bin";

    private const int Version = 1;
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly string[] _keys;
    private readonly long _unitDocs;
    private readonly long[] _bandStarts;
    private readonly int _entries;
    private readonly MinHasher _hasher;

    private ClauseSignatureIndex(string path, CorpusOptions options)
    {
        Options = options;
        _hasher = new MinHasher(options.DocumentHashes, options.ShingleLength, options.Seed);
        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        ReadHeader(reader, out _, out _);
        var keys = reader.ReadInt32();
        _keys = new string[keys];
        for (var i = 0; i < keys; i++) _keys[i] = reader.ReadString();
        _entries = reader.ReadInt32();
        _unitDocs = stream.Position;
        _bandStarts = new long[options.ClauseBands];
        for (var b = 0; b < _bandStarts.Length; b++) _bandStarts[b] = _unitDocs + 4L * _entries + (long)b * 12 * _entries;
    }

    /// <summary>The settings the signatures were computed with.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Standards covered.</summary>
    public int Standards => _keys.Length;

    /// <summary>Clauses in the tables (those of at least <see cref="CorpusOptions.MinClauseLength"/> characters).</summary>
    public int Clauses => _entries;

    /// <summary>
    /// Opens the tables of <paramref name="index"/>, or builds them (reading every standard, signatures in parallel) when the
    /// file is missing, was written for another commit of the index, or with other settings.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="options">Settings; <see cref="CorpusOptions.Default"/> when null.</param>
    /// <param name="progress">Standards signed, while building.</param>
    /// <param name="cancellationToken">Cancels a build.</param>
    public static ClauseSignatureIndex OpenOrBuild(StandardsIndex index, CorpusOptions? options = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        options ??= CorpusOptions.Default;
        options.Validate();
        var path = Path.Combine(index.DirectoryPath, FileName);
        var generation = Generation(index.DirectoryPath);
        if (File.Exists(path) && IsCurrent(path, generation, options)) return new ClauseSignatureIndex(path, options);
        Build(index, options, path, generation, progress, cancellationToken);
        return new ClauseSignatureIndex(path, options);
    }

    /// <summary>The keys of the standards with clauses sharing an LSH band with a clause of this text, with how many bands matched.</summary>
    internal Dictionary<string, int> Candidates(NormalizedText clause)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (clause.Length < Options.MinClauseLength) return result;
        var signature = new uint[Options.DocumentHashes];
        _hasher.Sign(_hasher.Shingles(clause.Chars), signature);
        var rows = Options.ClauseHashes / Options.ClauseBands;
        for (var band = 0; band < Options.ClauseBands; band++)
        {
            var key = LshBanding.BandHash(signature, band, rows);
            var start = _bandStarts[band];
            int lo = 0, hi = _entries;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_view.ReadUInt64(start + 12L * mid) < key) lo = mid + 1; else hi = mid;
            }
            for (var i = lo; i < _entries && i - lo < Options.MaxBucketSize && _view.ReadUInt64(start + 12L * i) == key; i++)
            {
                var unit = _view.ReadInt32(start + 12L * i + 8);
                var doc = _view.ReadInt32(_unitDocs + 4L * unit);
                var k = _keys[doc];
                result[k] = result.GetValueOrDefault(k) + 1;
            }
        }
        return result;
    }

    /// <summary>Releases the memory map.</summary>
    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
    }

    // The index's commit generation: Lucene names each commit point segments_N, N growing with every commit.
    private static string Generation(string directory) =>
        Directory.EnumerateFiles(directory, "segments_*").Select(Path.GetFileName).OrderBy(n => n!.Length).ThenBy(n => n, StringComparer.Ordinal).LastOrDefault() ?? "";

    private static int SettingsHash(CorpusOptions o) =>
        HashCode.Combine(o.ShingleLength, o.DocumentHashes, o.ClauseHashes, o.ClauseBands, o.Seed, o.MinClauseLength);

    private static bool IsCurrent(string path, string generation, CorpusOptions options)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            ReadHeader(reader, out var g, out var settings);
            return g == generation && settings == SettingsHash(options);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            return false;
        }
    }

    private static void ReadHeader(BinaryReader reader, out string generation, out int settings)
    {
        if (reader.ReadInt32() != 0x53435353 || reader.ReadInt32() != Version) throw new InvalidDataException("not a clause signature file of this version");
        generation = reader.ReadString();
        settings = reader.ReadInt32();
    }

    private static void Build(StandardsIndex index, CorpusOptions options, string path, string generation, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var documents = CorpusDocuments.FromIndex(index, cancellationToken);
        var catalog = CorpusCatalog.Build(documents, options, progress, cancellationToken);
        var included = Enumerable.Range(0, catalog.UnitCount).Where(u => catalog.UnitLength[u] >= options.MinClauseLength).ToArray();
        var rows = options.ClauseHashes / options.ClauseBands;
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(0x53435353);
                writer.Write(Version);
                writer.Write(generation);
                writer.Write(SettingsHash(options));
                writer.Write(documents.Count);
                foreach (var d in documents) writer.Write(d.Key);
                writer.Write(included.Length);
                foreach (var u in included) writer.Write(catalog.UnitDocument[u]);
                var keys = new (ulong Hash, int Entry)[included.Length];
                for (var band = 0; band < options.ClauseBands; band++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var e = 0; e < included.Length; e++) keys[e] = (LshBanding.BandHash(catalog.UnitSignature(included[e]), band, rows), e);
                    Array.Sort(keys, (x, y) => x.Hash != y.Hash ? x.Hash.CompareTo(y.Hash) : x.Entry.CompareTo(y.Entry));
                    foreach (var (hash, entry) in keys)
                    {
                        writer.Write(hash);
                        writer.Write(entry);
                    }
                }
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
