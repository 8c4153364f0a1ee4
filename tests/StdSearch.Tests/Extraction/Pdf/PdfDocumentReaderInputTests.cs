using System.Text;
using NUnit.Framework;
using StdSearch.Extraction;
using StdSearch.Extraction.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace StdSearch.Tests.Extraction.Pdf;

/// <summary>The PDF reader on bad, encrypted and limit-breaking inputs, built in the test or kept under TestData/Pdf.</summary>
[TestFixture]
public sealed class PdfDocumentReaderInputTests
{
    private readonly PdfDocumentReader _reader = new();

    private static byte[] TestFile(string name) =>
        File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Pdf", name));

    private ExtractionException Fails(byte[] bytes, ExtractionOptions? options = null) =>
        Assert.Throws<ExtractionException>(() => _reader.Read(bytes, "input.pdf", options ?? ExtractionOptions.Default))!;

    /// <summary>A PDF with the given pages of Helvetica text, written by PdfPig's builder.</summary>
    private static byte[] Generated(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 700.0;
            foreach (var line in lines)
            {
                page.AddText(line, 10, new PdfPoint(72, y), font);
                y -= 14;
            }
        }

        return builder.Build();
    }

    /// <summary>A minimal hand-written PDF with a page tree of zero pages and a correct cross-reference table.</summary>
    private static byte[] ZeroPagePdf()
    {
        string[] objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append($"{offset:D10} 00000 n \n");
        }

        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    [Test]
    public void Generated_pdf_is_read_line_by_line()
    {
        var doc = _reader.Read(Generated(["1 Scope", "This document applies to tests."]), "gen.pdf", ExtractionOptions.Default);

        Assert.That(doc.Lines.Select(l => l.Text), Is.EqualTo(new[] { "1 Scope", "This document applies to tests." }));
        Assert.That(doc.Lines.All(l => l.Page == 1 && l.FontSize == 10 && Math.Abs(l.Left - 72) < 1), Is.True);
        Assert.That(doc.SourceName, Is.EqualTo("gen.pdf"));
    }

    [Test]
    public void Zero_bytes_are_empty() => Assert.That(Fails([]).Reason, Is.EqualTo(ExtractionFailure.Empty));

    [Test]
    public void Whitespace_only_is_empty() => Assert.That(Fails("\r\n  \n"u8.ToArray()).Reason, Is.EqualTo(ExtractionFailure.Empty));

    [Test]
    public void Png_is_not_a_pdf()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        Assert.That(_reader.CanRead(png), Is.False);
        Assert.That(Fails(png).Reason, Is.EqualTo(ExtractionFailure.UnsupportedType));
    }

    [Test]
    public void Random_bytes_behind_a_pdf_header_are_corrupt()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);

        var ex = Fails(bytes);

        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.Corrupt));
        Assert.That(ex.FileName, Is.EqualTo("input.pdf"));
    }

    [Test]
    public void Generated_pdf_cut_in_half_is_truncated_or_corrupt()
    {
        var bytes = Generated(["1 Scope", "Text"], ["2 Terms", "More text"]);

        var ex = Fails(bytes[..(bytes.Length / 2)]);

        Assert.That(ex.Reason, Is.AnyOf(ExtractionFailure.Truncated, ExtractionFailure.Corrupt));
    }

    [Test]
    public void Pdf_without_pages_is_refused() => Assert.That(Fails(ZeroPagePdf()).Reason, Is.EqualTo(ExtractionFailure.NoPages));

    [Test]
    public void Too_many_pages_are_refused()
    {
        var bytes = Generated(["one"], ["two"], ["three"]);

        var ex = Fails(bytes, new ExtractionOptions { MaxPages = 2 });

        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.TooManyPages));
    }

    [Test]
    public void Too_large_file_is_refused_before_parsing()
    {
        var bytes = Generated(["text"]);

        Assert.That(Fails(bytes, new ExtractionOptions { MaxFileBytes = bytes.Length - 1 }).Reason, Is.EqualTo(ExtractionFailure.TooLarge));
    }

    [Test]
    public void Password_protected_pdf_without_password_is_encrypted()
    {
        Assert.That(Fails(TestFile("encrypted-aes256.pdf")).Reason, Is.EqualTo(ExtractionFailure.Encrypted));
    }

    [Test]
    public void Password_protected_pdf_with_wrong_password_is_encrypted()
    {
        var ex = Fails(TestFile("encrypted-aes256.pdf"), new ExtractionOptions { Password = "wrong" });

        Assert.That(ex.Reason, Is.EqualTo(ExtractionFailure.Encrypted));
        Assert.That(ex.Detail, Does.Contain("wrong"));
    }

    [Test]
    public void Password_protected_pdf_opens_with_its_password()
    {
        var doc = _reader.Read(TestFile("encrypted-aes256.pdf"), "enc.pdf", new ExtractionOptions { Password = "secret" });

        Assert.That(doc.Lines.Select(l => l.Text), Does.Contain("1 Scope"));
    }

    [Test]
    public void Owner_restricted_copy_no_pdf_opens_without_password()
    {
        var doc = _reader.Read(TestFile("owner-restricted-rc4.pdf"), "copy-no.pdf", ExtractionOptions.Default);

        Assert.That(doc.Lines.Select(l => l.Text), Does.Contain("1 Scope"));
        Assert.That(doc.Lines.Select(l => l.Text), Is.EqualTo(_reader.Read(TestFile("sample-plain.pdf"), "p.pdf", ExtractionOptions.Default).Lines.Select(l => l.Text)));
    }

    [Test]
    public void Can_read_finds_the_header_within_the_first_kilobyte()
    {
        var late = new byte[2000];
        "%PDF-1.7"u8.CopyTo(late.AsSpan(900));
        var tooLate = new byte[2000];
        "%PDF-1.7"u8.CopyTo(tooLate.AsSpan(1100));

        Assert.That(_reader.CanRead("%PDF-1.4\n"u8), Is.True);
        Assert.That(_reader.CanRead(late), Is.True);
        Assert.That(_reader.CanRead(tooLate), Is.False);
        Assert.That(_reader.CanRead([]), Is.False);
        Assert.That(_reader.Format, Is.EqualTo(StdSearch.Documents.SourceFormat.Pdf));
    }

    [Test]
    public async Task Read_async_returns_the_same_lines()
    {
        var bytes = Generated(["1 Scope"]);

        var doc = await _reader.ReadAsync(bytes, "a.pdf", ExtractionOptions.Default);

        Assert.That(doc.Lines.Single().Text, Is.EqualTo("1 Scope"));
    }

    [Test]
    public void Read_async_reports_failures_in_the_task()
    {
        var task = _reader.ReadAsync(Array.Empty<byte>(), "a.pdf", ExtractionOptions.Default);

        Assert.That(task.IsFaulted, Is.True);
        Assert.ThrowsAsync<ExtractionException>(async () => await task);
    }

    [Test]
    public void Cancelled_read_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => _reader.Read(Generated(["x"]), "a.pdf", ExtractionOptions.Default, cts.Token));
        Assert.That(_reader.ReadAsync(Generated(["x"]), "a.pdf", ExtractionOptions.Default, cts.Token).IsCanceled, Is.True);
    }
}
