using StdSearch.Comparison;
using StdSearch.Comparison.Requirements;
using StdSearch.Documents;
using StdSearch.Indexing;

namespace StdSearch.Corpus;

/// <summary>
/// The portfolio consistency report: for each standard of a set (chosen with a search filter such as
/// <c>level:local region:吉林</c>) its corresponding reference standards (chosen with another filter, such as
/// <c>level:national</c>), found by the adoption the standard states and by the clauses it shares with them (clause-level
/// MinHash/LSH, <see cref="DuplicateFinder"/>); each candidate compared in full (<see cref="StandardComparer"/>: degree
/// IDT/MOD/NEQ, overlap, conflicting provisions); then the consistency rate against a target under a stated rule
/// (<see cref="ConsistencyRule"/>), the standards to abolish or merge, and the provisions to revise.
/// Thread-safe; standards are compared in parallel.
/// </summary>
public sealed class PortfolioReporter
{
    private readonly StandardComparer _comparer;

    /// <summary>Creates a reporter.</summary>
    /// <param name="options">Settings; <see cref="CorpusOptions.Default"/> when null.</param>
    /// <param name="comparer">The comparer; a default <see cref="StandardComparer"/> when null.</param>
    public PortfolioReporter(CorpusOptions? options = null, StandardComparer? comparer = null)
    {
        Options = options ?? CorpusOptions.Default;
        Options.Validate();
        _comparer = comparer ?? new StandardComparer(); // with word diffs: modal-verb changes are read from them
    }

    /// <summary>The settings.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Builds the report over the standards of <paramref name="index"/> the request's filters select.</summary>
    /// <exception cref="Search.QuerySyntaxException">A filter cannot be parsed.</exception>
    public PortfolioReport Build(StandardsIndex index, PortfolioRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(request);
        return Build(CorpusDocuments.Select(index, request.Set, cancellationToken), CorpusDocuments.Select(index, request.Reference, cancellationToken),
            request, cancellationToken);
    }

    /// <summary>Builds the report for <paramref name="set"/> against <paramref name="references"/>.</summary>
    /// <param name="set">The standards reported on.</param>
    /// <param name="references">The reference standards (a standard is never its own reference).</param>
    /// <param name="request">Filters (for the record), target and rule.</param>
    /// <param name="cancellationToken">Checked between standards.</param>
    public PortfolioReport Build(IReadOnlyList<StandardDocument> set, IReadOnlyList<StandardDocument> references, PortfolioRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(request);
        var setKeys = set.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var all = set.Concat(references.Where(r => !setKeys.Contains(r.Key))).ToList();
        var referenceKeys = references.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var catalog = CorpusCatalog.Build(all, Options, null, cancellationToken);
        var links = new DuplicateFinder(Options).FindLinks(catalog, cancellationToken);
        var similar = links.Similar.ToDictionary(s => (Math.Min(s.A, s.B), Math.Max(s.A, s.B)), s => s.Similarity);
        var label = catalog.Labels;

        var entries = new PortfolioEntry[set.Count];
        Parallel.For(0, set.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.Parallelism, CancellationToken = cancellationToken }, i =>
        {
            var candidates = Candidates(i, all, referenceKeys, links, similar);
            var compared = candidates.Select(c => (c.Index, c.Found, Result: _comparer.Compare(all[c.Index], all[i]))).ToList();
            var matches = compared
                .Select(c => (c.Index, c.Result, Match: new ReferenceMatch(label[c.Index], c.Result.Degree.Degree, Math.Round(c.Result.Overlap, 3),
                    Math.Round(c.Result.Coverage, 3), c.Result.Coverage >= Options.MinCorrespondence, c.Found, c.Result.Degree.Reasons)))
                .OrderByDescending(c => c.Match.Corresponds).ThenByDescending(c => c.Match.Coverage + c.Match.Overlap).ToList();
            var corresponding = matches.Where(m => m.Match.Corresponds).ToList();
            var conflicts = corresponding.SelectMany(m => m.Result.Conflicts.Where(c => c.Verdict != StrictnessVerdict.Same).Select(c =>
                new ConflictAction(label[i], c.ClauseB, label[m.Index], c.ClauseA, c.Parameter, c.B, c.A, c.Kind, c.Verdict, c.Explanation))).ToList();
            var best = corresponding.Count > 0 ? corresponding[0] : default;
            var degree = corresponding.Count > 0 ? best.Match.Degree : AdoptionDegree.None;
            var repeats = corresponding.Count > 0 && degree == AdoptionDegree.Identical && !best.Result.CrossLanguage && best.Result.Degree.Stated is null;
            var (consistent, reason) = Judge(request.Rule, corresponding.Count > 0 ? best.Match : null, conflicts);
            entries[i] = new PortfolioEntry
            {
                Standard = label[i],
                Title = set[i].Title,
                Reference = corresponding.Count > 0 ? best.Match.Reference : null,
                Degree = degree,
                Overlap = corresponding.Count > 0 ? best.Match.Overlap : 0,
                Coverage = corresponding.Count > 0 ? best.Match.Coverage : 0,
                Candidates = matches.Select(m => m.Match).ToList(),
                Conflicts = conflicts,
                Consistent = consistent,
                Reason = reason,
                RepeatsReference = repeats,
            };
        });

        var duplicates = new List<DuplicateAction>();
        foreach (var e in entries.Where(e => e.RepeatsReference))
            duplicates.Add(new DuplicateAction(e.Standard, e.Reference!, "abolish", SimilarityOf(catalog, e.Standard, e.Reference!),
                $"与参照标准 {e.Reference} 技术内容一致（比对为 IDT，未声明采用），重复制定"));
        foreach (var ((a, b), sim) in similar)
        {
            var aInSet = a < set.Count;
            var bInSet = b < set.Count;
            if (aInSet && bInSet)
                duplicates.Add(new DuplicateAction(label[a], label[b], "merge", Math.Round(sim, 3), $"文本相似度 {sim:0.00}，内容重复，宜合并"));
            else if ((aInSet || bInSet) && !duplicates.Any(d => d.Standard == label[aInSet ? a : b] && d.DuplicateOf == label[aInSet ? b : a]))
                duplicates.Add(new DuplicateAction(label[aInSet ? a : b], label[aInSet ? b : a], "abolish", Math.Round(sim, 3),
                    $"与参照标准文本相似度 {sim:0.00}，重复制定"));
        }
        var consistentCount = entries.Count(e => e.Consistent);
        string Code(AdoptionDegree d) => d == AdoptionDegree.None ? "none" : d.ToCode();
        var byDegree = new[] { "IDT", "MOD", "NEQ", "none" }.Select(code => new DegreeCount(code, entries.Count(e => Code(e.Degree) == code))).ToList();
        return new PortfolioReport
        {
            Request = request,
            Standards = entries,
            Summary = new PortfolioSummary
            {
                Standards = set.Count,
                References = references.Count,
                Consistent = consistentCount,
                Rate = set.Count == 0 ? 0 : Math.Round((double)consistentCount / set.Count, 4),
                Target = request.Target,
                Definition = Definition(request.Rule, Options),
                WithReference = entries.Count(e => e.Reference is not null),
                ByDegree = byDegree,
                Duplicates = duplicates,
                ConflictsToRevise = entries.SelectMany(e => e.Conflicts).Where(c => c.MustRevise).ToList(),
            },
        };
    }

    /// <summary>The rule in words, as the report states it.</summary>
    public static string Definition(ConsistencyRule rule, CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var corresponds = $"参照标准指参照集中与该标准对应的标准（该标准至少 {options.MinCorrespondence:P0} 的条款在其中有对应条款；候选来自声明的采标关系和共有条款）";
        return rule switch
        {
            ConsistencyRule.Adopted => $"一致：与某一参照标准的一致性程度为 IDT 或 MOD，且与对应参照标准无矛盾的规定；无对应参照标准的不计为一致。{corresponds}。一致率 = 一致的标准数 ÷ 标准总数。",
            _ => $"一致：与所有对应参照标准均无矛盾的规定，且无比参照标准宽松的规定（限值放宽、“应”改为“宜”等）；严于参照标准的规定允许。无对应参照标准的计为一致（无可抵触）。{corresponds}。一致率 = 一致的标准数 ÷ 标准总数。",
        };
    }

    private static (bool, string) Judge(ConsistencyRule rule, ReferenceMatch? best, List<ConflictAction> conflicts)
    {
        var contradictions = conflicts.Count(c => c.Verdict == StrictnessVerdict.Contradictory);
        var looser = conflicts.Count(c => c.Verdict == StrictnessVerdict.AStricter);
        var stricter = conflicts.Count(c => c.Verdict == StrictnessVerdict.BStricter);
        if (best is null)
            return rule == ConsistencyRule.Adopted ? (false, "无对应的参照标准") : (true, "无对应的参照标准，无可抵触");
        var facts = $"对应参照标准 {best.Reference}（{best.Degree.ToCode()}，条款对应 {best.Coverage:P0}）；矛盾 {contradictions} 项，宽于参照 {looser} 项，严于参照 {stricter} 项";
        if (rule == ConsistencyRule.Adopted)
        {
            var adopted = best.Degree is AdoptionDegree.Identical or AdoptionDegree.Modified;
            return (adopted && contradictions == 0, facts + (adopted ? "" : "；一致性程度不是 IDT 或 MOD"));
        }
        return (contradictions == 0 && looser == 0, facts);
    }

    private static double SimilarityOf(CorpusCatalog catalog, string a, string b)
    {
        var ia = Array.IndexOf(catalog.Labels, a);
        var ib = Array.IndexOf(catalog.Labels, b);
        return ia < 0 || ib < 0 ? 0 : Math.Round(MinHasher.Similarity(catalog.DocumentSignature(ia), catalog.DocumentSignature(ib)), 3);
    }

    private List<(int Index, string Found)> Candidates(int i, List<StandardDocument> all, HashSet<string> referenceKeys,
        DuplicateFinder.Links links, Dictionary<(int, int), double> similar)
    {
        var found = new Dictionary<int, (double Score, string Found)>();
        var self = all[i];
        for (var r = 0; r < all.Count; r++)
        {
            if (r == i || !referenceKeys.Contains(all[r].Key) || all[r].Key == self.Key) continue;
            var reference = all[r];
            if (self.Adoption is { } adoption && !reference.Id.IsEmpty && adoption.Source.Undated.Canonical == reference.Id.Undated.Canonical)
                found[r] = (1000, $"声明采用 {adoption.Source.Display}（{adoption.Degree.ToCode()}）");
            else if (reference.Adoption is { } adopted && !self.Id.IsEmpty && adopted.Source.Undated.Canonical == self.Id.Undated.Canonical)
                found[r] = (900, $"{reference.Id.Display} 声明采用本标准");
            var key = ((long)Math.Min(i, r) << 32) | (uint)Math.Max(i, r);
            if (links.SharedClauses.TryGetValue(key, out var shared) && !found.ContainsKey(r)) found[r] = (shared, $"共有条款 {shared} 条");
            if (similar.TryGetValue((Math.Min(i, r), Math.Max(i, r)), out var sim) && !found.ContainsKey(r)) found[r] = (100 * sim, $"文本相似度 {sim:0.00}");
        }
        // Of several editions of one standard, the newest.
        return found.GroupBy(f => all[f.Key].Id.IsEmpty ? all[f.Key].Key : all[f.Key].Id.Undated.Canonical)
            .Select(g => g.OrderByDescending(f => all[f.Key].Id.Year ?? all[f.Key].Issued?.Year ?? 0).First())
            .OrderByDescending(f => f.Value.Score).Take(Options.ReferenceCandidates)
            .Select(f => (f.Key, f.Value.Found)).ToList();
    }
}
