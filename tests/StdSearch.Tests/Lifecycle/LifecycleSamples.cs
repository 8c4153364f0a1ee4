using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Lifecycle;
using StdSearch.Tests.TestSupport;

namespace StdSearch.Tests.Lifecycle;

/// <summary>The bundled samples extracted once per test run, the catalogue samples, and registries over them.</summary>
internal static class LifecycleSamples
{
    /// <summary>The date the sample statuses are resolved for: after every sample's 实施 date, before DB22/T 4001—2024's (2099).</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 1);

    private static readonly Lazy<IReadOnlyList<StandardDocument>> Standards = new(() =>
    {
        var extractor = new DocumentExtractor();
        var files = Directory.EnumerateFiles(CorpusSamples.PathOf("pdf"), "*.pdf")
            .Append(CorpusSamples.PathOf("docx", "t-hzev-007-2024-draft.docx"))
            .Append(CitingSamplePath)
            .Order(StringComparer.Ordinal);
        return files.Select(f => extractor.ExtractAsync(f).GetAwaiter().GetResult()).ToList();
    });

    /// <summary>The text-only group standard that cites a replaced edition, an undated reference and an abolished one.</summary>
    public static string CitingSamplePath => CorpusSamples.PathOf("txt", "t-jlly-036-2020.txt");

    /// <summary>Every sample standard (9 PDFs, the DOCX draft, the T/JLLY text sample).</summary>
    public static IReadOnlyList<StandardDocument> Documents => Standards.Value;

    public static StandardDocument Document(string id) => Documents.First(d => d.Id == StandardId.Parse(id));

    public static string Catalogue(string name) => CorpusSamples.PathOf("catalogue", name);

    public static Catalogue ImportedCatalogue(string name = "jl-catalogue.csv") =>
        CatalogueImporter.ImportAsync(Catalogue(name)).GetAwaiter().GetResult().Catalogue;

    public static EditionRegistry Registry(Catalogue? catalogue, DateOnly? asOf = null) =>
        EditionRegistry.Build(Documents, catalogue, new LifecycleOptions { AsOf = asOf ?? AsOf });
}
