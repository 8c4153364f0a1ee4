using System.Collections.Concurrent;
using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// Finds near-duplicate standards, exact duplicates, repeated bodies and reused clauses in a corpus:
/// MinHash signatures over folded, punctuation-free character shingles at document and clause level, LSH banding for
/// candidates, the full signature to confirm them, exact hashing for identical texts, and for every pair of standards that
/// share clauses the exact shared passages with their offsets in both originals. Immutable and thread-safe.
/// </summary>
public sealed class DuplicateFinder
{
    /// <summary>Creates a finder.</summary>
    /// <param name="options">Settings; <see cref="CorpusOptions.Default"/> when null.</param>
    public DuplicateFinder(CorpusOptions? options = null)
    {
        Options = options ?? CorpusOptions.Default;
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Finds the duplicates in <paramref name="documents"/>.</summary>
    /// <param name="documents">The corpus; the same key may occur twice (two files of one standard).</param>
    /// <param name="progress">Standards signed so far.</param>
    /// <param name="cancellationToken">Checked between standards and between bands.</param>
    public DedupeResult Find(IReadOnlyList<StandardDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var catalog = CorpusCatalog.Build(documents, Options, progress, cancellationToken);
        var links = FindLinks(catalog, cancellationToken);
        var clusters = Cluster(catalog, links.Similar);
        var overlaps = Overlaps(catalog, links, cancellationToken);
        var repeated = Enumerable.Range(0, documents.Count).Where(i => catalog.Repeats[i] is not null)
            .Select(i => new RepeatedBody(catalog.Labels[i], documents[i].SourceName, catalog.Repeats[i]!)).ToList();
        return new DedupeResult
        {
            Documents = documents.Count,
            Clauses = catalog.UnitCount,
            Threshold = Options.Threshold,
            Clusters = clusters,
            Overlaps = overlaps,
            RepeatedBodies = repeated,
            TemplateClauses = links.TemplateUnits,
            Method = $"MinHash over {Options.ShingleLength}-character shingles of folded text without punctuation " +
                     $"({Options.DocumentHashes} hashes per standard in {Options.DocumentBands} LSH bands, {Options.ClauseHashes} per clause in {Options.ClauseBands} bands); " +
                     $"standards with estimated Jaccard ≥ {Options.Threshold:0.##} or identical text are clustered; clauses with ≥ {Options.ClauseThreshold:0.##} are reused; " +
                     $"text found in ≥ {Options.TemplateThreshold(catalog.KeyCount)} standards is template text and not counted.",
        };
    }

    internal sealed record Links(List<(int A, int B, double Similarity)> Similar, Dictionary<long, int> SharedClauses, bool[] TemplateUnit, int TemplateUnits);

    /// <summary>Document pairs above the threshold (or exactly equal) and clause reuse counted per document pair.</summary>
    internal Links FindLinks(CorpusCatalog catalog, CancellationToken cancellationToken)
    {
        var o = Options;
        var n = catalog.Documents.Count;
        var similar = new List<(int, int, double)>();
        var crowdedDocs = new bool[n];
        var docPairs = LshBanding.Pairs(catalog.DocumentSignatures, o.DocumentHashes, n, o.DocumentBands, null,
            (a, b) => MinHasher.Similarity(catalog.DocumentSignature(a), catalog.DocumentSignature(b)) >= o.Threshold,
            o.MaxBucketSize * 10, o.Parallelism, crowdedDocs, cancellationToken);
        foreach (var p in docPairs)
        {
            int a = (int)(p >> 32), b = (int)(uint)p;
            similar.Add((a, b, Exact(catalog, a, b) ? 1.0 : MinHasher.Similarity(catalog.DocumentSignature(a), catalog.DocumentSignature(b))));
        }
        // Identical texts always pair, even in a crowded bucket.
        foreach (var group in Enumerable.Range(0, n).Where(i => catalog.NormalizedLength[i] > 0).GroupBy(i => catalog.ExactHashes[i]).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            for (var x = 0; x < members.Count; x++)
                for (var y = x + 1; y < members.Count; y++)
                    if (!similar.Any(s => s.Item1 == members[x] && s.Item2 == members[y])) similar.Add((members[x], members[y], 1.0));
        }

        var units = catalog.UnitCount;
        var include = new bool[units];
        for (var u = 0; u < units; u++) include[u] = catalog.UnitLength[u] >= o.MinClauseLength;
        var crowded = new bool[units];
        var clausePairs = LshBanding.Pairs(catalog.UnitSignatures, o.ClauseHashes, units, o.ClauseBands, include,
            (a, b) => catalog.UnitDocument[a] != catalog.UnitDocument[b]
                      && MinHasher.Similarity(catalog.UnitSignature(a), catalog.UnitSignature(b)) >= o.ClauseThreshold,
            o.MaxBucketSize, o.Parallelism, crowded, cancellationToken);

        // A clause found in many standards is template text: count the distinct other standards (keys) each clause meets.
        var meets = new List<long>(clausePairs.Length * 2);
        foreach (var p in clausePairs)
        {
            int a = (int)(p >> 32), b = (int)(uint)p;
            int ka = catalog.KeyIndex[catalog.UnitDocument[a]], kb = catalog.KeyIndex[catalog.UnitDocument[b]];
            if (ka == kb) continue;
            meets.Add(((long)a << 32) | (uint)kb);
            meets.Add(((long)b << 32) | (uint)ka);
        }
        meets.Sort();
        var template = crowded;
        var limit = o.TemplateThreshold(catalog.KeyCount) - 1;
        for (int i = 0, distinct = 0; i < meets.Count; i++)
        {
            var unit = (int)(meets[i] >> 32);
            distinct = i > 0 && (int)(meets[i - 1] >> 32) == unit ? distinct + (meets[i] != meets[i - 1] ? 1 : 0) : 1;
            if (distinct >= limit) template[unit] = true;
        }
        var shared = new Dictionary<long, int>();
        foreach (var p in clausePairs)
        {
            int a = (int)(p >> 32), b = (int)(uint)p;
            if (template[a] || template[b]) continue;
            int da = catalog.UnitDocument[a], db = catalog.UnitDocument[b];
            var key = da < db ? ((long)da << 32) | (uint)db : ((long)db << 32) | (uint)da;
            shared[key] = shared.GetValueOrDefault(key) + 1;
        }
        return new Links(similar, shared, template, template.Count(t => t));
    }

    /// <summary>For each unit, which of its normalised characters lie in a template sentence.</summary>
    internal static (List<(string Label, NormalizedText Text)>, bool[][]) TemplateMasks(CorpusCatalog catalog, List<(string Label, NormalizedText Text)> units, TextFolder folder)
    {
        var masks = new bool[units.Count][];
        for (var u = 0; u < units.Count; u++)
        {
            var text = units[u].Text;
            var mask = masks[u] = new bool[text.Length];
            foreach (var (hash, start, end) in CorpusCatalog.Sentences(text.Original, folder))
            {
                if (!catalog.TemplateSentences.Contains(hash)) continue;
                for (var k = 0; k < text.Length; k++)
                {
                    var at = text.OriginalStart(k);
                    if (at >= start && at < end) mask[k] = true;
                }
            }
        }
        return (units, masks);
    }

    // The normalised index of the character at an original offset.
    private static int IndexOfRun(NormalizedText text, int originalStart)
    {
        for (var k = 0; k < text.Length; k++) if (text.OriginalStart(k) >= originalStart) return k;
        return text.Length;
    }

    private static bool Exact(CorpusCatalog catalog, int a, int b) =>
        catalog.NormalizedLength[a] > 0 && catalog.ExactHashes[a] == catalog.ExactHashes[b];

    private static List<DuplicateCluster> Cluster(CorpusCatalog catalog, List<(int A, int B, double Similarity)> similar)
    {
        var parent = new Dictionary<int, int>();
        int Root(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) { parent[x] = parent.GetValueOrDefault(p, p); x = p; }
            return x;
        }
        foreach (var (a, b, _) in similar)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            int ra = Root(a), rb = Root(b);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
        var docs = catalog.Documents;
        var clusters = new List<DuplicateCluster>();
        foreach (var group in parent.Keys.GroupBy(Root))
        {
            var members = group.Order().ToList();
            double Sim(int x, int y) => x == y ? 1 : Exact(catalog, x, y) ? 1 : MinHasher.Similarity(catalog.DocumentSignature(x), catalog.DocumentSignature(y));
            var representative = members
                .OrderBy(m => docs[m].IsDraft)
                .ThenByDescending(m => members.Sum(o => Sim(m, o)))
                .ThenByDescending(m => docs[m].Id.Year ?? docs[m].Issued?.Year ?? 0)
                .ThenBy(m => catalog.Labels[m], StringComparer.Ordinal)
                .First();
            var ordered = members.OrderByDescending(m => m == representative).ThenByDescending(m => Sim(representative, m)).ThenBy(m => m).ToList();
            var memberSimilarity = ordered.Select(m => new ClusterMember(catalog.Labels[m], Math.Round(Sim(representative, m), 3),
                m != representative && Exact(catalog, representative, m), docs[m].SourceName, docs[m].IsDraft)).ToList();
            clusters.Add(new DuplicateCluster
            {
                Representative = catalog.Labels[representative],
                Members = memberSimilarity.Select(m => m.Id).ToList(),
                Similarity = memberSimilarity.Skip(1).Min(m => m.Similarity),
                Exact = ordered.All(m => m == representative || Exact(catalog, representative, m)),
                MemberSimilarity = memberSimilarity,
            });
        }
        return [.. clusters.OrderByDescending(c => c.Similarity).ThenBy(c => c.Representative, StringComparer.Ordinal)];
    }

    private List<DocumentOverlap> Overlaps(CorpusCatalog catalog, Links links, CancellationToken cancellationToken)
    {
        var o = Options;
        var pairs = links.SharedClauses.Where(p => p.Value >= o.MinSharedClauses).Select(p => ((int)(p.Key >> 32), (int)(uint)p.Key)).ToHashSet();
        foreach (var (a, b, _) in links.Similar) pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        var folder = TextFolder.Default;
        var normalized = new ConcurrentDictionary<int, (List<(string Label, NormalizedText Text)> Units, bool[][] Template)>();
        (List<(string Label, NormalizedText Text)> Units, bool[][] Template) UnitsOf(int d) =>
            normalized.GetOrAdd(d, x => TemplateMasks(catalog, PassageMatcher.Normalize(TextUnits.Of(catalog.Documents[x]), folder), folder));
        var found = new ConcurrentBag<(int A, int B, List<(SharedPassage Passage, bool Template)> Passages)>();
        Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = cancellationToken }, pair =>
        {
            var (a, b) = pair;
            var ua = UnitsOf(a);
            var ub = UnitsOf(b);
            var passages = PassageMatcher.Match(ua.Units, ub.Units, o.MinPassageLength).Select(p =>
            {
                var mask = ua.Template[p.AUnit];
                var start = p.Passage.Characters == 0 ? 0 : IndexOfRun(ua.Units[p.AUnit].Text, p.Passage.AStart);
                var masked = 0;
                for (var k = start; k < start + p.Passage.Characters && k < mask.Length; k++) if (mask[k]) masked++;
                var isTemplate = masked * 2 >= p.Passage.Characters
                                 || links.TemplateUnit[catalog.UnitStart[a] + p.AUnit] || links.TemplateUnit[catalog.UnitStart[b] + p.BUnit];
                return (p.Passage, isTemplate);
            }).ToList();
            if (passages.Count > 0) found.Add((a, b, passages));
            if (normalized.Count > 4096) normalized.Clear(); // bounded memory on large corpora
        });
        var overlaps = new List<DocumentOverlap>();
        foreach (var (a, b, passages) in found)
        {
            var kept = passages.Where(p => !p.Template).ToList();
            var key = ((long)a << 32) | (uint)b;
            var sharedClauses = links.SharedClauses.GetValueOrDefault(key);
            var similarity = MinHasher.Similarity(catalog.DocumentSignature(a), catalog.DocumentSignature(b));
            if (kept.Count == 0) continue;
            var chars = kept.Sum(p => p.Passage.Characters);
            overlaps.Add(new DocumentOverlap
            {
                A = catalog.Labels[a],
                B = catalog.Labels[b],
                Similarity = Math.Round(Exact(catalog, a, b) ? 1.0 : similarity, 3),
                SharedClauses = sharedClauses,
                ShareOfA = Math.Round(catalog.NormalizedLength[a] == 0 ? 0 : (double)chars / catalog.NormalizedLength[a], 3),
                ShareOfB = Math.Round(catalog.NormalizedLength[b] == 0 ? 0 : (double)chars / catalog.NormalizedLength[b], 3),
                Passages = kept.Select(p => p.Passage).ToList(),
                TemplatePassages = passages.Count - kept.Count,
            });
        }
        return [.. overlaps.OrderByDescending(x => x.ShareOfA + x.ShareOfB).ThenBy(x => x.A, StringComparer.Ordinal).ThenBy(x => x.B, StringComparer.Ordinal)];
    }
}
