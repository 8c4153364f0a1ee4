using System.Text;

namespace StdSearch.Benchmarks.Search;

/// <summary>What a scale query asks.</summary>
internal enum ScaleQueryKind
{
    /// <summary>One 2–4 character word.</summary>
    Word,

    /// <summary>A quoted phrase of 4–8 characters.</summary>
    Phrase,

    /// <summary>A standard number.</summary>
    Id,

    /// <summary>Two words, both required.</summary>
    And,

    /// <summary>A word restricted to one level and editions from a year on.</summary>
    Filtered,
}

/// <summary>
/// One query of the mixed set, in engine-neutral form: each engine renders it in its own syntax.
/// <paramref name="Terms"/> are the words (or the phrase) in the script the user typed; <paramref name="Id"/> is the
/// standard number as printed (<c>GB/T 31999—2021</c>) and <paramref name="MessyId"/> as a user types it
/// (<c>gbt31999-2021</c>, full width …).
/// </summary>
internal sealed record ScaleQuery(ScaleQueryKind Kind, IReadOnlyList<string> Terms, string Id = "", string MessyId = "", string Level = "", int FromYear = 0);

/// <summary>Builds the mixed query set from the generated corpus, deterministically.</summary>
internal static class ScaleQuerySet
{
    /// <summary>
    /// <paramref name="count"/> queries: 30% words (2–4 characters), 20% quoted phrases, 20% standard numbers, 15% AND of
    /// two words, 15% word + filter (level, year ≥). About 30% of the word and phrase queries are in Traditional script.
    /// </summary>
    public static IReadOnlyList<ScaleQuery> Build(ScaleCorpus corpus, IReadOnlyList<ScaleStandard> sampleStandards, int count, int seed = 7)
    {
        var random = new Random(seed);
        var words = corpus.Headings.Where(h => h.Length >= 2).SelectMany(h => WordsOf(h)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var queries = new List<ScaleQuery>(count);
        var toTraditional = new List<(int Index, bool IsTerms)>();
        string[] levels = ["national", "industry", "local", "group", "international"];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            ScaleQuery q;
            if (roll < 30) q = new ScaleQuery(ScaleQueryKind.Word, [Pick(random, words)]);
            else if (roll < 50) q = new ScaleQuery(ScaleQueryKind.Phrase, [PhraseFrom(random, Pick(random, corpus.Sentences))]);
            else if (roll < 70)
            {
                var id = Pick(random, sampleStandards).Id;
                q = new ScaleQuery(ScaleQueryKind.Id, [], id, Messy(random, id));
            }
            else if (roll < 85) q = new ScaleQuery(ScaleQueryKind.And, TwoWordsFrom(random, Pick(random, corpus.Sentences)));
            else q = new ScaleQuery(ScaleQueryKind.Filtered, [Pick(random, words)], Level: Pick(random, levels), FromYear: 2000 + random.Next(20));

            if (q.Kind is ScaleQueryKind.Word or ScaleQueryKind.Phrase or ScaleQueryKind.And && random.NextDouble() < ScaleCorpus.TraditionalShare)
                toTraditional.Add((i, true));
            queries.Add(q);
        }

        // One ICU call for all the queries to convert.
        if (toTraditional.Count > 0)
        {
            var joined = string.Join('\n', toTraditional.Select(t => string.Join('\t', queries[t.Index].Terms)));
            var converted = BenchmarkCorpus.ToTraditional(joined).Split('\n');
            for (var k = 0; k < toTraditional.Count; k++)
                queries[toTraditional[k].Index] = queries[toTraditional[k].Index] with { Terms = converted[k].Split('\t') };
        }

        return queries;
    }

    /// <summary>2–4 character pieces of a heading: the heading itself when short, else its leading and trailing words.</summary>
    private static IEnumerable<string> WordsOf(string heading)
    {
        var cjk = new string(heading.Where(c => c is >= '\u4E00' and <= '\u9FFF').ToArray());
        if (cjk.Length is >= 2 and <= 4) yield return cjk;
        else if (cjk.Length > 4)
        {
            yield return cjk[..2];
            yield return cjk[^2..];
            if (cjk.Length >= 6) yield return cjk[..3];
            if (cjk.Length >= 8) yield return cjk[^4..];
        }
    }

    /// <summary>Two 2–3 character pieces from different places of one sentence: terms a user would AND together.</summary>
    private static string[] TwoWordsFrom(Random random, string sentence)
    {
        var cjk = new string(sentence.Where(c => c is >= '\u4E00' and <= '\u9FFF').ToArray());
        if (cjk.Length < 6) return [cjk[..Math.Min(2, cjk.Length)], cjk[^Math.Min(2, cjk.Length)..]];
        var half = cjk.Length / 2;
        var a = random.Next(half - 2);
        var b = half + random.Next(cjk.Length - half - 2);
        return [cjk.Substring(a, 2 + random.Next(2)), cjk.Substring(b, 2)];
    }

    private static string PhraseFrom(Random random, string sentence)
    {
        // A run of 4–8 ideographs (no punctuation inside), as a user would copy a phrase.
        var runs = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in sentence + "。")
        {
            if (c is >= '\u4E00' and <= '\u9FFF') { sb.Append(c); continue; }
            if (sb.Length >= 4) runs.Add(sb.ToString());
            sb.Clear();
        }

        if (runs.Count == 0) return sentence.Length > 6 ? sentence[..6] : sentence;
        var run = Pick(random, runs);
        var length = Math.Min(run.Length, 4 + random.Next(5));
        var start = random.Next(run.Length - length + 1);
        return run.Substring(start, length);
    }

    /// <summary>How users type ids: no space, no slash, lower case, ASCII hyphen, full width.</summary>
    private static string Messy(Random random, string id) => random.Next(5) switch
    {
        0 => id.Replace(" ", "").Replace('—', '-'),
        1 => id.Replace("/", "").Replace(" ", "").Replace('—', '-'),
        2 => id.ToLowerInvariant().Replace('—', '-'),
        3 => new string(id.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c == ' ' ? '\u3000' : c).ToArray()),
        _ => id,
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
