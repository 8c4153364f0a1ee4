using System.Text;
using System.Text.RegularExpressions;

namespace StdSearch.Benchmarks.Search;

/// <summary>One generated clause: the unit every engine in the scale run indexes and returns.</summary>
/// <param name="StandardId">The standard's id as printed (<c>GB/T 31999—2021</c>, <c>DB22/T 3999—2023</c>, <c>ISO 29875:2019</c>).</param>
/// <param name="Level">national, industry, local, group, enterprise or international: a filter field.</param>
/// <param name="Year">The edition year: a filter field.</param>
/// <param name="Traditional">True when the text is in Traditional script.</param>
internal sealed record ScaleClause(
    int StandardOrdinal,
    string StandardId,
    string Title,
    string Level,
    int Year,
    bool Traditional,
    string Number,
    string Heading,
    string Text);

/// <summary>One generated standard: its id, metadata and clauses.</summary>
internal sealed record ScaleStandard(int Ordinal, string Id, string Title, string Level, int Year, bool Traditional, IReadOnlyList<ScaleClause> Clauses);

/// <summary>
/// Generates the scale corpus deterministically (one seed) by recombining real text: sentences and headings from the
/// corpus-samples sources and the text layers of the real standards (<see cref="BenchmarkCorpus"/>). About 30% of the
/// standards are converted to Traditional script with ICU. Clause bodies are 1–4 sentences (about 100 characters on
/// average, like the real standards); each standard gets an id of a realistic form (national, industry, local with a
/// province code, group, enterprise, international) and a year.
/// </summary>
internal sealed class ScaleCorpus
{
    public const double TraditionalShare = 0.30;

    private static readonly string[] IndustryCodes = ["JT/T", "YD/T", "DL/T", "HJ", "NY/T", "SN/T", "QC/T", "JB/T", "WB/T", "GA/T", "SJ/T", "HG/T"];
    private static readonly string[] GroupCodes = ["T/CAS", "T/CECS", "T/CSAE", "T/CCSA", "T/JSATL", "T/ZZB", "T/CESA"];
    private static readonly string[] Provinces = ["11", "12", "13", "22", "31", "32", "33", "37", "44", "51", "3502", "4403"];

    private readonly string[] _sentences;
    private readonly string[] _sentencesTraditional;
    private readonly string[] _headings;
    private readonly string[] _headingsTraditional;
    private readonly string[] _titles;
    private readonly string[] _titlesTraditional;

    private ScaleCorpus(string[] sentences, string[] headings, string[] titles)
    {
        _sentences = sentences;
        _headings = headings;
        _titles = titles;
        // Convert the pools once (ICU is slow per call); a Traditional standard draws from the converted pools.
        _sentencesTraditional = SplitLines(BenchmarkCorpus.ToTraditional(string.Join('\n', sentences)), sentences.Length);
        _headingsTraditional = SplitLines(BenchmarkCorpus.ToTraditional(string.Join('\n', headings)), headings.Length);
        _titlesTraditional = SplitLines(BenchmarkCorpus.ToTraditional(string.Join('\n', titles)), titles.Length);
    }

    /// <summary>Distinct sentences in the pool (Simplified).</summary>
    public IReadOnlyList<string> Sentences => _sentences;

    /// <summary>Distinct short headings in the pool (Simplified).</summary>
    public IReadOnlyList<string> Headings => _headings;

    /// <summary>Reads the sources and builds the sentence, heading and title pools.</summary>
    public static ScaleCorpus Load()
    {
        var text = BenchmarkCorpus.SimplifiedChinese(1);
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var headings = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var paragraph = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = Regex.Replace(raw.Trim(), @"\s{2,}", " ");
            if (line.Length < 2 || CjkShare(line) < 0.5) { Flush(); continue; } // table rows, furniture, garbled lines
            var clauseLine = Regex.Match(line, @"^(?:\d+(?:\.\s?\d+)*|[A-Z]\.\d+(?:\.\d+)*)\s+(?<text>\S.*)$");
            var body = clauseLine.Success ? clauseLine.Groups["text"].Value : line;
            if (clauseLine.Success) Flush();
            if (body.Length is >= 2 and <= 14 && !Regex.IsMatch(body, "[。；，：、]")) { headings.Add(body); Flush(); continue; }
            if (body.Length is >= 8 and <= 30 && Regex.IsMatch(body, "(规范|要求|协议|技术|方法|系统)$")) titles.Add(body);
            // pdftotext breaks paragraphs into lines: rejoin them until a sentence ends.
            paragraph.Append(body);
            if (Regex.IsMatch(body, "[。；：]$")) Flush();
        }

        Flush();

        void Flush()
        {
            foreach (var s in Regex.Split(paragraph.ToString(), "(?<=[。；])"))
            {
                var sentence = s.Trim();
                if (sentence.Length is >= 10 and <= 200 && CjkShare(sentence) >= 0.5) sentences.Add(sentence);
            }

            paragraph.Clear();
        }

        if (titles.Count < 10) titles.UnionWith(headings.Where(h => h.Length >= 4).Take(100));
        return new ScaleCorpus(sentences.Order(StringComparer.Ordinal).ToArray(), headings.Order(StringComparer.Ordinal).ToArray(),
            titles.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The standards, in order, until <paramref name="clauseCount"/> clauses have been produced.</summary>
    public IEnumerable<ScaleStandard> Generate(int clauseCount, int seed = 20261123)
    {
        var random = new Random(seed);
        var produced = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var ordinal = 0; produced < clauseCount; ordinal++)
        {
            var traditional = random.NextDouble() < TraditionalShare;
            var (id, level, year) = NewId(random, ordinal);
            while (!ids.Add(id)) (id, level, year) = NewId(random, ordinal); // one edition per id, as in a real catalogue
            var title = Pick(random, traditional ? _titlesTraditional : _titles);
            var count = Math.Min(clauseCount - produced, 10 + random.Next(41));
            var clauses = new List<ScaleClause>(count);
            int chapter = 1, section = 0, sub = 0;
            for (var i = 0; i < count; i++)
            {
                // Numbering walks 1, 1.1, 1.1.1 … like a real clause tree.
                var step = random.Next(10);
                if (i == 0 || step == 0) { chapter += i == 0 ? 0 : 1; section = 0; sub = 0; }
                else if (step < 4) { section++; sub = 0; }
                else sub++;
                var number = section == 0 ? $"{chapter}" : sub == 0 ? $"{chapter}.{section}" : $"{chapter}.{section}.{sub}";
                var heading = sub == 0 ? Pick(random, traditional ? _headingsTraditional : _headings) : "";
                clauses.Add(new ScaleClause(ordinal, id, title, level, year, traditional, number, heading, Body(random, traditional)));
            }

            produced += clauses.Count;
            yield return new ScaleStandard(ordinal, id, title, level, year, traditional, clauses);
        }
    }

    private string Body(Random random, bool traditional)
    {
        var pool = traditional ? _sentencesTraditional : _sentences;
        // 2–6 sentences, mean 3.7: with pool sentences of ~27 characters that gives ~100 characters (~300 UTF-8 bytes).
        var n = 2 + random.Next(3) + (random.Next(3) == 0 ? 2 : 0);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(Pick(random, pool));
        return sb.ToString();
    }

    private static (string Id, string Level, int Year) NewId(Random random, int ordinal)
    {
        var year = 1995 + random.Next(30);
        var number = 1000 + (ordinal * 7919 + random.Next(1000)) % 49000; // spread, rarely repeated
        var dash = '—';
        return random.Next(20) switch
        {
            < 5 => ($"GB/T {number}{(random.Next(5) == 0 ? $".{1 + random.Next(5)}" : "")}{dash}{year}", "national", year),
            < 7 => ($"GB {number}{dash}{year}", "national", year),
            < 12 => ($"{Pick(random, IndustryCodes)} {number}{dash}{year}", "industry", year),
            < 15 => ($"DB{Pick(random, Provinces)}/T {number}{dash}{year}", "local", year),
            < 17 => ($"{Pick(random, GroupCodes)} {number % 300}{dash}{year}", "group", year),
            < 18 => ($"Q/HX {number % 500}{dash}{year}", "enterprise", year),
            _ => ($"ISO {number}:{year}", "international", year),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string[] SplitLines(string text, int expected)
    {
        var lines = text.Split('\n');
        if (lines.Length != expected) throw new InvalidOperationException($"ICU conversion changed the line count ({lines.Length} ≠ {expected})");
        return lines;
    }

    private static double CjkShare(string text)
    {
        var nonSpace = 0;
        var cjk = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            nonSpace++;
            if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
        }

        return nonSpace == 0 ? 0 : (double)cjk / nonSpace;
    }
}
