using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Text;

namespace StdSearch.Benchmarks.Corpus;

/// <summary>
/// The one-shot near-duplicate scale measurement (not a BenchmarkDotNet class). Generates a corpus of standards from the
/// sentence pool of the search scale corpus (<see cref="Search.ScaleCorpus"/>: real text from corpus-samples and the real
/// standards), with sentences recombined from their comma-separated phrases so that unrelated standards share phrases but
/// rarely sentences; 30 % of the standards in Traditional script. Plants near-duplicates: copies of random standards with a
/// share of their sentences replaced (0–50 % per copy), some exact, some converted to the other script. Then:
/// <list type="number">
/// <item>runs <see cref="DuplicateFinder.Find"/> on the whole corpus: wall time and peak working set;</item>
/// <item>brute-force exact Jaccard of all pairs of a subset (the documents of 1,000 planted pairs and random others) and the
/// recall of the pairs with Jaccard ≥ 0.8 (found when both are in one cluster), plus the false joins (Jaccard &lt; 0.5);</item>
/// <item>indexes the corpus without the planted copies (or the first <c>--index-documents</c> of it) with <see cref="StandardsIndex"/>,
/// builds the clause signature tables (<see cref="ClauseSignatureIndex"/>) and times <see cref="DraftChecker.Check"/> of planted copies,
/// with the tables and with more-like-this searches.</item>
/// </list>
/// <code>dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- dedupe [--documents 100000] [--clauses 2000000] [--planted 5000] [--subset 5000] [--index-documents 10000] [--drafts 20]</code>
/// </summary>
internal static class DedupeScaleRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        int documents = 100_000, clauses = 2_000_000, planted = 5_000, subset = 5_000, indexDocuments = 10_000, drafts = 20;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 0;
            switch (args[i])
            {
                case "--documents": documents = value; i++; break;
                case "--clauses": clauses = value; i++; break;
                case "--planted": planted = value; i++; break;
                case "--subset": subset = value; i++; break;
                case "--index-documents": indexDocuments = value; i++; break;
                case "--drafts": drafts = value; i++; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; usage: dedupe [--documents N] [--clauses N] [--planted N] [--subset N] [--index-documents N] [--drafts N]");
                    return 2;
            }
        }
        Console.WriteLine($"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}");
        var sw = Stopwatch.StartNew();
        var generator = Generator.Create();
        var (corpus, pairs) = generator.Generate(documents, clauses, planted, seed: 20261123);
        var clauseCount = corpus.Sum(d => d.Clauses.Count);
        var chars = corpus.Sum(d => d.Clauses.Sum(c => (long)c.Text.Length));
        Console.WriteLine($"corpus: {corpus.Count:N0} documents, {clauseCount:N0} clauses, {chars / 1e6:F1} M characters; {pairs.Count:N0} planted pairs " +
                          $"({pairs.Count(p => p.Exact)} exact, {pairs.Count(p => p.CrossScript)} across scripts); phrase pool {generator.Phrases:N0}; generated in {sw.Elapsed.TotalSeconds:F1} s");
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        // 1. Full dedupe.
        sw.Restart();
        var finder = new DuplicateFinder();
        var signed = 0;
        var result = finder.Find(corpus, new InlineProgress<int>(n => signed = n));
        var dedupeSeconds = sw.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"dedupe: {dedupeSeconds:F1} s wall, peak working set {peak / 1e9:F2} GB (before dedupe {before / 1e9:F2} GB); " +
                          $"{result.Clusters.Count:N0} clusters, {result.Overlaps.Count:N0} overlapping pairs, {result.TemplateClauses:N0} template clauses");

        // 2. Recall against brute force on a subset.
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < result.Clusters.Count; c++)
            foreach (var m in result.Clusters[c].Members) clusterOf[m] = c;
        var rng = new Random(7);
        var chosen = new SortedSet<int>();
        foreach (var p in pairs.Take(Math.Min(1000, pairs.Count))) { chosen.Add(p.Source); chosen.Add(p.Copy); }
        while (chosen.Count < Math.Min(subset, corpus.Count)) chosen.Add(rng.Next(corpus.Count));
        sw.Restart();
        var truth = BruteForce.Pairs(chosen.Select(i => corpus[i]).ToList(), finder.Options.ShingleLength);
        var bruteSeconds = sw.Elapsed.TotalSeconds;
        bool Joined(StandardDocument a, StandardDocument b) => clusterOf.TryGetValue(a.Key, out var x) && clusterOf.TryGetValue(b.Key, out var y) && x == y;
        var high = truth.Where(t => t.Jaccard >= 0.8).ToList();
        var found = high.Count(t => Joined(t.A, t.B));
        var plantedHigh = high.Count(t => pairs.Any(p => (corpus[p.Source] == t.A && corpus[p.Copy] == t.B) || (corpus[p.Source] == t.B && corpus[p.Copy] == t.A)));
        var subsetDocs = chosen.Select(i => corpus[i]).ToList();
        var joinedPairs = 0;
        var falseJoins = 0;
        var jaccardOf = truth.ToDictionary(t => (t.A.Key, t.B.Key), t => t.Jaccard);
        for (var x = 0; x < subsetDocs.Count; x++)
        {
            if (!clusterOf.TryGetValue(subsetDocs[x].Key, out var cx)) continue;
            for (var y = x + 1; y < subsetDocs.Count; y++)
            {
                if (!clusterOf.TryGetValue(subsetDocs[y].Key, out var cy) || cx != cy) continue;
                joinedPairs++;
                var key = string.CompareOrdinal(subsetDocs[x].Key, subsetDocs[y].Key) < 0 ? (subsetDocs[x].Key, subsetDocs[y].Key) : (subsetDocs[y].Key, subsetDocs[x].Key);
                if (jaccardOf.GetValueOrDefault(key) < 0.5) falseJoins++;
            }
        }
        Console.WriteLine($"recall: subset of {chosen.Count:N0} documents, brute force {bruteSeconds:F1} s over {(long)chosen.Count * (chosen.Count - 1) / 2:N0} pairs; " +
                          $"{high.Count:N0} pairs with Jaccard >= 0.8 ({plantedHigh:N0} planted), {found:N0} joined: recall {(high.Count == 0 ? 1 : (double)found / high.Count):F4}; " +
                          $"{joinedPairs:N0} joined pairs in the subset, {falseJoins} with Jaccard < 0.5");

        // 3. Draft check against an index.
        if (indexDocuments > 0 && drafts > 0)
        {
            var folder = Path.Combine(Path.GetTempPath(), "stdsearch-dedupe-scale-index");
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            var indexed = pairs.Select(p => p.Source).Distinct().Take(drafts).ToHashSet();
            var copies = pairs.Select(p => p.Copy).ToHashSet();
            var keep = indexed.Concat(Enumerable.Range(0, corpus.Count).Where(i => !copies.Contains(i))).Distinct().Take(indexDocuments).ToList();
            sw.Restart();
            using (var index = new StandardsIndex(folder))
            {
                await index.AddOrReplaceManyAsync(keep.Select(i => corpus[i]));
                var indexSeconds = sw.Elapsed.TotalSeconds;
                var indexedClauses = keep.Sum(i => corpus[i].Clauses.Count);
                var draftPairs = pairs.Where(p => indexed.Contains(p.Source)).Take(drafts).ToList();
                var draftDocs = draftPairs.Select(p => corpus[p.Copy] with { Key = corpus[p.Copy].Key + "-draft" }).ToList();
                sw.Restart();
                using var signatures = ClauseSignatureIndex.OpenOrBuild(index);
                var signatureSeconds = sw.Elapsed.TotalSeconds;
                var signatureBytes = new FileInfo(Path.Combine(folder, ClauseSignatureIndex.FileName)).Length;
                sw.Restart();
                using (var reopened = ClauseSignatureIndex.OpenOrBuild(index)) { }
                var reopenMs = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine($"index: {keep.Count:N0} documents / {indexedClauses:N0} clauses indexed in {indexSeconds:F0} s; clause signature tables built in {signatureSeconds:F0} s " +
                                  $"({signatureBytes / 1e6:F0} MB), reopened in {reopenMs:F0} ms");
                foreach (var (name, checker, count) in new[] { ("signatures", new DraftChecker(index, signatures: signatures), draftDocs.Count), ("more-like-this", new DraftChecker(index), Math.Min(5, draftDocs.Count)) })
                {
                    checker.Check(draftDocs[0]); // warm-up
                    var times = new List<double>();
                    var shares = new List<double>();
                    var sourceFound = 0;
                    for (var i = 0; i < count; i++)
                    {
                        sw.Restart();
                        var r = checker.Check(draftDocs[i]);
                        times.Add(sw.Elapsed.TotalMilliseconds);
                        shares.Add(r.Share);
                        if (r.Sources.Count > 0 && r.Sources[0].Standard == corpus[draftPairs[i].Source].Key) sourceFound++;
                    }
                    times.Sort();
                    Console.WriteLine($"draft check ({name}): {count} drafts (~{draftDocs.Take(count).Average(d => d.Clauses.Count):F0} clauses each): median {times[times.Count / 2]:F0} ms, " +
                                      $"max {times[^1]:F0} ms; share found elsewhere median {shares.Order().ElementAt(shares.Count / 2):P0}; planted source ranked first {sourceFound}/{count}");
                }
            }
            Directory.Delete(folder, true);
        }
        return 0;
    }

    internal sealed record PlantedPair(int Source, int Copy, double ReplacedShare, bool Exact, bool CrossScript);

    /// <summary>Generates the corpus from phrases of real text.</summary>
    internal sealed class Generator
    {
        private readonly string[] _phrases;
        private readonly string[] _headings;
        private readonly Dictionary<string, string> _traditional;

        private Generator(string[] phrases, string[] headings, Dictionary<string, string> traditional)
        {
            _phrases = phrases;
            _headings = headings;
            _traditional = traditional;
        }

        public int Phrases => _phrases.Length;

        public static Generator Create()
        {
            var pool = Search.ScaleCorpus.Load();
            var phrases = pool.Sentences
                .SelectMany(s => Regex.Split(s.TrimEnd('。', '；'), "[，、；]"))
                .Select(p => p.Trim()).Where(p => p.Length is >= 4 and <= 40).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var headings = pool.Headings.ToArray();
            var all = phrases.Concat(headings).ToArray();
            var converted = BenchmarkCorpus.ToTraditional(string.Join('\n', all)).Split('\n');
            var traditional = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < all.Length && i < converted.Length; i++) traditional[all[i]] = converted[i];
            return new Generator(phrases, headings, traditional);
        }

        public (List<StandardDocument> Corpus, List<PlantedPair> Pairs) Generate(int documents, int clauses, int planted, int seed)
        {
            var random = new Random(seed);
            var perDocument = Math.Max(2, clauses / documents);
            var bases = documents - planted;
            var corpus = new List<StandardDocument>(documents);
            // Structure: each document is a list of clauses of (heading, sentences of phrase pairs), kept as phrase ids to copy and edit.
            var shapes = new List<List<(int Heading, List<(int A, int B)> Sentences)>>(documents);
            var traditional = new List<bool>(documents);
            for (var d = 0; d < bases; d++)
            {
                var n = Math.Max(1, perDocument / 2 + random.Next(perDocument + 1));
                var shape = new List<(int, List<(int, int)>)>(n);
                for (var c = 0; c < n; c++)
                {
                    var sentences = new List<(int, int)>();
                    var count = 2 + random.Next(3) + (random.Next(3) == 0 ? 2 : 0);
                    for (var s = 0; s < count; s++) sentences.Add((random.Next(_phrases.Length), random.Next(_phrases.Length)));
                    shape.Add((random.Next(3) == 0 ? random.Next(_headings.Length) : -1, sentences));
                }
                shapes.Add(shape);
                traditional.Add(random.NextDouble() < 0.3);
            }
            var pairs = new List<PlantedPair>();
            for (var p = 0; p < planted; p++)
            {
                var source = random.Next(bases);
                var exact = random.Next(10) == 0;
                var replace = exact ? 0 : random.NextDouble() * 0.5;
                var shape = shapes[source].Select(c => (c.Heading, c.Sentences.Select(s => random.NextDouble() < replace
                    ? (random.Next(_phrases.Length), random.Next(_phrases.Length)) : s).ToList())).ToList();
                var cross = !exact && random.Next(5) == 0;
                shapes.Add(shape);
                traditional.Add(cross ? !traditional[source] : traditional[source]);
                pairs.Add(new PlantedPair(source, bases + p, replace, exact, cross));
            }
            // Shuffle the positions so copies sit among the others.
            var order = Enumerable.Range(0, shapes.Count).OrderBy(_ => random.Next()).ToArray();
            var position = new int[order.Length];
            for (var i = 0; i < order.Length; i++) position[order[i]] = i;
            for (var i = 0; i < order.Length; i++)
            {
                var shape = shapes[order[i]];
                var trad = traditional[order[i]];
                var list = new List<Clause>(shape.Count);
                for (var c = 0; c < shape.Count; c++)
                {
                    var sb = new StringBuilder();
                    foreach (var (a, b) in shape[c].Sentences) sb.Append(Text(a, trad)).Append('，').Append(Text(b, trad)).Append('。');
                    list.Add(new Clause
                    {
                        Kind = ClauseKind.Clause,
                        Number = $"{c / 5 + 1}.{c % 5 + 1}",
                        Heading = shape[c].Heading >= 0 ? Heading(shape[c].Heading, trad) : "",
                        Text = sb.ToString(),
                    });
                }
                corpus.Add(new StandardDocument { Key = $"DOC-{i:D6}", Title = $"generated {i}", Clauses = list });
            }
            return (corpus, pairs.Select(p => p with { Source = position[p.Source], Copy = position[p.Copy] }).ToList());
        }

        private string Text(int phrase, bool traditional) => traditional ? _traditional.GetValueOrDefault(_phrases[phrase], _phrases[phrase]) : _phrases[phrase];

        private string Heading(int heading, bool traditional) => traditional ? _traditional.GetValueOrDefault(_headings[heading], _headings[heading]) : _headings[heading];
    }

    /// <summary>Exact Jaccard of every pair of documents with an inverted index of shingles (shingles of folded, punctuation-free text, as the finder uses).</summary>
    internal static class BruteForce
    {
        public static List<(StandardDocument A, StandardDocument B, double Jaccard)> Pairs(List<StandardDocument> documents, int shingleLength)
        {
            var hasher = new MinHasher(1, shingleLength, 1);
            var folder = TextFolder.Default;
            var sets = documents.AsParallel().AsOrdered().Select(d =>
            {
                var all = new HashSet<ulong>();
                foreach (var u in TextUnits.Of(d)) all.UnionWith(hasher.Shingles(NormalizedText.Create(u.Text, folder).Chars));
                return all.ToArray();
            }).ToList();
            var postings = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < sets.Count; i++)
                foreach (var s in sets[i]) (postings.TryGetValue(s, out var l) ? l : postings[s] = []).Add(i);
            var n = documents.Count;
            var shared = new int[(long)n * n];
            foreach (var list in postings.Values)
                for (var x = 0; x < list.Count; x++)
                    for (var y = x + 1; y < list.Count; y++) shared[(long)list[x] * n + list[y]]++;
            var result = new List<(StandardDocument, StandardDocument, double)>();
            for (var x = 0; x < n; x++)
                for (var y = x + 1; y < n; y++)
                {
                    var s = shared[(long)x * n + y];
                    if (s == 0) continue;
                    var j = (double)s / (sets[x].Length + sets[y].Length - s);
                    if (j >= 0.3) result.Add(string.CompareOrdinal(documents[x].Key, documents[y].Key) < 0 ? (documents[x], documents[y], j) : (documents[y], documents[x], j));
                }
            return result;
        }
    }
}
