using System.Collections.Concurrent;
using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Comparison;

/// <summary>Sample standards extracted once per test run, and their comparisons.</summary>
internal static class ComparisonSamples
{
    private static readonly ConcurrentDictionary<string, Lazy<StandardDocument>> Documents = new();
    private static readonly ConcurrentDictionary<(string, string), Lazy<ComparisonResult>> Results = new();

    public static StandardComparer Comparer { get; } = new();

    /// <summary>A sample by base name (<c>gbt-31999-2021</c>): the PDF, or the DOCX for the draft.</summary>
    public static StandardDocument Document(string baseName) =>
        Documents.GetOrAdd(baseName, name => new Lazy<StandardDocument>(() =>
            new DocumentExtractor().ExtractAsync(CorpusSamples.DocumentFor(name)).GetAwaiter().GetResult())).Value;

    public static ComparisonResult Compare(string a, string b) =>
        Results.GetOrAdd((a, b), key => new Lazy<ComparisonResult>(() => Comparer.Compare(Document(key.Item1), Document(key.Item2)))).Value;

    /// <summary>The pair whose A side (or, for an added clause, B side) is the clause.</summary>
    public static ClausePair PairAt(this ComparisonResult result, string clause) =>
        result.Pairs.FirstOrDefault(p => p.A.Contains(clause)) ?? result.Pairs.First(p => p.B.Contains(clause));
}
