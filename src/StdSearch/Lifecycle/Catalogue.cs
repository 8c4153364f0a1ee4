using System.Text.Json;
using System.Text.Json.Serialization;
using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>
/// A catalogue of standards editions with their statuses (现行, 即将实施, 被代替, 废止), dates and successions: what national
/// and provincial platforms publish. One entry per edition (by canonical id). Immutable; <see cref="Merge"/> returns a new
/// catalogue. Saved as JSON beside an index (<see cref="FileName"/>) so it survives between runs.
/// </summary>
public sealed class Catalogue
{
    /// <summary>The file name a catalogue is saved under in an index folder.</summary>
    public const string FileName = "catalogue.json";

    private readonly Dictionary<string, CatalogueEntry> _byCanonical;
    // Built on first use (a catalogue that is only saved or merged never needs it).
    private readonly Lazy<Dictionary<string, List<CatalogueEntry>>> _byLineage;

    /// <summary>Creates a catalogue from entries; a later entry for the same edition replaces an earlier one.</summary>
    public Catalogue(IEnumerable<CatalogueEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byCanonical = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Id.IsEmpty) throw new ArgumentException("A catalogue entry needs an id.", nameof(entries));
            if (!_byCanonical.ContainsKey(entry.Id.Canonical)) order.Add(entry.Id.Canonical);
            _byCanonical[entry.Id.Canonical] = entry;
        }
        Entries = order.Select(k => _byCanonical[k]).ToList();
        _byLineage = new Lazy<Dictionary<string, List<CatalogueEntry>>>(BuildLineageLookup);
    }

    /// <summary>The empty catalogue.</summary>
    public static Catalogue Empty { get; } = new([]);

    /// <summary>The entries in the order they were first read.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Count;

    /// <summary>
    /// The entries of <paramref name="id"/>'s lineage (same prefix and number, any year) and those naming an edition of it
    /// as replaced or replacing, in catalogue order.
    /// </summary>
    /// <param name="id">Any edition of the lineage.</param>
    public IReadOnlyList<CatalogueEntry> FindLineage(StandardId id) =>
        !id.IsEmpty && _byLineage.Value.TryGetValue(id.Lineage, out var entries) ? entries : [];


    private Dictionary<string, List<CatalogueEntry>> BuildLineageLookup()
    {
        var lookup = new Dictionary<string, List<CatalogueEntry>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
            foreach (var lineage in entry.Replaces.Concat(entry.ReplacedBy).Prepend(entry.Id).Where(i => !i.IsEmpty)
                         .Select(i => i.Lineage).Distinct())
            {
                if (!lookup.TryGetValue(lineage, out var list)) lookup[lineage] = list = [];
                list.Add(entry);
            }
        return lookup;
    }

    /// <summary>The entry for an edition (exact canonical id), or null.</summary>
    public CatalogueEntry? Find(StandardId id) => !id.IsEmpty && _byCanonical.TryGetValue(id.Canonical, out var e) ? e : null;

    /// <summary>This catalogue with <paramref name="newer"/>'s entries added; an edition in both takes the newer entry.</summary>
    public Catalogue Merge(Catalogue newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return new Catalogue(Entries.Concat(newer.Entries));
    }

    /// <summary>The path of the catalogue file in an index folder.</summary>
    public static string PathIn(string indexDirectory) => Path.Combine(indexDirectory, FileName);

    /// <summary>Loads the catalogue saved in an index folder; <see cref="Empty"/> when there is none.</summary>
    /// <exception cref="CatalogueImportException">The saved file is not a catalogue.</exception>
    public static async Task<Catalogue> LoadAsync(string indexDirectory, CancellationToken cancellationToken = default)
    {
        var path = PathIn(indexDirectory);
        if (!File.Exists(path)) return Empty;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var stored = await JsonSerializer.DeserializeAsync<StoredCatalogue>(stream, StoredOptions, cancellationToken).ConfigureAwait(false);
                return new Catalogue((stored?.Entries ?? []).Select(e => e.ToEntry()));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
            {
                throw new CatalogueImportException(path, $"the saved catalogue cannot be read ({e.Message})", e);
            }
        }
    }

    /// <summary>
    /// Saves the catalogue into an index folder atomically: written to a temporary file in the same folder, then moved
    /// over the old one, so a crash leaves either the old or the new catalogue.
    /// </summary>
    public async Task SaveAsync(string indexDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = PathIn(indexDirectory);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, new StoredCatalogue(Entries.Select(StoredEntry.From).ToList()), StoredOptions, cancellationToken)
                    .ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static readonly JsonSerializerOptions StoredOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private sealed record StoredCatalogue(List<StoredEntry> Entries);

    private sealed record StoredEntry(string Id, string? Title, LifecycleStatus? Status, DateOnly? Issued, DateOnly? Effective,
        List<string>? Replaces, List<string>? ReplacedBy)
    {
        public static StoredEntry From(CatalogueEntry e) => new(e.Id.Canonical, e.Title.Length > 0 ? e.Title : null, e.Status, e.Issued, e.Effective,
            e.Replaces.Count > 0 ? e.Replaces.Select(r => r.Canonical).ToList() : null,
            e.ReplacedBy.Count > 0 ? e.ReplacedBy.Select(r => r.Canonical).ToList() : null);

        public CatalogueEntry ToEntry() => new()
        {
            Id = StandardId.Parse(Id),
            Title = Title ?? "",
            Status = Status,
            Issued = Issued,
            Effective = Effective,
            Replaces = (Replaces ?? []).Select(StandardId.Parse).ToList(),
            ReplacedBy = (ReplacedBy ?? []).Select(StandardId.Parse).ToList(),
        };
    }
}
