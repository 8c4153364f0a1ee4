using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using StdSearch.Documents;
using StdSearch.Reporting;
using StdSearch.Text;

namespace StdSearch.Indexing;

/// <summary>Maps a <see cref="StandardDocument"/> to its Lucene documents (see <see cref="IndexFields"/>).</summary>
internal static class IndexDocumentBuilder
{
    public static string LevelName(StandardLevel level) => JsonNamingPolicy.CamelCase.ConvertName(level.ToString());

    /// <summary>The compact id terms (dated and undated) the analyzers emit for <paramref name="id"/>.</summary>
    public static IEnumerable<string> IdTerms(StandardId id)
    {
        if (id.IsEmpty) yield break;
        yield return StandardTextTokenizer.Compact(id.Canonical);
        if (id.IsDated) yield return StandardTextTokenizer.Compact(id.Undated.Canonical);
    }

    public static string LineageOf(StandardDocument d) => d.Id.IsEmpty ? "key:" + d.Key : d.Id.Lineage;

    public static IEnumerable<string> IcsPrefixes(IEnumerable<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var parts = code.Trim().Split('.', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i <= parts.Length; i++)
                if (seen.Add(string.Join('.', parts.Take(i)))) yield return string.Join('.', parts.Take(i));
        }
    }

    // Text is analysed once, into bigrams with positions (phrases); no offsets (snippets find their words in the stored text).
    private static readonly FieldType BigramsType = TextField.TYPE_NOT_STORED;

    // A heading only adds to the score of a clause its text already matched (phrases are checked in the text): its
    // bigrams need no positions.
    private static readonly FieldType HeadingBigramsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>The standard's own document: metadata, the analysed title and id, the compressed JSON.</summary>
    /// <param name="d">The standard.</param>
    /// <param name="filters">Its filter fields (<see cref="FilterFields"/>), added to this document.</param>
    /// <param name="units">Its units (<see cref="ClauseUnit.Split"/>), stored with the JSON (<see cref="StoredStandard"/>).</param>
    public static Document Standard(StandardDocument d, FilterFields filters, IReadOnlyList<ClauseUnit> units)
    {
        var id = d.Id;
        var doc = new Document
        {
            new StringField(IndexFields.Type, IndexFields.StandardType, Field.Store.NO),
            new NumericDocValuesField(IndexFields.DocKind, IndexFields.StandardDocValue),
            new StoredField(IndexFields.Stored, StoredStandard.Encode(d, units)),
            new StringField(IndexFields.Lineage, LineageOf(d), Field.Store.YES),
            new StoredField(IndexFields.Key, d.Key),
            new StoredField(IndexFields.DisplayId, id.IsEmpty ? "" : id.Display),
            // Display id, title and level for a hit list: one doc value (the title is in the stored JSON too).
            new BinaryDocValuesField(IndexFields.Display, new BytesRef(string.Join(IndexFields.DisplaySeparator,
                id.IsEmpty ? "" : id.Display, d.Title, filters.Level))),
        };
        if (filters.Year is int y) doc.Add(new StoredField(IndexFields.Year, y));
        if (d.Replaces.Count > 0) doc.Add(new StoredField(IndexFields.Replaces, string.Join('\n', d.Replaces.Select(r => r.Canonical))));
        foreach (var term in IdTerms(id)) doc.Add(new StringField(IndexFields.OwnId, term, Field.Store.NO));
        if (d.Adoption is { Degree: AdoptionDegree.Identical } identical)
            foreach (var term in IdTerms(identical.Source)) doc.Add(new StringField(IndexFields.AdoptedId, term, Field.Store.NO));
        var title = d.TitleEn.Length > 0 ? d.Title + "\n" + d.TitleEn : d.Title;
        doc.Add(new Field(IndexFields.TitleBigrams, title, BigramsType));
        filters.AddTo(doc);
        return doc;
    }

    /// <summary>One document per clause unit, in the order of <paramref name="units"/>, right after the standard's own
    /// document: its text and heading analysed, nothing else. Not stored (<see cref="StoredStandard"/> holds them); the
    /// standard's keywords and doc values are on the standard's document, the head of the block (<see cref="DocumentBlocks"/>).</summary>
    public static IEnumerable<Document> Clauses(IReadOnlyList<ClauseUnit> units)
    {
        foreach (var unit in units)
        {
            if (unit.Heading.Length == 0)
            {
                yield return [new Field(IndexFields.TextBigrams, unit.Text, BigramsType)];
                continue;
            }
            // The heading is clause text too (a query needs its words in the text field; the heading field adds to the
            // score). A term's English equivalent counts as heading text: "thermal runaway" finds 热失控 3.3.
            var heading = unit.English.Length > 0 ? unit.Heading + "\n" + unit.English : unit.Heading;
            yield return
            [
                new Field(IndexFields.TextBigrams, heading + "\n" + unit.Text, BigramsType),
                new Field(IndexFields.HeadingBigrams, heading, HeadingBigramsType),
            ];
        }
    }

    public static Document File(string key, string hash, string path) =>
    [
        new StringField(IndexFields.Type, IndexFields.FileType, Field.Store.YES),
        new StringField(IndexFields.Key, key, Field.Store.YES),
        new StringField(IndexFields.Hash, hash, Field.Store.YES),
        new StoredField(IndexFields.Path, path),
    ];

    /// <summary>
    /// Identity, filter and facet values of a standard as unstored keywords and doc values of the standard's own
    /// document. Clauses do not repeat them: a filter selects standards and through them their blocks
    /// (<see cref="DocumentBlocks"/>), and grouping and facets read them on the head of a clause's block.
    /// </summary>
    internal sealed class FilterFields
    {
        private readonly List<Field> _fields = [];

        public FilterFields(StandardDocument d, Analyzer words)
        {
            var id = d.Id;
            Level = LevelName(id.Level);
            var keywords = new List<(string Field, string Value)>
            {
                (IndexFields.Key, d.Key),
                (IndexFields.Level, Level),
            };
            foreach (var term in IdTerms(id)) keywords.Add((IndexFields.Id, term));
            var spellings = id.IsEmpty ? d.Key : $"{id.Display} {id.Canonical}";
            if (d.Adoption is { } adoption) spellings += " " + adoption.Source.Canonical;
            foreach (var term in AnalyzedTerms(words, spellings)) keywords.Add((IndexFields.IdText, term));
            string? region = null;
            if (id.Region is { Length: > 0 } r)
            {
                region = r;
                keywords.Add((IndexFields.Region, r));
            }
            if (id.RegionCode is { Length: > 0 } code)
            {
                keywords.Add((IndexFields.RegionCode, code));
                if (code.Length > 2) keywords.Add((IndexFields.RegionCode, code[..2])); // a city is in its province
            }
            if (id.Sector is { Length: > 0 } sector) keywords.Add((IndexFields.Sector, sector));
            foreach (var ics in IcsPrefixes(d.Ics)) keywords.Add((IndexFields.Ics, ics));
            Year = id.Year ?? d.Issued?.Year;
            if (d.Adoption is { } a)
            {
                keywords.Add((IndexFields.Adoption, a.Degree.ToCode().ToLowerInvariant()));
                foreach (var term in IdTerms(a.Source)) keywords.Add((IndexFields.AdoptionSource, term));
            }
            foreach (var (field, value) in keywords) _fields.Add(new StringField(field, value, Field.Store.NO));
            _fields.Add(new SortedDocValuesField(IndexFields.Key, new BytesRef(d.Key)));
            _fields.Add(new SortedDocValuesField(IndexFields.LevelValue, new BytesRef(Level)));
            if (region is not null) _fields.Add(new SortedDocValuesField(IndexFields.RegionValue, new BytesRef(region)));
            foreach (var top in d.Ics.Select(c => c.Trim().Split('.')[0]).Where(c => c.Length > 0).Distinct())
                _fields.Add(new SortedSetDocValuesField(IndexFields.IcsTopValue, new BytesRef(top)));
            if (Year is int y) _fields.Add(new NumericDocValuesField(IndexFields.YearValue, y));
            _fields.Add(new NumericDocValuesField(IndexFields.Status, StandardStatusCodes.Current));
        }

        public string Level { get; }

        public int? Year { get; }

        public void AddTo(Document doc)
        {
            foreach (var field in _fields) doc.Add(field);
        }

        private static HashSet<string> AnalyzedTerms(Analyzer analyzer, string text)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            using var stream = analyzer.GetTokenStream(IndexFields.IdText, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) terms.Add(term.ToString());
            stream.End();
            return terms;
        }
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
