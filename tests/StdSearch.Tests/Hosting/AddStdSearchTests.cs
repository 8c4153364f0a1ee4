using Microsoft.Extensions.DependencyInjection;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Search;

namespace StdSearch.Tests.Hosting;

public class AddStdSearchTests
{
    [Test]
    public void Container_resolves_one_index_on_the_configured_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stdsearch-di-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var provider = new ServiceCollection().AddStdSearch(o => o.IndexDirectory = folder).BuildServiceProvider())
            {
                var index = provider.GetRequiredService<StandardsIndex>();
                Assert.That(index.DirectoryPath, Is.EqualTo(Path.GetFullPath(folder)));
                Assert.That(provider.GetRequiredService<StandardsIndex>(), Is.SameAs(index));
                Assert.That(provider.GetRequiredService<DocumentExtractor>(), Is.SameAs(index.Extractor));
                Assert.That(provider.GetRequiredService<StandardsSearcher>().Search(new SearchRequest("储存")).Total, Is.Zero);
            }
            // Disposed with the container: the folder can be opened again.
            using var again = new StandardsIndex(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Default_folder_is_under_the_current_directory_unless_STDSEARCH_INDEX_is_set()
    {
        var before = Environment.GetEnvironmentVariable("STDSEARCH_INDEX");
        try
        {
            Environment.SetEnvironmentVariable("STDSEARCH_INDEX", null);
            Assert.That(StdSearchOptions.DefaultIndexDirectory(), Is.EqualTo(Path.Combine(Environment.CurrentDirectory, ".stdsearch", "index")));
            Environment.SetEnvironmentVariable("STDSEARCH_INDEX", "/tmp/elsewhere");
            Assert.That(new StdSearchOptions().IndexDirectory, Is.EqualTo("/tmp/elsewhere"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("STDSEARCH_INDEX", before);
        }
    }
}
