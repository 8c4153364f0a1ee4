using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using StdSearch.Analysis;
using StdSearch.Text;

namespace StdSearch.Benchmarks;

/// <summary>
/// Tokenizes several MB of real standards text (Simplified, and the same text in Traditional) with the word analyzer,
/// the bigram analyzer and, as the baseline, Lucene's stock CJKAnalyzer. Each iteration builds fresh analyzers, so the
/// word breaker's run cache starts empty: the numbers are those of indexing a corpus once, not of re-reading it.
/// Single-threaded: the MB/s column is per core.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        }
    }

    private string[] _documents = [];
    private Analyzer _analyzer = null!;

    /// <summary>The script of the input.</summary>
    [Params("Simplified", "Traditional")]
    public string Script { get; set; } = "Simplified";

    private static readonly Lazy<string> SimplifiedText = new(() => BenchmarkCorpus.SimplifiedChinese(minChars: 3_000_000));
    private static readonly Lazy<string> TraditionalText = new(() => BenchmarkCorpus.ToTraditional(SimplifiedText.Value));

    /// <summary>The input documents for a script: the same text split into document-sized pieces.</summary>
    private static string[] DocumentsFor(string script) =>
        (script == "Traditional" ? TraditionalText.Value : SimplifiedText.Value).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>UTF-8 bytes of the input for a script (the MB/s column recomputes it in the host process).</summary>
    private static long InputBytesFor(string script) => DocumentsFor(script).Sum(d => (long)Encoding.UTF8.GetByteCount(d));

    [GlobalSetup]
    public void Setup()
    {
        // Document-sized pieces (paragraph blocks), as the indexer feeds them.
        _documents = DocumentsFor(Script);
        _ = TextFolder.Default; // build the folding table outside the measurement
    }

    [IterationSetup(Target = nameof(WordAnalyzer))]
    public void NewWordAnalyzer() => _analyzer = new StandardsWordAnalyzer();

    [IterationSetup(Target = nameof(BigramAnalyzer))]
    public void NewBigramAnalyzer() => _analyzer = new StandardsBigramAnalyzer();

    [IterationSetup(Target = nameof(CjkAnalyzerBaseline))]
    public void NewCjkAnalyzer() => _analyzer = new CJKAnalyzer(LuceneVersion.LUCENE_48);

    [Benchmark(Baseline = true, Description = "Lucene CJKAnalyzer (baseline)")]
    public long CjkAnalyzerBaseline() => Consume(_analyzer);

    [Benchmark(Description = "StdSearch bigram analyzer (with folding)")]
    public long BigramAnalyzer() => Consume(_analyzer);

    [Benchmark(Description = "StdSearch word analyzer (ICU words, with folding)")]
    public long WordAnalyzer() => Consume(_analyzer);

    private long Consume(Analyzer analyzer)
    {
        long tokens = 0;
        foreach (var doc in _documents)
        {
            using var stream = analyzer.GetTokenStream("text", doc);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) tokens += term.Length;
            stream.End();
        }
        return tokens;
    }

    /// <summary>MB/s of UTF-8 input per core, from the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> Bytes = new();

        public string Id => "MBps";
        public string ColumnName => "MB/s (UTF-8, 1 core)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Input megabytes (UTF-8, 10^6 bytes) tokenized per second on one core";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null) return "n/a";
            var script = benchmarkCase.Parameters["Script"] as string ?? "Simplified";
            var bytes = Bytes.GetOrAdd(script, InputBytesFor);
            var seconds = report.ResultStatistics.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
