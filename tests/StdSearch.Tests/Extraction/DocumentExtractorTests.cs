using System.Collections.Concurrent;
using System.Text;
using NUnit.Framework;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Extraction.Docx;
using StdSearch.Extraction.Html;
using StdSearch.Extraction.PlainText;
using StdSearch.Extraction.Structure;
using static StdSearch.Tests.Extraction.TestDocx;

namespace StdSearch.Tests.Extraction;

[TestFixture]
public sealed class DocumentExtractorTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0];

    private string _dir = "";

    /// <summary>Records the layouts it is given and returns a minimal document, so these tests do not depend on the GB/T parser.</summary>
    private sealed class RecordingParser : IStructureParser
    {
        public ConcurrentBag<LayoutDocument> Seen { get; } = [];

        public StandardDocument Parse(LayoutDocument layout)
        {
            Seen.Add(layout);
            return new StandardDocument { Key = layout.SourceName, SourceName = layout.SourceName, Format = layout.Format, Title = layout.Lines[0].Text };
        }
    }

    private sealed class ThrowingParser : IStructureParser
    {
        public StandardDocument Parse(LayoutDocument layout) => throw new InvalidOperationException("boom");
    }

    private static DocumentExtractor Extractor(ExtractionOptions? options = null, IStructureParser? parser = null) =>
        new(options ?? ExtractionOptions.Default, structureParser: parser ?? new RecordingParser());

    [SetUp]
    public void SetUp() => _dir = ExtractionTestFiles.NewScratchDirectory();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static ExtractionException Fails(Func<Task> action)
    {
        var ex = Assert.ThrowsAsync<ExtractionException>(() => action());
        return ex!;
    }

    [Test]
    public void Png_named_pdf_is_unsupported_and_says_it_is_a_png()
    {
        var path = Write("GB-T-7714-2015.pdf", Png);
        var ex = Fails(() => Extractor().ExtractAsync(path));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Message, Does.Contain("PNG").And.Contain("GB-T-7714-2015.pdf"));
    }

    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "JPEG")]
    [TestCase(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0 }, "GIF")]
    [TestCase(new byte[] { (byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07, 0x01, 0 }, "RAR")]
    [TestCase(new byte[] { (byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4 }, "7z")]
    [TestCase(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }, "ELF")]
    public void Foreign_formats_are_named(byte[] header, string name)
    {
        var content = header.Concat(new byte[100]).ToArray();
        var ex = Fails(() => Extractor().ReadLayoutAsync(content, "standard.pdf"));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Detail, Does.Contain(name));
    }

    [Test]
    public void Windows_executable_is_named()
    {
        var exe = new byte[256];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        var ex = Fails(() => Extractor().ReadLayoutAsync(exe, "setup.docx"));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Detail, Does.Contain("EXE"));
    }

    [TestCase(0)]
    [TestCase(1)]
    public void Empty_or_blank_file_is_empty(int variant)
    {
        var content = variant == 0 ? [] : Encoding.UTF8.GetBytes(" \r\n\t　\n");
        var path = Write("blank.txt", content);
        var ex = Fails(() => Extractor().ExtractAsync(path));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.Empty));
        Assert.That(ex.FileName, Is.EqualTo(path));
    }

    [Test]
    public void Zip_that_is_not_a_word_document_is_unsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("photos/1.jpg");
        var ex = Fails(() => Extractor().ReadLayoutAsync(stream.ToArray(), "archive.docx"));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
        Assert.That(ex.Detail, Does.Contain("word/document.xml"));
    }

    [Test]
    public void Random_bytes_are_unsupported_or_corrupt()
    {
        var random = new byte[20000];
        new Random(42).NextBytes(random);
        var ex = Fails(() => Extractor().ReadLayoutAsync(random, "noise.pdf"));
        Assert.That(ex.Reason, Is.AnyOf(ExtractionFailure.UnsupportedType, ExtractionFailure.Corrupt));
        Assert.That(ex.FileName, Is.EqualTo("noise.pdf"));
    }

    [Test]
    public async Task The_reader_is_chosen_by_content_not_by_extension()
    {
        var extractor = Extractor();
        var html = await extractor.ReadLayoutAsync(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>1 范围</p></body></html>"), "saved.txt");
        var text = await extractor.ReadLayoutAsync(Encoding.UTF8.GetBytes("1 范围\n本文件规定了……"), "misnamed.pdf");
        var docx = await extractor.ReadLayoutAsync(Build(P("1 范围")), "report.html");
        Assert.Multiple(() =>
        {
            Assert.That(html.Format, Is.EqualTo(SourceFormat.Html));
            Assert.That(text.Format, Is.EqualTo(SourceFormat.PlainText));
            Assert.That(docx.Format, Is.EqualTo(SourceFormat.Docx));
        });
    }

    [Test]
    public void Default_readers_ask_pdf_docx_html_then_text()
    {
        var readers = DocumentExtractor.DefaultReaders();
        Assert.That(readers.Select(r => r.Format), Is.EqualTo(new[] { SourceFormat.Pdf, SourceFormat.Docx, SourceFormat.Html, SourceFormat.PlainText }));
        Assert.That(readers[3], Is.InstanceOf<PlainTextDocumentReader>());
    }

    [Test]
    public void Too_large_file_is_refused_before_reading()
    {
        var path = Write("big.txt", Encoding.UTF8.GetBytes(new string('字', 1000)));
        var ex = Fails(() => Extractor(new ExtractionOptions { MaxFileBytes = 1000 }).ExtractAsync(path));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.TooLarge));
        Assert.That(ex.Message, Does.Contain("big.txt"));
    }

    [Test]
    public void Too_large_stream_without_length_is_refused()
    {
        using var stream = new NonSeekableStream(new byte[5000]);
        var ex = Fails(() => Extractor(new ExtractionOptions { MaxFileBytes = 4096 }).ExtractAsync(stream, "upload.pdf"));
        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.TooLarge));
    }

    [Test]
    public void Missing_file_and_folder_path_are_unreadable()
    {
        var missing = Fails(() => Extractor().ExtractAsync(Path.Combine(_dir, "nope.pdf")));
        var folder = Fails(() => Extractor().ExtractAsync(_dir));
        Assert.Multiple(() =>
        {
            Assert.That(missing.Reason, Is.EqualTo(ExtractionFailure.Unreadable));
            Assert.That(missing.Message, Does.Contain("nope.pdf"));
            Assert.That(folder.Reason, Is.EqualTo(ExtractionFailure.Unreadable));
        });
    }

    [Test]
    public async Task Extract_from_stream_hands_the_layout_to_the_structure_parser()
    {
        var parser = new RecordingParser();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# 标准化工作导则\n正文"));
        var document = await Extractor(parser: parser).ExtractAsync(stream, "upload.md");
        Assert.That(document.Title, Is.EqualTo("标准化工作导则"));
        Assert.That(parser.Seen.Single().Lines[0].HeadingLevel, Is.EqualTo(1));
    }

    [Test]
    public void A_failing_structure_parser_becomes_a_typed_failure_naming_the_file()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes("正文"));
        var ex = Fails(() => Extractor(parser: new ThrowingParser()).ExtractAsync(path));
        Assert.That(ex.FileName, Is.EqualTo(path));
        Assert.That(ex.InnerException, Is.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public async Task Batch_goes_on_after_failures_and_reports_each_with_its_file()
    {
        var good1 = Write("GB-T-1.md", Encoding.UTF8.GetBytes("# 第一个标准\n正文"));
        var png = Write("scan.pdf", Png);
        var empty = Write("empty.txt", []);
        var missing = Path.Combine(_dir, "missing.docx");
        var good2 = Write("GB-T-2.docx", Build(P("第二个标准", Heading1)));
        var progress = new ConcurrentBag<ExtractionProgress>();

        var outcomes = await Extractor().ExtractManyAsync([good1, png, empty, missing, good2], new SyncProgress(progress.Add));

        Assert.That(outcomes.Select(o => o.Path), Is.EqualTo(new[] { good1, png, empty, missing, good2 }), "input order");
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Succeeded), Is.EqualTo(new[] { true, false, false, false, true }));
            Assert.That(outcomes[0].Document!.Title, Is.EqualTo("第一个标准"));
            Assert.That(outcomes[4].Document!.Title, Is.EqualTo("第二个标准"));
            Assert.That(outcomes[1].Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
            Assert.That(outcomes[2].Reason, Is.EqualTo(ExtractionFailure.Empty));
            Assert.That(outcomes[3].Reason, Is.EqualTo(ExtractionFailure.Unreadable));
            foreach (var failed in outcomes.Where(o => !o.Succeeded))
            {
                Assert.That(failed.Document, Is.Null);
                Assert.That(failed.Failure!.Message, Does.Contain(Path.GetFileName(failed.Path)), failed.Path);
            }
            Assert.That(progress.Select(p => p.Completed).Order(), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
            Assert.That(progress.All(p => p.Total == 5), Is.True);
            Assert.That(progress.Max(p => p.Failed), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Batch_runs_files_in_parallel_up_to_the_limit()
    {
        var paths = Enumerable.Range(0, 6).Select(i => Write($"f{i}.txt", Encoding.UTF8.GetBytes($"文件{i}"))).ToList();
        var reader = new SlowTextReader();
        var extractor = new DocumentExtractor(ExtractionOptions.Default, [reader], new RecordingParser()) { MaxParallelFiles = 3 };
        var outcomes = await extractor.ExtractManyAsync(paths);
        Assert.That(outcomes.All(o => o.Succeeded), Is.True);
        Assert.That(reader.MaxConcurrent, Is.InRange(2, 3));
    }

    [Test]
    public async Task Folder_scan_finds_files_recursively_by_pattern_and_skips_hidden_ones()
    {
        Write("a.md", Encoding.UTF8.GetBytes("甲"));
        Write("sub/b.MD", Encoding.UTF8.GetBytes("乙"));
        Write("sub/c.txt", Encoding.UTF8.GetBytes("丙"));
        Write(".hidden.md", Encoding.UTF8.GetBytes("丁"));

        var recursive = await Extractor().ExtractFolderAsync(_dir, "*.md", SearchOption.AllDirectories);
        var top = await Extractor().ExtractFolderAsync(_dir, "*.md", SearchOption.TopDirectoryOnly);

        Assert.That(recursive.Select(o => Path.GetFileName(o.Path)), Is.EqualTo(new[] { "a.md", "b.MD" }));
        Assert.That(top.Select(o => o.Document!.Title), Is.EqualTo(new[] { "甲" }));
    }

    [Test]
    public void Missing_folder_is_unreadable()
    {
        var ex = Assert.Throws<ExtractionException>(() => Extractor().ExtractFolderAsync(Path.Combine(_dir, "none")));
        Assert.That(ex!.Reason, Is.EqualTo(ExtractionFailure.Unreadable));
    }

    [Test]
    public void Cancelled_batch_throws()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes("甲"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(async () => await Extractor().ExtractManyAsync([path], cancellationToken: cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Sniffer_sees_blank_content_in_utf8_utf16_and_gb18030()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FormatSniffer.IsBlank([]), Is.True);
            Assert.That(FormatSniffer.IsBlank([0xEF, 0xBB, 0xBF, 0x20, 0x0A]), Is.True);
            Assert.That(FormatSniffer.IsBlank([0xFF, 0xFE, 0x20, 0x00, 0x00, 0x30]), Is.True, "UTF-16 ideographic space");
            Assert.That(FormatSniffer.IsBlank([0xA1, 0xA1, 0x20]), Is.True, "GB18030 ideographic space");
            Assert.That(FormatSniffer.IsBlank(" a "u8), Is.False);
        });
    }

    private sealed class SyncProgress(Action<ExtractionProgress> report) : IProgress<ExtractionProgress>
    {
        public void Report(ExtractionProgress value) => report(value);
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    /// <summary>A text reader that takes its time, to observe how many files run at once.</summary>
    private sealed class SlowTextReader : IDocumentReader
    {
        private readonly PlainTextDocumentReader _inner = new();
        private int _current;
        private int _max;

        public int MaxConcurrent => Volatile.Read(ref _max);
        public SourceFormat Format => SourceFormat.PlainText;
        public bool CanRead(ReadOnlySpan<byte> header) => _inner.CanRead(header);

        public async Task<LayoutDocument> ReadAsync(ReadOnlyMemory<byte> content, string sourceName, ExtractionOptions options, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen) { }
            try
            {
                await Task.Delay(150, cancellationToken);
                return await _inner.ReadAsync(content, sourceName, options, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _current);
            }
        }
    }
}
