using StdSearch.Comparison.Requirements;
using StdSearch.Documents;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>
/// Compares two standards clause by clause: aligns their text units (<see cref="IClauseAligner"/>), classifies each
/// pair (identical, editorial, technical, moved, translated, added, deleted) with its reasons and a word diff, compares
/// requirements, terms and normative references, scores overlap and coverage, assesses the degree of correspondence
/// (IDT/MOD/NEQ) and, for two editions, drafts the 主要技术变化 list. Immutable and thread-safe: one instance can serve
/// parallel calls.
/// </summary>
public sealed class StandardComparer
{
    private readonly ComparisonOptions _options;
    private readonly IClauseAligner _aligner;
    private readonly TextFolder _folder;
    private readonly LimitComparison _limits;

    /// <summary>Creates a comparer.</summary>
    /// <param name="options">Thresholds; <see cref="ComparisonOptions.Default"/> when null.</param>
    /// <param name="aligner">Clause aligner; <see cref="ClauseAligner"/> when null.</param>
    /// <param name="requirementExtractor">Requirement extractor for limit comparison; the library's default when null.</param>
    public StandardComparer(ComparisonOptions? options = null, IClauseAligner? aligner = null, IRequirementExtractor? requirementExtractor = null)
    {
        _options = options ?? ComparisonOptions.Default;
        _aligner = aligner ?? new ClauseAligner(_options);
        _folder = TextFolder.Default;
        _limits = new LimitComparison(requirementExtractor);
    }

    /// <summary>The options in use.</summary>
    public ComparisonOptions Options => _options;

    /// <summary>Compares document <paramref name="a"/> with document <paramref name="b"/> (A is the reference side: "A stricter" means A's limit is stricter).</summary>
    /// <exception cref="ArgumentNullException">A document is null.</exception>
    public ComparisonResult Compare(StandardDocument a, StandardDocument b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        using var tokenizer = new StandardTextTokenizer(CjkSegmentation.Words, _folder);
        var englishA = IsEnglish(a);
        var englishB = IsEnglish(b);
        var crossLanguage = englishA != englishB;
        var glossary = Glossary.From([a, b], _folder);
        var unitsA = UnitBuilder.Build(a, tokenizer, _folder, glossary, englishA);
        var unitsB = UnitBuilder.Build(b, tokenizer, _folder, glossary, englishB);
        var matches = _aligner.Align(unitsA, unitsB, crossLanguage);
        var values = ValueReader.For(a, b);
        var featuresA = new UnitFeatures?[unitsA.Count];
        var featuresB = new UnitFeatures?[unitsB.Count];

        var diff = new WordDiff(tokenizer, _folder);
        var pairs = new List<(double Order, ClausePair Pair, UnitMatch? Match)>();
        var conflicts = new List<Conflict>();
        var matchedA = new HashSet<int>();
        var matchedB = new HashSet<int>();
        var orderOfA = new Dictionary<int, double>();
        foreach (var match in matches)
        {
            var ua = match.A.Select(i => unitsA[i]).ToList();
            var ub = match.B.Select(i => unitsB[i]).ToList();
            if (ua.Count == 0 || ub.Count == 0) continue;
            matchedA.UnionWith(match.A);
            matchedB.UnionWith(match.B);
            var sa = SideOf(ua, FeaturesOf(match.A, unitsA, featuresA, values), tokenizer, englishA);
            var sb = SideOf(ub, FeaturesOf(match.B, unitsB, featuresB, values), tokenizer, englishB);
            var moved = !ua.Select(u => u.Number).Order().SequenceEqual(ub.Select(u => u.Number).Order());
            var similarity = crossLanguage ? AnchorSimilarity(ua, ub) : WordSimilarity(sa.Words, sb.Words);
            var (kind, reasons) = PairClassifier.Classify(sa, sb, similarity, moved, crossLanguage, _options);
            var pieces = _options.IncludeDiffs && !crossLanguage && kind != PairKind.Identical ? diff.Diff(sa.Text, sb.Text) : [];
            var pair = new ClausePair
            {
                A = ua.Select(u => u.Number).ToList(),
                B = ub.Select(u => u.Number).ToList(),
                Kind = kind,
                Similarity = Math.Round(similarity, 3),
                Method = match.Method,
                Confidence = match.Confidence,
                Moved = moved,
                Reasons = reasons,
                Heading = HeadingOf(ub[0]),
                TextA = sa.Text,
                TextB = sb.Text,
                Diff = pieces,
                IsNormative = ua.Any(u => u.IsNormative),
            };
            var order = match.B.Min();
            foreach (var i in match.A) orderOfA[i] = order;
            pairs.Add((order, pair, match));
            if (kind == PairKind.Technical)
                conflicts.AddRange(ModalConflicts(pair, sa, sb, pieces, tokenizer, crossLanguage));
        }

        for (var i = 0; i < unitsA.Count; i++)
        {
            if (matchedA.Contains(i)) continue;
            var before = Enumerable.Range(0, i).Reverse().Where(orderOfA.ContainsKey).Select(k => orderOfA[k]).DefaultIfEmpty(-1).First();
            orderOfA[i] = before + 0.001;
            pairs.Add((before + 0.001 + i * 1e-6, OneSided(unitsA[i], PairKind.Deleted), null));
        }
        for (var j = 0; j < unitsB.Count; j++)
            if (!matchedB.Contains(j)) pairs.Add((j, OneSided(unitsB[j], PairKind.Added), null));
        var ordered = pairs.OrderBy(p => p.Order).Select(p => p.Pair).ToList();

        conflicts.InsertRange(0, _limits.Compare(a, b, ordered));
        var terms = TermComparison.Compare(a, b, crossLanguage, _folder, tokenizer);
        foreach (var t in terms.Where(t => t.Kind == DifferenceKind.Different && t.Similarity < _options.EditorialThreshold))
            conflicts.Add(new Conflict
            {
                Kind = ConflictKind.Definition,
                Parameter = t.Designation,
                A = t.DefinitionA,
                B = t.DefinitionB,
                Verdict = StrictnessVerdict.Contradictory,
                Explanation = $"术语“{t.Designation}”的定义不同（相似度 {t.Similarity:0.00}）",
            });
        var references = ReferenceComparison.Compare(a, b);

        var overlap = Overlap(unitsA, ordered);
        var coverage = unitsB.Count == 0 ? 0 : Math.Round(matchedB.Count / (double)unitsB.Count, 3);
        var coverageA = unitsA.Count == 0 ? 0 : matchedA.Count / (double)unitsA.Count;
        var degree = DegreeAssessor.Assess(a, b, ordered, conflicts, coverageA, coverage, crossLanguage, _options);
        var editions = EditionDrafter.Draft(a, b, ordered, unitsA, unitsB, _options.Editions);

        return new ComparisonResult
        {
            A = Describe(a, englishA),
            B = Describe(b, englishB),
            Overlap = overlap,
            Coverage = coverage,
            CrossLanguage = crossLanguage,
            Pairs = ordered,
            Conflicts = conflicts,
            Terms = terms,
            References = references,
            Degree = degree,
            Editions = editions,
        };
    }

    private static ComparedDocument Describe(StandardDocument d, bool english) =>
        new(d.Id.IsEmpty ? d.Key : d.Id.Display, d.Title, english ? "en" : "zh");

    private static bool IsEnglish(StandardDocument d) =>
        TextFeatures.CjkShare(d.AllClauses().Where(c => c.Kind is not (ClauseKind.Foreword or ClauseKind.Bibliography)).Select(c => c.Text).Take(400)) < 0.2;

    // Each unit's features are computed once, when its first pair needs them.
    private UnitFeatures FeaturesOf(IReadOnlyList<int> indexes, List<ComparisonUnit> units, UnitFeatures?[] cache, ValueReader values)
    {
        var parts = new UnitFeatures[indexes.Count];
        for (var k = 0; k < parts.Length; k++)
            parts[k] = cache[indexes[k]] ??= UnitFeatures.For(units[indexes[k]], _folder, values);
        return UnitFeatures.Join(parts);
    }

    private static PairClassifier.Side SideOf(List<ComparisonUnit> units, UnitFeatures features, StandardTextTokenizer tokenizer, bool english)
    {
        if (units.Count == 1)
        {
            var u = units[0];
            return new(u.Text, features, u.Words, TextFeatures.Modalities(u.Words, english, u.FoldedText), u.Number);
        }
        var text = string.Join("\n", units.Select(u => u.Text));
        var folded = string.Join("\n", units.Select(u => u.FoldedText));
        var words = units.SelectMany(u => u.Words).ToList();
        return new(text, features, words, TextFeatures.Modalities(tokenizer.Terms(text), english, folded), string.Join("+", units.Select(u => u.Number)));
    }

    private static double WordSimilarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count + b.Count == 0) return 1;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in a) counts[w] = counts.GetValueOrDefault(w) + 1;
        var common = 0;
        foreach (var w in b)
            if (counts.TryGetValue(w, out var n) && n > 0) { counts[w] = n - 1; common++; }
        return 2.0 * common / (a.Count + b.Count);
    }

    private static double AnchorSimilarity(List<ComparisonUnit> a, List<ComparisonUnit> b)
    {
        var x = a.SelectMany(u => u.Anchors).ToList();
        var y = b.SelectMany(u => u.Anchors).ToList();
        return x.Count + y.Count == 0 ? 1 : WordSimilarity(x, y);
    }

    private static string HeadingOf(ComparisonUnit u)
    {
        if (u.Heading.Length > 0) return u.Heading;
        if (u.Path.Count == 0) return "";
        var p = u.Path[^1];
        var space = p.IndexOf(' ');
        return space < 0 ? "" : p[(space + 1)..];
    }

    private static ClausePair OneSided(ComparisonUnit u, PairKind kind) => new()
    {
        A = kind == PairKind.Deleted ? [u.Number] : [],
        B = kind == PairKind.Added ? [u.Number] : [],
        Kind = kind,
        Similarity = 0,
        Method = AlignmentMethod.None,
        Confidence = 1,
        Reasons = [kind == PairKind.Added ? "仅 B 有此条" : "仅 A 有此条"],
        Heading = HeadingOf(u),
        TextA = kind == PairKind.Deleted ? u.Text : "",
        TextB = kind == PairKind.Added ? u.Text : "",
        IsNormative = u.IsNormative,
    };

    // Share of A's normative text found in B: each unit's characters weighted by its pair's similarity.
    private static double Overlap(List<ComparisonUnit> unitsA, List<ClausePair> pairs)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            if (p.A.Count == 0 || p.B.Count == 0) continue;
            var share = p.Kind is PairKind.Identical or PairKind.Translated ? 1 : p.Similarity;
            foreach (var n in p.A) found[n] = Math.Max(found.GetValueOrDefault(n), share);
        }
        double total = 0, hit = 0;
        foreach (var u in unitsA.Where(u => u.IsNormative))
        {
            var length = TextFeatures.WithoutSpace(u.FoldedText).Length;
            total += length;
            hit += length * found.GetValueOrDefault(u.Number);
        }
        return total == 0 ? 0 : Math.Round(hit / total, 3);
    }

    // A modal verb replaced inside one change of the diff (应 → 宜); across languages the strongest modal verb of each side.
    private static IEnumerable<Conflict> ModalConflicts(ClausePair pair, PairClassifier.Side a, PairClassifier.Side b,
        IReadOnlyList<DiffPiece> pieces, StandardTextTokenizer tokenizer, bool crossLanguage)
    {
        var changes = new List<(Modality A, Modality B)>();
        if (crossLanguage)
        {
            var ma = Strongest(a.Modalities);
            var mb = Strongest(b.Modalities);
            if (ma != Modality.None && mb != Modality.None && ma != mb) changes.Add((ma, mb));
        }
        else
        {
            for (var k = 0; k < pieces.Count;)
            {
                if (pieces[k].Operation == DiffOperation.Equal) { k++; continue; }
                var deleted = ""; var inserted = "";
                for (; k < pieces.Count && pieces[k].Operation != DiffOperation.Equal; k++) { deleted += pieces[k].A; inserted += pieces[k].B; }
                var md = TextFeatures.Modalities(tokenizer.Terms(deleted), false, deleted);
                var mi = TextFeatures.Modalities(tokenizer.Terms(inserted), false, inserted);
                if (md.Count == 1 && mi.Count == 1 && md[0] != mi[0]) changes.Add((md[0], mi[0]));
            }
        }
        foreach (var (ma, mb) in changes)
        {
            var sa = TextFeatures.Strength(ma); var sb = TextFeatures.Strength(mb);
            var verdict = Math.Sign(sa) != Math.Sign(sb) ? StrictnessVerdict.Contradictory
                : Math.Abs(sa) > Math.Abs(sb) ? StrictnessVerdict.AStricter
                : Math.Abs(sa) < Math.Abs(sb) ? StrictnessVerdict.BStricter : StrictnessVerdict.NotComparable;
            var effect = verdict switch
            {
                StrictnessVerdict.Contradictory => "要求相反（矛盾）",
                StrictnessVerdict.AStricter => "要求减弱（A 严于 B）",
                StrictnessVerdict.BStricter => "要求加强（B 严于 A）",
                _ => "不可比",
            };
            yield return new Conflict
            {
                Kind = ConflictKind.Modality,
                Parameter = Excerpt(pair.TextB.Length > 0 ? pair.TextB : pair.TextA, 40),
                A = TextFeatures.Chinese(ma),
                B = TextFeatures.Chinese(mb),
                Verdict = verdict,
                ClauseA = string.Join("+", pair.A),
                ClauseB = string.Join("+", pair.B),
                Explanation = $"{string.Join("+", pair.A)}：“{TextFeatures.Chinese(ma)}”改为“{TextFeatures.Chinese(mb)}”，{effect}",
            };
        }
    }

    private static Modality Strongest(IReadOnlyList<Modality> modalities) =>
        modalities.Count == 0 ? Modality.None : modalities.MaxBy(m => Math.Abs(TextFeatures.Strength(m)));

    internal static string Excerpt(string text, int length)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length <= length ? t : t[..length] + "…";
    }
}
