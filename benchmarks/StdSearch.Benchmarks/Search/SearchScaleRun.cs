using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// The one-shot search scale measurement (not a BenchmarkDotNet class): generates the clause corpus, then for each
/// engine in turn indexes it (MB/s of UTF-8 clause text, wall time including the commit), measures the index size,
/// runs 1,000 warm-up queries of another seed and 100 of the timed set, then 1,000 timed mixed queries (top 10 each, one
/// thread), and prints a table with the ratios to the peers.
/// <code>dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- scale [--clauses 1000000] [--out DIR] [--engines ours,fts5,lucene] [--query-only] [--threads N] [--commit-every N] [--no-merge] [--search-threads N] [--queries-out FILE] [--warmup N]</code>
/// </summary>
internal static class SearchScaleRun
{
    public static Task<int> RunAsync(string[] args)
    {
        var clauses = 1_000_000;
        var output = Path.Combine(Path.GetTempPath(), "stdsearch-scale");
        var engines = "ours,lucene,fts5";
        var queryOnly = false;
        int? threads = null;
        int? commitEvery = null;
        int? searchThreads = null;
        var merge = true;
        string? queriesOut = null;
        var warmupCount = 1000;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--clauses": clauses = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                case "--engines": engines = args[++i]; break;
                case "--query-only": queryOnly = true; break; // reuse the indexes a previous run left in --out
                case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break; // indexing threads of every engine (default: ours the library's, Lucene CJK 1; an engine named lucene:2 gets 2)
                case "--warmup": warmupCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break; // warm-up queries from another seed before the timed set's own 100 (0: only those)
                case "--queries-out": queriesOut = args[++i]; break; // also write the timed queries, as typed in our query language, one a line
                case "--no-merge": merge = false; break; // ours: leave the batch's segments unmerged (MergeAfterBatch false)
                case "--commit-every": commitEvery = int.Parse(args[++i], CultureInfo.InvariantCulture); break; // ours: standards per commit (default: the library's)
                case "--search-threads": searchThreads = int.Parse(args[++i], CultureInfo.InvariantCulture); break; // ours: threads one search may use (default: the library's)
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; usage: scale [--clauses N] [--out DIR] [--engines ours,lucene,fts5] [--query-only] [--threads N] [--commit-every N] [--no-merge] [--search-threads N] [--queries-out FILE] [--warmup N]");
                    return Task.FromResult(2);
            }
        }

        Console.WriteLine($"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}");
        var generation = Stopwatch.StartNew();
        ScaleCorpus? corpus = ScaleCorpus.Load();
        List<ScaleStandard>? standards = corpus.Generate(clauses).ToList();
        var clauseCount = standards.Sum(s => s.Clauses.Count);
        var bytes = standards.Sum(s => s.Clauses.Sum(c => (long)Encoding.UTF8.GetByteCount(c.Heading) + Encoding.UTF8.GetByteCount(c.Text)));
        var traditional = standards.Where(s => s.Traditional).Sum(s => s.Clauses.Count);
        var rng = new Random(11);
        List<ScaleStandard>? idSample = Enumerable.Range(0, 2000).Select(_ => standards[rng.Next(standards.Count)]).ToList();
        var queries = ScaleQuerySet.Build(corpus, idSample, 1100);
        // Warm-up: queries of the same mix from another seed, so that every engine's code has been compiled at its final
        // tier before the timed queries (100 warm-up queries left .NET's tiered compilation halfway: the same phrase took
        // 4–5 times longer as the 174th timed query than warm) without warming any cache with the timed queries themselves.
        var warmup = warmupCount > 0 ? ScaleQuerySet.Build(corpus, idSample, warmupCount, seed: 8) : [];
        Console.WriteLine($"corpus: {clauseCount:N0} clauses in {standards.Count:N0} standards, {bytes / 1e6:F1} MB UTF-8 text, " +
                          $"{100.0 * traditional / clauseCount:F0}% Traditional; pool {corpus.Sentences.Count:N0} sentences, " +
                          $"{corpus.Headings.Count:N0} headings; generated in {generation.Elapsed.TotalSeconds:F1} s");
        if (queriesOut is not null) File.WriteAllLines(queriesOut, queries.Skip(100).Select(StandardsIndexEngine.Render));
        Console.WriteLine("queries: " + string.Join(", ", queries.Skip(100).GroupBy(q => q.Kind).Select(g => $"{g.Key} {g.Count()}")));

        // Every engine indexes first; then the generated corpus (about a gigabyte of strings no search process would
        // hold) is let go before any engine is queried, so that collections during the timed queries do not walk it.
        var engineList = new List<(string Name, string Folder, IScaleEngine Engine, double Seconds)>();
        try
        {
            foreach (var name in engines.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var folder = Path.Combine(output, name.Replace(':', '-'));
                var engine = Create(name, folder, threads, commitEvery, merge, searchThreads);
                engineList.Add((name, folder, engine, double.NaN));
                GC.Collect();
                var sw = Stopwatch.StartNew();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                if (queryOnly) engine.OpenExisting();
                else engine.Index(standards);
                var indexSeconds = queryOnly ? double.NaN : sw.Elapsed.TotalSeconds;
                var indexCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                engineList[^1] = (name, folder, engine, indexSeconds);
                Console.WriteLine($"{engine.Name}: indexed in {indexSeconds:F1} s ({bytes / 1e6 / indexSeconds:F2} MB/s), {engine.SizeOnDisk() / 1e6:F1} MB on disk; " +
                                  $"CPU {indexCpu:F1} s ({bytes / 1e6 / indexCpu:F2} MB per CPU-second; load {LoadAverage()})");
            }

            standards = null;
            idSample = null;
            corpus = null;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            Console.WriteLine($"corpus released before the queries: managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB");
            return Task.FromResult(Query(engineList, warmup, queries, bytes, clauseCount));
        }
        finally
        {
            foreach (var e in engineList) e.Engine.Dispose();
        }
    }

    private static int Query(List<(string Name, string Folder, IScaleEngine Engine, double Seconds)> engineList, IReadOnlyList<ScaleQuery> warmup,
        IReadOnlyList<ScaleQuery> queries, long bytes, int clauseCount)
    {
        var results = new List<EngineResult>();
        var sw = new Stopwatch();
        foreach (var (name, folder, engine, indexSeconds) in engineList)
        {
            var size = engine.SizeOnDisk();
            if (name is "ours" or "lucene") Console.WriteLine($"{engine.Name}: files {IndexFileSizes.Describe(folder, bytes)}");
            foreach (var q in warmup) engine.Search(q);
            foreach (var q in queries.Take(100)) engine.Search(q); // warm-up
            var latencies = new double[queries.Count - 100];
            var cpuLatencies = new double[queries.Count - 100];
            var processCpu = new double[queries.Count - 100];
            var allocations = new double[queries.Count - 100];
            var byKind = new Dictionary<ScaleQueryKind, List<double>>();
            var hitsByKind = new Dictionary<ScaleQueryKind, (int Queries, int WithHits)>();
            var missedIds = new List<string>();
            var missed = new List<string>();
            var faults0 = MajorFaults();
            for (var i = 100; i < queries.Count; i++)
            {
                var (cpu0, process0) = (CpuTime.Thread(), CpuTime.Process());
                var allocated0 = GC.GetTotalAllocatedBytes();
                sw.Restart();
                var hits = engine.Search(queries[i]);
                latencies[i - 100] = sw.Elapsed.TotalMilliseconds;
                (cpuLatencies[i - 100], processCpu[i - 100]) = (CpuTime.Thread() - cpu0, CpuTime.Process() - process0);
                allocations[i - 100] = (GC.GetTotalAllocatedBytes() - allocated0) / 1024.0;
                (byKind.TryGetValue(queries[i].Kind, out var list) ? list : byKind[queries[i].Kind] = []).Add(latencies[i - 100]);
                hitsByKind.TryGetValue(queries[i].Kind, out var h);
                hitsByKind[queries[i].Kind] = (h.Queries + 1, h.WithHits + (hits > 0 ? 1 : 0));
                if (hits == 0 && queries[i].Kind == ScaleQueryKind.Id) missedIds.Add($"{queries[i].MessyId} (printed {queries[i].Id})");
                else if (hits == 0) missed.Add($"{queries[i].Kind} {string.Join(" + ", queries[i].Terms)}");
            }

            // The tail: the queries that make the p99.
            var slowest = Enumerable.Range(0, latencies.Length).OrderByDescending(i => latencies[i]).Take(12)
                .Select(i => $"{queries[i + 100].Kind} {string.Join(" + ", queries[i + 100].Terms)} {latencies[i]:F0}");
            Console.WriteLine($"{engine.Name}: slowest (ms): {string.Join("; ", slowest)}");

            var r = new EngineResult(engine.Name, bytes / 1e6 / indexSeconds, indexSeconds, size, Percentile(latencies, 50), Percentile(latencies, 99),
                latencies.Max(), hitsByKind);
            Console.WriteLine($"{engine.Name}: p50 {r.P50:F2} ms, p99 {r.P99:F2} ms, max {r.Max:F1} ms; queries with hits: " +
                              string.Join(", ", hitsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value.WithHits}/{k.Value.Queries}")));
            Console.WriteLine($"{engine.Name}: p50/p99 ms by kind: " +
                              string.Join(", ", byKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {Percentile(k.Value.ToArray(), 50):F1}/{Percentile(k.Value.ToArray(), 99):F0}")));
            Console.WriteLine($"{engine.Name}: CPU per query, the calling thread's p50 {Percentile(cpuLatencies, 50):F2} ms, p99 {Percentile(cpuLatencies, 99):F2} ms; " +
                              $"the process's p50 {Percentile(processCpu, 50):F2} ms, p99 {Percentile(processCpu, 99):F2} ms " +
                              $"(load {LoadAverage()}; wall-clock figures above include waiting for a core); allocated per query p50 " +
                              $"{Percentile(allocations, 50):F0} KB, p99 {Percentile(allocations, 99):F0} KB");
            Console.WriteLine($"{engine.Name}: page faults that read the disk during the timed queries: {MajorFaults() - faults0}");
            if (missedIds.Count > 0) Console.WriteLine($"{engine.Name}: id queries without hits: " + string.Join("; ", missedIds.Take(10)));
            if (missed.Count > 0) Console.WriteLine($"{engine.Name}: other queries without hits: " + string.Join("; ", missed.Take(12)));
            results.Add(r);
        }

        PrintTable(results, bytes, clauseCount);
        return 0;
    }

    // An engine name may end in :N, its indexing threads (lucene:2); else --threads, else the engine's default.
    private static IScaleEngine Create(string name, string folder, int? threads, int? commitEvery, bool merge, int? searchThreads)
    {
        var parts = name.Split(':');
        if (parts.Length == 2) threads = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return parts[0] switch
        {
            "fts5" => new SqliteFts5Engine(folder),
            "lucene" => new LuceneCjkEngine(folder, threads ?? 1),
            "ours" => new StandardsIndexEngine(folder, threads, commitEvery, merge, searchThreads),
            _ => throw new ArgumentException($"unknown engine {name} (ours, lucene, fts5, with :N for N indexing threads)"),
        };
    }

    // Page faults that read from disk (/proc/self/stat, field 12): this machine's kernel pages out memory it sees as
    // cold (DAMON), the page cache of a memory-mapped index included, so a query may wait for the disk.
    private static long MajorFaults()
    {
        if (!File.Exists("/proc/self/stat")) return 0;
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[9], CultureInfo.InvariantCulture); // field 12 of the line: the 10th after "(comm) "
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] values, int p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static void PrintTable(List<EngineResult> results, long bytes, int clauses)
    {
        Console.WriteLine();
        Console.WriteLine($"| Engine ({clauses:N0} clauses, {bytes / 1e6:F0} MB text) | Index MB/s | Index size (× text) | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            Console.WriteLine($"| {r.Name} | {r.MBps:F2} | {r.Size / 1e6:F0} MB ({(double)r.Size / bytes:F2}×) | {r.P50:F2} | {r.P99:F2} | {r.Max:F0} |");
        var ours = results.FirstOrDefault(r => r.Name.StartsWith("StdSearch", StringComparison.Ordinal));
        if (ours is null) return;
        foreach (var peer in results.Where(r => r != ours))
            Console.WriteLine($"ours ÷ {peer.Name}: indexing speed {ours.MBps / peer.MBps:F2}×, index size {(double)ours.Size / peer.Size:F2}×, " +
                              $"p50 latency {ours.P50 / peer.P50:F2}×, p99 latency {ours.P99 / peer.P99:F2}× (latency below 1 = ours faster)");
    }

    private sealed record EngineResult(string Name, double MBps, double Seconds, long Size, double P50, double P99, double Max,
        Dictionary<ScaleQueryKind, (int Queries, int WithHits)> Hits);
}
