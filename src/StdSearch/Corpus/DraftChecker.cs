using System.Collections.Concurrent;
using StdSearch.Comparison.Requirements;
using StdSearch.Documents;
using StdSearch.Indexing;
using StdSearch.Search;
using StdSearch.Text;

namespace StdSearch.Corpus;

/// <summary>
/// Checks a draft against the standards of an index before it is approved: for each clause of the draft the index's
/// more-like-this search (<see cref="StandardsSearcher.MoreLikeThis(string, SearchRequest?)"/>) names the standards with
/// the most similar clauses; the draft clause is then matched against every clause of those standards for exact shared
/// passages (folded: Traditional and Simplified, full and half width, punctuation ignored); the union of the passages gives
/// the share of the draft found elsewhere; and where a draft clause repeats a clause of another standard, their provisions are
/// paired (<see cref="RequirementMatcher"/>) and compared (<see cref="Strictness"/>) to find changed limits and modal verbs.
/// Thread-safe; clauses are checked in parallel.
/// </summary>
public sealed class DraftChecker
{
    private readonly StandardsIndex _index;
    private readonly StandardsSearcher _searcher;
    private readonly IRequirementExtractor _requirements;
    private readonly RequirementMatcher _matcher = new();
    private readonly ClauseSignatureIndex? _signatures;

    /// <summary>Creates a checker over <paramref name="index"/>.</summary>
    /// <param name="index">The standards to check against.</param>
    /// <param name="options">Settings; <see cref="CorpusOptions.Default"/> when null.</param>
    /// <param name="requirementExtractor">Reads provisions from clause text; <see cref="RequirementExtractor"/> when null.</param>
    /// <param name="signatures">
    /// The index's clause signatures (<see cref="ClauseSignatureIndex.OpenOrBuild"/>): when given, the candidate standards are
    /// those sharing an LSH band with any clause of the draft (the most clauses first, up to twice
    /// <see cref="CorpusOptions.CandidatesPerClause"/>), found without searching; when null, by more-like-this searches.
    /// </param>
    public DraftChecker(StandardsIndex index, CorpusOptions? options = null, IRequirementExtractor? requirementExtractor = null,
        ClauseSignatureIndex? signatures = null)
    {
        _signatures = signatures;
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        _searcher = new StandardsSearcher(index);
        Options = options ?? CorpusOptions.Default;
        Options.Validate();
        _requirements = requirementExtractor ?? new RequirementExtractor();
    }

    /// <summary>The settings.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Checks <paramref name="draft"/>. The draft itself (same key) is left out if it is in the index.</summary>
    /// <param name="draft">The draft (any standard can be checked).</param>
    /// <param name="cancellationToken">Checked between clauses.</param>
    public DraftCheckResult Check(StandardDocument draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var folder = TextFolder.Default;
        var o = Options;
        var units = PassageMatcher.Normalize(TextUnits.Of(draft), folder);
        var documents = new ConcurrentDictionary<string, (string Label, string Title, List<(string Label, NormalizedText Text)> Units)?>(StringComparer.Ordinal);
        var checks = new DraftClauseCheck[units.Count];
        var covered = new bool[units.Count][];
        var conflicts = new ConcurrentBag<(int Unit, DraftConflict Conflict)>();
        var templateUnits = new bool[units.Count];
        var templateMasks = new bool[units.Count][];
        var perSource = new ConcurrentDictionary<string, (int Chars, int Clauses)>(StringComparer.Ordinal);
        // Consecutive clauses are searched together (up to QueryCharacters): one more-like-this search names the candidate
        // standards of a group of short clauses, which cuts the searches three- to fivefold.
        var groups = new List<List<int>>();
        var groupOf = new int[units.Count];
        for (int u = 0, chars = int.MaxValue; u < units.Count; u++)
        {
            if (units[u].Text.Length < o.MinClauseLength) { groupOf[u] = -1; continue; }
            if (chars >= o.QueryCharacters) { groups.Add([]); chars = 0; }
            groups[^1].Add(u);
            groupOf[u] = groups.Count - 1;
            chars += units[u].Text.Length;
        }
        var candidates = new IReadOnlyList<string>[groups.Count];
        if (_signatures is not null)
        {
            // Every clause is matched against the standards that share a band with any clause of the draft, so a reworded
            // clause meets its source when the standard's other clauses brought it in.
            var hits = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var u in Enumerable.Range(0, units.Count).Where(u => groupOf[u] >= 0))
                foreach (var key in _signatures.Candidates(units[u].Text).Keys)
                    if (key != draft.Key) hits[key] = hits.GetValueOrDefault(key) + 1;
            var chosen = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(2 * o.CandidatesPerClause).Select(h => h.Key).ToList();
            for (var g = 0; g < groups.Count; g++) candidates[g] = chosen;
        }
        else
        {
            Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = cancellationToken }, g =>
            {
                var query = string.Join("\n", groups[g].Select(u => units[u].Text.Original));
                candidates[g] = _searcher.MoreLikeThis(query, new SearchRequest("") { PageSize = o.CandidatesPerClause, Facets = false }).Hits
                    .Select(h => h.Key).Where(k => k != draft.Key).ToList();
            });
        }
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = cancellationToken }, u =>
        {
            var (label, text) = units[u];
            covered[u] = new bool[text.Length];
            checks[u] = new DraftClauseCheck { Clause = label, Characters = text.Length, Share = 0, Matches = [] };
            if (groupOf[u] < 0) return;
            var matches = new List<(ClauseMatch Match, bool[] Mask)>();
            foreach (var key in candidates[groupOf[u]])
            {
                if (documents.GetOrAdd(key, k => Load(k, folder)) is not { } other) continue;
                var passages = PassageMatcher.Match([units[u]], other.Units, o.PassageLengthFor(text.Length));
                foreach (var group in passages.GroupBy(p => p.BUnit))
                {
                    var mask = new bool[text.Length];
                    foreach (var p in group) MarkRun(text, p.Passage, mask);
                    var share = (double)mask.Count(m => m) / text.Length;
                    matches.Add((new ClauseMatch
                    {
                        Standard = other.Label,
                        Clause = other.Units[group.Key].Label,
                        Share = Math.Round(share, 3),
                        Passages = group.Select(p => p.Passage).ToList(),
                    }, mask));
                }
            }
            if (matches.Count == 0) return;
            foreach (var (_, mask) in matches)
                for (var k = 0; k < mask.Length; k++) covered[u][k] |= mask[k];
            var best = matches.OrderByDescending(m => m.Match.Share).ThenBy(m => m.Match.Standard, StringComparer.Ordinal).ToList();
            // A sentence that most of the similar standards have word for word is template text (GB/T 1.1 lead-ins).
            var bySource = best.GroupBy(m => m.Match.Standard).Select(g =>
            {
                var mask = new bool[text.Length];
                foreach (var m in g) for (var k = 0; k < mask.Length; k++) mask[k] |= m.Mask[k];
                return (Standard: g.Key, Mask: mask);
            }).ToList();
            var template = new bool[text.Length];
            var needed = Math.Min(o.TemplateDocuments, o.CandidatesPerClause);
            foreach (var (_, start, end) in CorpusCatalog.Sentences(text.Original, folder))
            {
                var (from, to) = NormalizedRange(text, start, end);
                if (to <= from) continue;
                var sources = bySource.Count(x => Enumerable.Range(from, to - from).Count(k => x.Mask[k]) >= 0.9 * (to - from));
                if (sources >= needed) for (var k = from; k < to; k++) template[k] = true;
            }
            templateMasks[u] = template;
            templateUnits[u] = template.Count(t => t) * 2 >= Math.Max(1, covered[u].Count(c => c));
            foreach (var (standard, mask) in bySource)
            {
                var chars = Enumerable.Range(0, mask.Length).Count(k => mask[k] && !template[k]);
                if (chars > 0) perSource.AddOrUpdate(standard, (chars, 1), (_, v) => (v.Chars + chars, v.Clauses + 1));
            }
            var kept = best.Take(o.MatchesPerClause).Select(m => m.Match).ToList();
            checks[u] = checks[u] with
            {
                Share = Math.Round((double)covered[u].Count(c => c) / text.Length, 3),
                Template = templateUnits[u],
                Matches = kept,
            };
            if (!templateUnits[u])
                foreach (var m in kept.Where(m => m.Share >= 0.3))
                    foreach (var c in Conflicts(label, text.Original, m, documents.Values.First(d => d?.Label == m.Standard)!.Value.Units))
                        conflicts.Add((u, c));
        });
        var total = units.Sum(x => x.Text.Length);
        var matched = Enumerable.Range(0, units.Count).Sum(u => covered[u].Count(c => c));
        var matchedNonTemplate = Enumerable.Range(0, units.Count)
            .Sum(u => Enumerable.Range(0, covered[u].Length).Count(k => covered[u][k] && !(templateMasks[u]?[k] ?? false)));
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in documents.Values) if (v is { } d) titles[d.Label] = d.Title;
        return new DraftCheckResult
        {
            Draft = draft.Id.IsEmpty ? draft.Key : draft.Id.Display,
            Title = draft.Title,
            Characters = total,
            MatchedCharacters = matched,
            Share = total == 0 ? 0 : Math.Round((double)matched / total, 3),
            ShareWithoutTemplate = total == 0 ? 0 : Math.Round((double)matchedNonTemplate / total, 3),
            Sources = perSource.Select(p => new SourceShare(p.Key, titles.GetValueOrDefault(p.Key, ""), total == 0 ? 0 : Math.Round((double)p.Value.Chars / total, 3), p.Value.Clauses))
                .OrderByDescending(s => s.Share).ThenBy(s => s.Standard, StringComparer.Ordinal).ToList(),
            Clauses = checks,
            Conflicts = conflicts.OrderBy(c => c.Unit).ThenBy(c => c.Conflict.Standard, StringComparer.Ordinal).Select(c => c.Conflict).ToList(),
            Method = (_signatures is not null
                         ? $"The {2 * o.CandidatesPerClause} standards sharing the most clauses with the draft (clause MinHash/LSH tables of the index) are searched for exact shared "
                         : $"For each group of consecutive clauses (up to {o.QueryCharacters} characters) the {o.CandidatesPerClause} standards with the most similar clauses (index more-like-this) are searched for exact shared ") +
                     $"runs of at least {o.MinPassageLength} characters in folded text without punctuation; the share is the union of the runs over the draft's characters; " +
                     $"a sentence found word for word in {Math.Min(o.TemplateDocuments, o.CandidatesPerClause)} or more standards is template text (counted in the share, not in the " +
                     "share without template text nor in the per-standard shares); provisions are compared " +
                     "where a draft clause shares at least 30 % of its text with another standard's clause.",
        };
    }

    private (string Label, string Title, List<(string Label, NormalizedText Text)> Units)? Load(string key, TextFolder folder)
    {
        if (_index.GetDocument(key) is not { } d) return null;
        return (d.Id.IsEmpty ? d.Key : d.Id.Display, d.Title, PassageMatcher.Normalize(TextUnits.Of(d), folder));
    }

    private static (int From, int To) NormalizedRange(NormalizedText text, int start, int end)
    {
        int from = 0, to;
        while (from < text.Length && text.OriginalStart(from) < start) from++;
        to = from;
        while (to < text.Length && text.OriginalStart(to) < end) to++;
        return (from, to);
    }

    private static void MarkRun(NormalizedText text, SharedPassage passage, bool[] mask)
    {
        var k = 0;
        while (k < text.Length && text.OriginalStart(k) < passage.AStart) k++;
        for (var n = 0; n < passage.Characters && k + n < mask.Length; n++) mask[k + n] = true;
    }

    private IEnumerable<DraftConflict> Conflicts(string draftClause, string draftText, ClauseMatch match, List<(string Label, NormalizedText Text)> otherUnits)
    {
        var existingText = otherUnits.First(x => x.Label == match.Clause).Text.Original;
        var existing = _requirements.Extract(match.Clause, existingText);
        var proposed = _requirements.Extract(draftClause, draftText);
        if (existing.Count == 0 || proposed.Count == 0) yield break;
        foreach (var pair in _matcher.Match(existing, proposed))
        {
            var verdict = Strictness.Explain(pair.A, pair.B);
            if (verdict.Verdict is StrictnessVerdict.Same or StrictnessVerdict.NotComparable) continue;
            yield return new DraftConflict
            {
                DraftClause = draftClause,
                Standard = match.Standard,
                Clause = match.Clause,
                Parameter = pair.B.Parameter.Length > 0 ? pair.B.Parameter : pair.A.Parameter,
                Existing = Describe(pair.A),
                Proposed = Describe(pair.B),
                Verdict = verdict.Verdict,
                Explanation = verdict.Explanation,
            };
        }
    }

    private static string Describe(Requirement r) =>
        (Strictness.Word(r.Modality) + " " + (r.Limit?.Describe() ?? "")).Trim();
}
