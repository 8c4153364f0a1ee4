using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using StdSearch.Extraction;
using StdSearch.Extraction.Pdf;

namespace StdSearch.Benchmarks;

/// <summary>
/// Reads real standards with <see cref="PdfDocumentReader"/> and, as the anchor in the same run, with poppler's
/// <c>pdftotext -layout</c> as an external process (the tool the corpus notes were made with). Reports pages per
/// second. The files come from <c>../shared/real-standards/</c> next to the repository root and are never copied into
/// the repository; without them (or without <c>/usr/bin/pdftotext</c>) the affected cases print a message and do nothing.
/// </summary>
[Config(typeof(PagesPerSecondConfig))]
public class PdfReadBenchmarks
{
    private const string PdfToText = "/usr/bin/pdftotext";
    private readonly PdfDocumentReader _reader = new();
    private readonly StdSearch.Extraction.Structure.GbtStructureParser _parser = new();
    private byte[]? _bytes;
    private string? _path;

    /// <summary>The files to read: a clean Chinese standard with tables, an English one, and a small retyped one.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    /// <summary>The benchmark files.</summary>
    public static IEnumerable<string> Files => ["JT-T-808-2011.pdf", "ISO-IEC-14496-12-2005.pdf", "GB-T-3179-1992.pdf"];

    /// <summary>Loads the file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = CorpusFile(File);
        if (_path is null)
        {
            Console.WriteLine($"// real-standards corpus not found at ../shared/real-standards/ ({File}) - skipping");
            return;
        }

        _bytes = System.IO.File.ReadAllBytes(_path);
        if (!System.IO.File.Exists(PdfToText))
        {
            Console.WriteLine($"// {PdfToText} not found - the pdftotext anchor is skipped");
        }
    }

    /// <summary>The anchor: poppler's pdftotext in layout mode, output read from its stdout.</summary>
    [Benchmark(Baseline = true, Description = "pdftotext -layout")]
    public int PdfToTextLayout()
    {
        if (_path is null || !System.IO.File.Exists(PdfToText))
        {
            return 0;
        }

        var start = new ProcessStartInfo(PdfToText, ["-layout", "-q", _path, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Length;
    }

    /// <summary>StdSearch's reader: lines, tables, furniture removal, quality checks.</summary>
    [Benchmark(Description = "PdfDocumentReader")]
    public int StdSearchReader() =>
        _bytes is null ? 0 : _reader.Read(_bytes, File, ExtractionOptions.Default).Lines.Count;

    /// <summary>The whole extraction: reader plus GB/T 1.1 structure parser, PDF bytes to <c>StandardDocument</c>.</summary>
    [Benchmark(Description = "PDF → StandardDocument")]
    public int StdSearchFullExtraction() =>
        _bytes is null ? 0 : _parser.Parse(_reader.Read(_bytes, File, ExtractionOptions.Default)).AllClauses().Count();

    /// <summary>The corpus file's full path, or null when the corpus is absent.</summary>
    internal static string? CorpusFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!System.IO.File.Exists(Path.Combine(dir.FullName, "StdSearch.sln")))
            {
                continue;
            }

            // A git worktree keeps the corpus next to the main checkout: follow .git's "gitdir: <main>/.git/worktrees/<name>".
            var roots = new List<string> { dir.FullName };
            var gitFile = Path.Combine(dir.FullName, ".git");
            if (System.IO.File.Exists(gitFile) && System.IO.File.ReadLines(gitFile).FirstOrDefault() is { } line && line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                var main = new DirectoryInfo(Path.GetFullPath(line["gitdir:".Length..].Trim(), dir.FullName)).Parent?.Parent?.Parent;
                if (main is not null)
                {
                    roots.Add(main.FullName);
                }
            }

            return roots.Select(root => Path.GetFullPath(Path.Combine(root, "..", "shared", "real-standards", name)))
                .FirstOrDefault(System.IO.File.Exists);
        }

        return null;
    }

    /// <summary>Adds a pages-per-second column.</summary>
    private sealed class PagesPerSecondConfig : ManualConfig
    {
        public PagesPerSecondConfig() => AddColumn(new PagesPerSecondColumn());
    }

    /// <summary>Pages of the case's file divided by the mean time of one read.</summary>
    private sealed class PagesPerSecondColumn : IColumn
    {
        private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);

        public string Id => nameof(PagesPerSecondColumn);
        public string ColumnName => "Pages/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Pages of the file read per second (mean time of one read)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var file = benchmarkCase.Parameters["File"] as string ?? "";
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var pages = PagesOf(file);
            return mean is > 0 && pages > 0 ? (pages / (mean.Value / 1e9)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        private int PagesOf(string file)
        {
            if (!_pages.TryGetValue(file, out var pages))
            {
                var path = CorpusFile(file);
                pages = path is null ? 0 : new PdfDocumentReader().Read(System.IO.File.ReadAllBytes(path), file, ExtractionOptions.Default).PageCount;
                _pages[file] = pages;
            }

            return pages;
        }
    }
}
