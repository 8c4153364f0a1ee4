using Lucene.Net.Store;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// Where an index's bytes are, by Lucene file kind (compound files opened and their entries counted): terms (tim, tip),
/// postings (doc, pos, pay), stored fields (fdt, fdx), norms (nvd), doc values (dvd), and the rest.
/// </summary>
internal static class IndexFileSizes
{
    public static string Describe(string folder, long textBytes)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        using var directory = FSDirectory.Open(folder);
        foreach (var name in directory.ListAll())
        {
            if (name.EndsWith(".cfs", StringComparison.Ordinal))
            {
                using var compound = new CompoundFileDirectory(directory, name, IOContext.READ_ONCE, false);
                foreach (var entry in compound.ListAll()) Add(entry, compound.FileLength(entry));
            }
            else if (!name.EndsWith(".cfe", StringComparison.Ordinal)) Add(name, directory.FileLength(name));
        }
        return string.Join(", ", sizes.OrderByDescending(s => s.Value).Where(s => s.Value > 0)
            .Select(s => $"{s.Key} {s.Value / 1e6:F1} MB ({(double)s.Value / textBytes:F2}×)"));

        void Add(string file, long length)
        {
            var dot = file.LastIndexOf('.');
            var kind = dot < 0 ? file : file[(dot + 1)..];
            sizes[kind] = sizes.GetValueOrDefault(kind) + length;
        }
    }
}
