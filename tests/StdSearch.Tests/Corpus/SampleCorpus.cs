using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Corpus;

/// <summary>The extracted sample files (PDF, DOCX draft, portal TXT copy, HTML notice, the owner-password copy of WB/T 1999), and their subjects.</summary>
internal static class SampleCorpus
{
    public static async Task<List<StandardDocument>> ExtractAsync()
    {
        var files = Directory.EnumerateFiles(CorpusSamples.PathOf("pdf"), "*.pdf")
            .Append(CorpusSamples.PathOf("docx", "t-hzev-007-2024-draft.docx"))
            .Append(CorpusSamples.PathOf("txt", "wbt-1999-2020.txt"))
            .Append(CorpusSamples.PathOf("html", "jl-bzh-14th-fyp-notice.html"))
            .Append(CorpusSamples.PathOf("bad", "encrypted-owner-only.pdf"))
            .Order(StringComparer.Ordinal).ToList();
        var outcomes = await new DocumentExtractor().ExtractManyAsync(files);
        Assert.That(outcomes.All(o => o.Succeeded), Is.True, string.Join("; ", outcomes.Where(o => !o.Succeeded).Select(o => o.Failure?.Message)));
        return outcomes.Select(o => o.Document!).ToList();
    }

    /// <summary>The subject of a sample (README: A oil storage, B charging cabinets, C water meters, D cold chain, the notice).</summary>
    public static string Subject(string label) => label switch
    {
        _ when label.StartsWith("GB/T 31999", StringComparison.Ordinal) || label.StartsWith("DB22/T 3999", StringComparison.Ordinal) => "A",
        _ when label.StartsWith("T/JSEBA", StringComparison.Ordinal) || label.StartsWith("T/HZEV", StringComparison.Ordinal) => "B",
        _ when label.StartsWith("ISO 29875", StringComparison.Ordinal) || label.StartsWith("GB/T 4287", StringComparison.Ordinal) || label.StartsWith("CNS", StringComparison.Ordinal) => "C",
        _ when label.StartsWith("WB/T 1999", StringComparison.Ordinal) => "D",
        _ => "notice:" + label,
    };
}
