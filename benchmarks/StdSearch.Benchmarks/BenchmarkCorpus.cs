using System.Diagnostics;
using System.Text;

namespace StdSearch.Benchmarks;

/// <summary>
/// Builds the benchmark input from real text: the bundled corpus-samples sources and, when present, the text layer of
/// the real standards in ../shared/real-standards (through pdftotext). Nothing is generated from templates, so the
/// word breaker sees the variety of real documents.
/// </summary>
internal static class BenchmarkCorpus
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StdSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("StdSearch.sln not found above " + AppContext.BaseDirectory);
    }

    public static string RealStandardsFolder()
    {
        var root = RepositoryRoot();
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "real-standards"));
        // In a git worktree (.git is a file "gitdir: <main>/.git/worktrees/<name>") the corpus sits next to the main checkout.
        var gitFile = Path.Combine(root, ".git");
        if (Directory.Exists(folder) || !File.Exists(gitFile)) return folder;
        var line = File.ReadLines(gitFile).FirstOrDefault() ?? "";
        if (!line.StartsWith("gitdir:", StringComparison.Ordinal)) return folder;
        var main = new DirectoryInfo(Path.GetFullPath(line["gitdir:".Length..].Trim(), root)).Parent?.Parent?.Parent?.FullName;
        return main is null ? folder : Path.GetFullPath(Path.Combine(main, "..", "shared", "real-standards"));
    }

    /// <summary>Chinese text (Simplified), at least <paramref name="minChars"/> characters, from real documents.</summary>
    public static string SimplifiedChinese(int minChars)
    {
        var parts = new List<string>();
        var samples = Path.Combine(RepositoryRoot(), "corpus-samples", "src");
        if (Directory.Exists(samples))
            foreach (var f in Directory.EnumerateFiles(samples, "*.md").Order()) parts.Add(File.ReadAllText(f));

        var real = RealStandardsFolder();
        if (Directory.Exists(real) && File.Exists("/usr/bin/pdftotext"))
        {
            foreach (var pdf in Directory.EnumerateFiles(real, "*.pdf").Order())
            {
                var name = Path.GetFileName(pdf);
                if (name.StartsWith("ISO", StringComparison.Ordinal)) continue; // English
                var text = PdfToText(pdf);
                if (CjkShare(text) > 0.3) parts.Add(text); // skips the garbled and scanned files
            }
        }
        else
        {
            Console.WriteLine($"real-standards corpus not found at {real} (or pdftotext missing) - using corpus-samples only");
        }
        if (parts.Count == 0) throw new InvalidOperationException("no benchmark text: corpus-samples/src is empty and real-standards is absent");

        var sb = new StringBuilder();
        while (sb.Length < minChars)
            foreach (var p in parts) sb.Append(p).Append('\n');
        return sb.ToString();
    }

    public static string ToTraditional(string simplified)
    {
        Icu.Wrapper.Init();
        using var t = Icu.Transliterator.CreateInstance("Simplified-Traditional", Icu.Transliterator.UTransDirection.Forward, null);
        var sb = new StringBuilder(simplified.Length);
        const int chunk = 4096;
        for (var i = 0; i < simplified.Length; i += chunk)
        {
            var part = simplified.Substring(i, Math.Min(chunk, simplified.Length - i));
            sb.Append(t.Transliterate(part, part.Length * 2 + 16));
        }
        return sb.ToString();
    }

    private static string PdfToText(string pdf)
    {
        // -q: some files make poppler print hundreds of kilobytes of warnings; stderr is drained as well, so that a
        // full pipe can never block the child while this side waits on stdout.
        using var p = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-q", pdf, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        })!;
        var errors = p.StandardError.ReadToEndAsync();
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        errors.Wait();
        return text;
    }

    private static double CjkShare(string text)
    {
        if (text.Length == 0) return 0;
        var cjk = text.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        var nonSpace = text.Count(c => !char.IsWhiteSpace(c));
        return nonSpace == 0 ? 0 : (double)cjk / nonSpace;
    }
}
