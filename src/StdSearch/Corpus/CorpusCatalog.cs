using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// The signatures of a corpus: per standard a MinHash signature, an exact hash of its normalised text and its clause
/// units, each with its own signature. Built in parallel, one standard per work item; arrays are flat so that 2 million
/// clauses take about 0.5 GB at 64 hashes.
/// </summary>
internal sealed class CorpusCatalog
{
    private CorpusCatalog(IReadOnlyList<StandardDocument> documents, CorpusOptions options)
    {
        Documents = documents;
        Options = options;
        Hasher = new MinHasher(options.DocumentHashes, options.ShingleLength, options.Seed);
        var n = documents.Count;
        Labels = LabelsOf(documents);
        DocumentSignatures = new uint[n * options.DocumentHashes];
        ExactHashes = new (ulong, ulong)[n];
        UnitStart = new int[n + 1];
        for (var i = 0; i < n; i++) UnitStart[i + 1] = UnitStart[i] + TextUnits.Count(documents[i]);
        var units = UnitStart[n];
        UnitSignatures = new uint[(long)units * options.ClauseHashes];
        UnitLength = new int[units];
        UnitDocument = new int[units];
        NormalizedLength = new int[n];
        Repeats = new string?[n];
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        KeyIndex = documents.Select(d => keys.TryGetValue(d.Key, out var k) ? k : keys[d.Key] = keys.Count).ToArray();
        KeyCount = keys.Count;
        _sentences = new ulong[n][];
    }

    private readonly ulong[][] _sentences;

    public IReadOnlyList<StandardDocument> Documents { get; }
    public CorpusOptions Options { get; }
    public MinHasher Hasher { get; }
    public string[] Labels { get; }
    public uint[] DocumentSignatures { get; }
    public (ulong, ulong)[] ExactHashes { get; }
    public int[] UnitStart { get; }
    public uint[] UnitSignatures { get; }
    public int[] UnitLength { get; }
    public int[] UnitDocument { get; }
    public int[] NormalizedLength { get; }
    public string?[] Repeats { get; }

    /// <summary>For each document, the index of its key: two files of one standard share it.</summary>
    public int[] KeyIndex { get; }

    /// <summary>Distinct keys (standards).</summary>
    public int KeyCount { get; }

    /// <summary>Hashes of the sentences found in at least <see cref="CorpusOptions.TemplateThreshold"/> standards: template text.</summary>
    public HashSet<ulong> TemplateSentences { get; private set; } = [];
    public int UnitCount => UnitLength.Length;

    public ReadOnlySpan<uint> DocumentSignature(int document) =>
        DocumentSignatures.AsSpan(document * Options.DocumentHashes, Options.DocumentHashes);

    public ReadOnlySpan<uint> UnitSignature(int unit) =>
        UnitSignatures.AsSpan((int)((long)unit * Options.ClauseHashes), Options.ClauseHashes);

    public static CorpusCatalog Build(IReadOnlyList<StandardDocument> documents, CorpusOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        var catalog = new CorpusCatalog(documents, options);
        var folder = TextFolder.Default;
        var done = 0;
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            () => new uint[options.DocumentHashes],
            (i, _, buffer) =>
            {
                catalog.Sign(i, folder, buffer);
                var d = Interlocked.Increment(ref done);
                if (progress is not null && (d % 1000 == 0 || d == documents.Count)) progress.Report(d);
                return buffer;
            },
            _ => { });
        catalog.CountSentences();
        return catalog;
    }

    private void Sign(int index, TextFolder folder, uint[] buffer)
    {
        var document = Documents[index];
        var h = Options.DocumentHashes;
        var hc = Options.ClauseHashes;
        var docSignature = DocumentSignatures.AsSpan(index * h, h);
        docSignature.Fill(uint.MaxValue);
        ulong exactA = 14695981039346656037UL, exactB = 0x84222325CBF29CE4UL;
        var unit = UnitStart[index];
        var total = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeatedChars = 0;
        var repeatedUnits = 0;
        var sentences = new HashSet<ulong>();
        foreach (var u in TextUnits.Of(document))
        {
            foreach (var (hash, _, _) in Sentences(u.Text, folder)) sentences.Add(hash);
            var text = NormalizedText.Create(u.Text, folder).Chars;
            var shingles = Hasher.Shingles(text);
            Hasher.Sign(shingles, buffer);
            for (var k = 0; k < h; k++) if (buffer[k] < docSignature[k]) docSignature[k] = buffer[k];
            buffer.AsSpan(0, hc).CopyTo(UnitSignatures.AsSpan((int)((long)unit * hc), hc));
            UnitLength[unit] = text.Length;
            UnitDocument[unit] = index;
            unit++;
            total += text.Length;
            foreach (var c in text)
            {
                exactA = (exactA ^ c) * 1099511628211UL;
                exactB = (exactB ^ c) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
            }
            exactA = (exactA ^ 0xFFFF) * 1099511628211UL; // unit boundary
            if (text.Length >= 20)
            {
                if (seen.TryGetValue(text, out var times)) { repeatedChars += text.Length; repeatedUnits++; }
                seen[text] = times + 1;
            }
        }
        ExactHashes[index] = (MinHasher.Mix(exactA), MinHasher.Mix(exactB));
        _sentences[index] = [.. sentences];
        NormalizedLength[index] = total;
        if (document.Warnings.FirstOrDefault(w => w.Code == WarningCode.RepeatedBody) is { } warning)
            Repeats[index] = "extraction: " + warning.Message;
        else if (repeatedChars >= 200 || (total > 0 && repeatedUnits >= 3 && repeatedChars >= total / 4))
            Repeats[index] = $"{repeatedUnits} clauses ({repeatedChars} characters) appear twice in the text";
    }

    /// <summary>
    /// The sentences of a text (cut after 。；; and line breaks) with at least 8 normalised characters: the hash of the
    /// normalised sentence and its original start and end.
    /// </summary>
    public static IEnumerable<(ulong Hash, int Start, int End)> Sentences(string text, TextFolder folder)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('。' or '；' or ';' or '\n' or '！' or '？')) continue;
            var end = Math.Min(i + 1, text.Length);
            if (end - start >= 8)
            {
                var chars = NormalizedText.Create(text[start..end], folder).Chars;
                if (chars.Length >= 8) yield return (MinHasher.Hash(chars), start, end);
            }
            start = end;
        }
    }

    private void CountSentences()
    {
        var limit = Options.TemplateThreshold(KeyCount);
        var counts = new Dictionary<ulong, int>();
        foreach (var byKey in Enumerable.Range(0, Documents.Count).GroupBy(i => KeyIndex[i]))
        {
            var union = new HashSet<ulong>();
            foreach (var i in byKey) union.UnionWith(_sentences[i]);
            foreach (var h in union) counts[h] = counts.GetValueOrDefault(h) + 1;
        }
        TemplateSentences = counts.Where(c => c.Value >= limit).Select(c => c.Key).ToHashSet();
        Array.Clear(_sentences);
    }

    private static string[] LabelsOf(IReadOnlyList<StandardDocument> documents)
    {
        var labels = documents.Select(d => d.Id.IsEmpty ? d.Key : d.Id.Display).ToArray();
        var counts = labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
            if (counts.Contains(labels[i]) && documents[i].SourceName.Length > 0) labels[i] = $"{labels[i]} ({documents[i].SourceName})";
        return labels;
    }
}
