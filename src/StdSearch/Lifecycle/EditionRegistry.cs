using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>
/// Every edition known from the indexed documents and the catalogue, chained by lineage, with resolved statuses; checks
/// citations against them. Built once per index generation (or catalogue change) and then read-only: a check is a few
/// dictionary look-ups per cited standard, never a search. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Chains come from the indexed documents' ids and dates, their 代替 statements (<see cref="StandardDocument.Replaces"/>)
/// and the older editions of their own number that their forewords name (the 历次版本 history), and from the catalogue's
/// entries with their 代替标准 / 被代替标准 cells.</para>
/// <para>Status, in order: the catalogue's status when it states one (即将实施 becomes 现行 once its 实施 date is past);
/// else 被代替 when a successor named by a 代替 statement, or any newer edition of the lineage, is in force on the as-of
/// date; else 即将实施 when its own 实施 date is ahead; else 现行.</para>
/// </remarks>
public sealed class EditionRegistry
{
    private readonly Dictionary<string, Edition> _editions;
    private readonly Dictionary<string, EditionChain> _chains;
    private readonly Dictionary<string, IndexedStandardCitations> _documents;
    private readonly Dictionary<string, List<string>> _citedBy;

    private EditionRegistry(Dictionary<string, Edition> editions, Dictionary<string, EditionChain> chains,
        Dictionary<string, IndexedStandardCitations> documents, DateOnly asOf)
    {
        _editions = editions;
        _chains = chains;
        _documents = documents;
        AsOf = asOf;
        _citedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in documents.Values)
            foreach (var c in d.Citations)
            {
                var lineage = c.Id.Lineage;
                if (!_citedBy.TryGetValue(lineage, out var list)) _citedBy[lineage] = list = [];
                list.Add(d.Key);
            }
    }

    /// <summary>The date statuses were resolved for.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every edition known, by canonical id.</summary>
    public IReadOnlyCollection<Edition> Editions => _editions.Values;

    /// <summary>Every lineage's chain.</summary>
    public IReadOnlyCollection<EditionChain> Chains => _chains.Values;

    /// <summary>
    /// Builds the registry from documents (the indexed standards, each with its index Key) and a catalogue.
    /// </summary>
    /// <param name="documents">The indexed standards; documents without an id take part only as citing documents.</param>
    /// <param name="catalogue">The catalogue, or null for none.</param>
    /// <param name="options">The as-of date; <see cref="LifecycleOptions.Default"/> when null.</param>
    public static EditionRegistry Build(IEnumerable<StandardDocument> documents, Catalogue? catalogue, LifecycleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var asOf = (options ?? LifecycleOptions.Default).AsOf ?? DateOnly.FromDateTime(DateTime.Now);
        var builders = new Dictionary<string, EditionBuilder>(StringComparer.Ordinal);
        var citing = new Dictionary<string, IndexedStandardCitations>(StringComparer.Ordinal);

        EditionBuilder Get(StandardId id)
        {
            var edition = EditionOf(id);
            if (!builders.TryGetValue(edition.Canonical, out var b)) builders[edition.Canonical] = b = new EditionBuilder(edition);
            return b;
        }

        foreach (var document in documents)
        {
            citing[document.Key] = new IndexedStandardCitations(document.Key, document.Id, document.Issued ?? document.Effective,
                CitationFinder.Find(document));
            if (!document.Id.IsDated || document.IsDraft) continue;
            var own = Get(document.Id);
            own.IndexKey ??= document.Key;
            if (own.Title.Length == 0) own.Title = document.Title;
            own.Issued ??= document.Issued;
            own.Effective ??= document.Effective;
            foreach (var replaced in document.Replaces.Where(r => r.IsDated))
            {
                own.Replaces.Add(EditionOf(replaced));
                Get(replaced).ReplacedBy.Add(own.Id);
            }
            foreach (var earlier in EditionHistory(document)) Get(earlier);
        }
        foreach (var entry in (catalogue ?? Catalogue.Empty).Entries)
        {
            if (!entry.Id.IsDated) continue;
            var b = Get(entry.Id);
            b.InCatalogue = true;
            b.CatalogueStatus = entry.Status;
            if (entry.Title.Length > 0) b.Title = b.IndexKey is null || b.Title.Length == 0 ? entry.Title : b.Title;
            b.Issued = entry.Issued ?? b.Issued;
            b.Effective = entry.Effective ?? b.Effective;
            foreach (var r in entry.Replaces.Where(r => r.IsDated))
            {
                b.Replaces.Add(EditionOf(r));
                Get(r).ReplacedBy.Add(b.Id);
            }
            foreach (var r in entry.ReplacedBy.Where(r => r.IsDated))
            {
                b.ReplacedBy.Add(EditionOf(r));
                Get(r).Replaces.Add(b.Id);
            }
        }

        // Resolve statuses lineage by lineage: a successor counts once it is in force on the as-of date.
        var editions = new Dictionary<string, Edition>(StringComparer.Ordinal);
        var chains = new Dictionary<string, EditionChain>(StringComparer.Ordinal);
        foreach (var group in builders.Values.GroupBy(b => b.Id.Lineage))
        {
            var ordered = group.OrderBy(b => b.Id.Year).ThenBy(b => b.Issued ?? DateOnly.MinValue).ThenBy(b => b.Id.Canonical, StringComparer.Ordinal).ToList();
            foreach (var b in ordered) b.Status = OwnStatus(b, asOf);
            for (var i = 0; i < ordered.Count; i++)
            {
                var b = ordered[i];
                if (b.CatalogueStatus is not null) continue;
                var newerInForce = ordered.Skip(i + 1).Any(n => n.Id.Year > b.Id.Year && InForceBy(n, asOf));
                if (newerInForce) b.Status = LifecycleStatus.Replaced;
            }
        }
        // Successors named by 代替 across lineages (mergers, re-coded series) once every own status is known.
        foreach (var b in builders.Values)
            if (b.CatalogueStatus is null && b.Status is LifecycleStatus.Current or LifecycleStatus.Upcoming
                && b.ReplacedBy.Any(s => builders.TryGetValue(s.Canonical, out var sb) && InForceBy(sb, asOf)))
                b.Status = LifecycleStatus.Replaced;

        foreach (var b in builders.Values) editions[b.Id.Canonical] = b.ToEdition();
        foreach (var group in editions.Values.GroupBy(e => e.Id.Lineage))
        {
            var ordered = group.OrderBy(e => e.Id.Year).ThenBy(e => e.Issued ?? DateOnly.MinValue).ThenBy(e => e.Id.Canonical, StringComparer.Ordinal).ToList();
            var current = ordered.LastOrDefault(e => e.Status == LifecycleStatus.Current);
            chains[group.Key] = new EditionChain(group.Key, ordered, current);
        }
        return new EditionRegistry(editions, chains, citing, asOf);
    }

    /// <summary>The edition with this id (an amendment id resolves to its edition), or null.</summary>
    public Edition? FindEdition(StandardId id) =>
        id.IsDated && _editions.TryGetValue(EditionOf(id).Canonical, out var e) ? e : null;

    /// <summary>The chain of the id's lineage (<c>GB/T 31999</c>, any edition), or null when no edition of it is known.</summary>
    public EditionChain? FindChain(StandardId id) => !id.IsEmpty && _chains.TryGetValue(id.Lineage, out var c) ? c : null;

    /// <summary>Checks every standard <paramref name="document"/> cites (see <see cref="CitationFinder"/>).</summary>
    public CitationReport Check(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Check(DocumentName(document), document.Issued ?? document.Effective, document.Id, CitationFinder.Find(document));
    }

    /// <summary>Checks a list of citations for a document issued on <paramref name="issued"/> (null when unknown).</summary>
    public CitationReport Check(string documentName, DateOnly? issued, StandardId documentId, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var references = new List<ReferenceCheck>(citations.Count);
        foreach (var c in citations) references.Add(CheckOne(c, issued ?? YearEnd(documentId)));
        return new CitationReport(documentName, references);
    }

    /// <summary>
    /// The portfolio view: for every indexed standard, how many of its references are out of date; the worst first
    /// (most out of date, then most unknown, then by id).
    /// </summary>
    public IReadOnlyList<PortfolioEntry> Portfolio()
    {
        var result = new List<PortfolioEntry>(_documents.Count);
        foreach (var d in _documents.Values)
        {
            var report = Check(d.Key, d.Issued, d.Id, d.Citations);
            result.Add(new PortfolioEntry(d.Key, d.Id, report.References.Count, report.OutOfDate, report.Unknown)
            {
                Status = d.Id.IsDated ? FindEdition(d.Id)?.Status ?? LifecycleStatus.Unknown : LifecycleStatus.Unknown,
                OutOfDateReferences = report.References.Where(r => r.IsOutOfDate).ToList(),
            });
        }
        return result.OrderByDescending(p => p.OutOfDate).ThenByDescending(p => p.Unknown)
            .ThenBy(p => p.Id.IsEmpty ? p.Key : p.Id.Canonical, StringComparer.Ordinal).ToList();
    }

    /// <summary>The relations of one standard for a standard's view: editions it replaces and that replace it, standards it cites and indexed standards citing its lineage.</summary>
    /// <param name="idOrKey">An index Key or any spelling of an id.</param>
    /// <returns>The relations, or null when the id is neither indexed nor known as an edition.</returns>
    public StandardRelations? Relations(string idOrKey)
    {
        ArgumentNullException.ThrowIfNull(idOrKey);
        IndexedStandardCitations? doc = _documents.TryGetValue(idOrKey, out var byKey) ? byKey : null;
        StandardId id = doc?.Id ?? default;
        if (doc is null && StandardId.TryParse(idOrKey, out var parsed))
        {
            id = parsed;
            doc = _documents.Values.FirstOrDefault(d => d.Id == parsed)
                ?? (parsed.IsDated ? null : _documents.Values.Where(d => d.Id.IsSameLineage(parsed)).MaxBy(d => d.Id.Year));
            if (doc is not null) id = doc.Id;
        }
        var edition = FindEdition(id);
        if (doc is null && edition is null) return null;
        var chain = FindChain(id);
        var lineage = id.Lineage;
        var citedBy = lineage.Length > 0 && _citedBy.TryGetValue(lineage, out var keys)
            ? keys.Distinct().Where(k => k != doc?.Key).Order(StringComparer.Ordinal).ToList()
            : [];
        return new StandardRelations(doc?.Key ?? id.Canonical, id)
        {
            Status = edition?.Status ?? LifecycleStatus.Unknown,
            Replaces = edition?.Replaces ?? [],
            ReplacedBy = edition?.ReplacedBy.Count > 0 ? edition.ReplacedBy
                : chain?.Editions.Where(e => e.Id.Year > id.Year).Select(e => e.Id).ToList() ?? [],
            Editions = chain?.Editions.Select(e => e.Id).ToList() ?? [],
            Cites = doc?.Citations.Select(c => c.Id).ToList() ?? [],
            CitedBy = citedBy,
        };
    }

    /// <summary>The status the registry resolves for each indexed standard, by index Key.</summary>
    public IReadOnlyDictionary<string, LifecycleStatus> IndexedStatuses() =>
        _editions.Values.Where(e => e.IndexKey is not null).ToDictionary(e => e.IndexKey!, e => e.Status, StringComparer.Ordinal);

    private ReferenceCheck CheckOne(Citation citation, DateOnly? documentDate)
    {
        var cited = citation.Id;
        var chain = FindChain(cited);
        var inIndex = cited.IsDated ? FindEdition(cited)?.InIndex == true : chain?.Editions.Any(e => e.InIndex) == true;
        var check = new ReferenceCheck { Cited = cited, Normative = citation.Normative, Where = citation.Where, InIndex = inIndex };
        if (chain is null) return check with { Verdict = CitationVerdict.Unknown, Status = LifecycleStatus.Unknown };

        if (!cited.IsDated)
        {
            var now = chain.Current;
            if (now is null)
            {
                var last = chain.Editions[^1];
                return check with
                {
                    Status = last.Status,
                    Verdict = last.Status == LifecycleStatus.Abolished || chain.Editions.Any(e => e.Status == LifecycleStatus.Abolished)
                        ? CitationVerdict.Abolished
                        : last.Status == LifecycleStatus.Upcoming ? CitationVerdict.Ok : CitationVerdict.Unknown,
                };
            }
            var then = documentDate is { } d ? chain.Editions.LastOrDefault(e => StartOf(e) is { } s && s <= d) : null;
            var different = then is not null && then.Id != now.Id;
            return check with
            {
                Status = now.Status,
                Current = now.Id,
                WhenIssued = different ? then!.Id : null,
                Verdict = different ? CitationVerdict.UndatedNowDifferent : CitationVerdict.Ok,
            };
        }

        var edition = FindEdition(cited);
        if (edition is null)
        {
            // An edition nobody lists: replaced when a newer edition of its number is in force, otherwise unknown.
            var newer = chain.Editions.Where(e => e.Id.Year > cited.Year).ToList();
            if (newer.Count == 0) return check with { Verdict = CitationVerdict.Unknown, Status = LifecycleStatus.Unknown };
            var end = FollowSuccessors(newer[0]);
            return end.Status == LifecycleStatus.Abolished
                ? check with { Verdict = CitationVerdict.Abolished, Status = LifecycleStatus.Replaced }
                : check with { Verdict = CitationVerdict.Replaced, Status = LifecycleStatus.Replaced, Current = end.Status == LifecycleStatus.Current ? end.Id : chain.Current?.Id };
        }
        switch (edition.Status)
        {
            case LifecycleStatus.Current or LifecycleStatus.Upcoming:
                return check with { Verdict = CitationVerdict.Ok, Status = edition.Status, Current = edition.Status == LifecycleStatus.Current ? edition.Id : chain.Current?.Id };
            case LifecycleStatus.Abolished:
                return check with { Verdict = CitationVerdict.Abolished, Status = LifecycleStatus.Abolished };
            default:
                var end = FollowSuccessors(edition);
                if (end.Status == LifecycleStatus.Abolished) return check with { Verdict = CitationVerdict.Abolished, Status = edition.Status };
                return check with
                {
                    Verdict = CitationVerdict.Replaced,
                    Status = edition.Status,
                    Current = end.Status == LifecycleStatus.Current && end.Id != edition.Id ? end.Id : null,
                };
        }
    }

    // From a replaced edition to the edition that ends its line: the first successor in force named by 代替, else the
    // next newer edition of the lineage, repeatedly.
    private Edition FollowSuccessors(Edition start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var e = start;
        while (e.Status == LifecycleStatus.Replaced && seen.Add(e.Id.Canonical))
        {
            Edition? next = null;
            foreach (var s in e.ReplacedBy)
                if (_editions.TryGetValue(s.Canonical, out var candidate) && candidate.Status != LifecycleStatus.Upcoming) { next = candidate; break; }
            next ??= FindChain(e.Id)?.Editions.FirstOrDefault(n => n.Id.Year > e.Id.Year && n.Status != LifecycleStatus.Upcoming);
            if (next is null) break;
            e = next;
        }
        return e;
    }

    private static DateOnly? StartOf(Edition e) => e.Effective ?? e.Issued ?? (e.Id.Year is int y ? new DateOnly(y, 1, 1) : null);

    private static DateOnly? YearEnd(StandardId id) => id.Year is int y ? new DateOnly(y, 12, 31) : null;

    private static LifecycleStatus OwnStatus(EditionBuilder b, DateOnly asOf) => b.CatalogueStatus switch
    {
        LifecycleStatus.Upcoming when b.Effective is { } e && e <= asOf => LifecycleStatus.Current,
        { } s => s,
        null when b.Effective is { } e && e > asOf => LifecycleStatus.Upcoming,
        _ => LifecycleStatus.Current,
    };

    // A successor counts when it is in force on the as-of date (not upcoming; abolished later still replaced its predecessor).
    private static bool InForceBy(EditionBuilder b, DateOnly asOf) =>
        b.Status != LifecycleStatus.Upcoming && (b.Effective is not { } e || e <= asOf);

    internal static string DocumentName(StandardDocument d) => d.Id.IsEmpty ? d.Key : d.Id.Display;

    /// <summary>The lineage key of an id: prefix and number (<c>GB 31999</c> for GB/T 31999—2021).</summary>

    private static StandardId EditionOf(StandardId id) => id.Year is int y && (id.Amendment is not null || id.Month is not null) ? id.WithYear(y) : id;

    // Older editions of the document's own number named in its foreword (历次版本发布情况, 代替 statements).
    private static IEnumerable<StandardId> EditionHistory(StandardDocument document)
    {
        foreach (var foreword in document.Clauses.Where(c => c.Kind == ClauseKind.Foreword))
            foreach (var clause in foreword.DescendantsAndSelf())
                foreach (var m in StandardIdFinder.FindAll(clause.Text))
                    if (m.Id.IsDated && m.Id.IsSameLineage(document.Id) && m.Id.Year < document.Id.Year)
                        yield return m.Id;
    }

    private sealed class EditionBuilder(StandardId id)
    {
        public StandardId Id { get; } = id;
        public string Title { get; set; } = "";
        public DateOnly? Issued { get; set; }
        public DateOnly? Effective { get; set; }
        public string? IndexKey { get; set; }
        public bool InCatalogue { get; set; }
        public LifecycleStatus? CatalogueStatus { get; set; }
        public LifecycleStatus Status { get; set; }
        public HashSet<StandardId> Replaces { get; } = [];
        public HashSet<StandardId> ReplacedBy { get; } = [];

        public Edition ToEdition() => new()
        {
            Id = Id,
            Title = Title,
            Issued = Issued,
            Effective = Effective,
            Status = Status,
            StatusFromCatalogue = CatalogueStatus is not null,
            IndexKey = IndexKey,
            InCatalogue = InCatalogue,
            Replaces = Replaces.Order().ToList(),
            ReplacedBy = ReplacedBy.Order().ToList(),
        };
    }

    private sealed record IndexedStandardCitations(string Key, StandardId Id, DateOnly? Issued, IReadOnlyList<Citation> Citations);
}
