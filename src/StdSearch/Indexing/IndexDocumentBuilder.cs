using System.Globalization;
using System.Text.Json;
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

    public static string LineageOf(StandardDocument d) => d.Id.IsEmpty ? "key:" + d.Key : d.Id.Prefix + " " + d.Id.Number;

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

    public static Document Standard(StandardDocument d)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Type, IndexFields.StandardType, Field.Store.YES),
            new StoredField(IndexFields.Json, JsonSerializer.Serialize(d, JsonReport.Compact)),
            new StringField(IndexFields.Lineage, LineageOf(d), Field.Store.YES),
        };
        AddShared(doc, d);
        return doc;
    }

    public static IEnumerable<Document> Clauses(StandardDocument d)
    {
        foreach (var unit in ClauseUnit.Split(d))
        {
            var doc = new Document
            {
                new StringField(IndexFields.Type, IndexFields.ClauseType, Field.Store.YES),
                new StoredField(IndexFields.Number, unit.Number),
                new StoredField(IndexFields.Heading, unit.Heading),
                new StoredField(IndexFields.Kind, JsonNamingPolicy.CamelCase.ConvertName(unit.Kind.ToString())),
                new StoredField(IndexFields.Pages, string.Join(',', unit.Pages)),
                new StoredField(IndexFields.Order, unit.Order),
                new StoredField(IndexFields.Text, unit.Text),
                new TextField(IndexFields.TextWords, unit.Text, Field.Store.NO),
                new TextField(IndexFields.TextBigrams, unit.Text, Field.Store.NO),
            };
            if (unit.Heading.Length > 0)
            {
                // A term's English equivalent counts as heading text: "thermal runaway" finds 热失控 3.3.
                var heading = unit.English.Length > 0 ? unit.Heading + "\n" + unit.English : unit.Heading;
                doc.Add(new TextField(IndexFields.HeadingWords, heading, Field.Store.NO));
                doc.Add(new TextField(IndexFields.HeadingBigrams, unit.Heading, Field.Store.NO));
            }
            AddShared(doc, d);
            yield return doc;
        }
    }

    public static Document File(string key, string hash, string path) =>
    [
        new StringField(IndexFields.Type, IndexFields.FileType, Field.Store.YES),
        new StringField(IndexFields.Key, key, Field.Store.YES),
        new StringField(IndexFields.Hash, hash, Field.Store.YES),
        new StoredField(IndexFields.Path, path),
    ];

    // Identity, filter, facet and title fields carried by both the standard and each of its clauses.
    private static void AddShared(Document doc, StandardDocument d)
    {
        var id = d.Id;
        doc.Add(new StringField(IndexFields.Key, d.Key, Field.Store.YES));
        doc.Add(new SortedDocValuesField(IndexFields.Key, new BytesRef(d.Key)));
        doc.Add(new StoredField(IndexFields.DisplayId, id.IsEmpty ? "" : id.Display));
        doc.Add(new StoredField(IndexFields.Title, d.Title));
        foreach (var term in IdTerms(id)) doc.Add(new StringField(IndexFields.Id, term, Field.Store.NO));
        var spellings = id.IsEmpty ? d.Key : $"{id.Display} {id.Canonical}";
        doc.Add(new TextField(IndexFields.IdText, spellings, Field.Store.NO));

        var level = LevelName(id.Level);
        doc.Add(new StringField(IndexFields.Level, level, Field.Store.YES));
        doc.Add(new SortedDocValuesField(IndexFields.LevelValue, new BytesRef(level)));
        if (id.Region is { Length: > 0 } region)
        {
            doc.Add(new StringField(IndexFields.Region, region, Field.Store.YES));
            doc.Add(new SortedDocValuesField(IndexFields.RegionValue, new BytesRef(region)));
        }
        if (id.RegionCode is { Length: > 0 } code)
        {
            doc.Add(new StringField(IndexFields.RegionCode, code, Field.Store.NO));
            if (code.Length > 2) doc.Add(new StringField(IndexFields.RegionCode, code[..2], Field.Store.NO)); // a city is in its province
        }
        if (id.Sector is { Length: > 0 } sector) doc.Add(new StringField(IndexFields.Sector, sector, Field.Store.NO));
        foreach (var ics in IcsPrefixes(d.Ics)) doc.Add(new StringField(IndexFields.Ics, ics, Field.Store.NO));
        foreach (var top in d.Ics.Select(c => c.Trim().Split('.')[0]).Where(c => c.Length > 0).Distinct())
            doc.Add(new SortedSetDocValuesField(IndexFields.IcsTopValue, new BytesRef(top)));
        var year = id.Year ?? d.Issued?.Year;
        if (year is int y)
        {
            doc.Add(new Int32Field(IndexFields.Year, y, Field.Store.YES));
            doc.Add(new NumericDocValuesField(IndexFields.YearValue, y));
        }
        if (d.Adoption is { } adoption)
        {
            doc.Add(new StringField(IndexFields.Adoption, adoption.Degree.ToCode().ToLowerInvariant(), Field.Store.NO));
            foreach (var term in IdTerms(adoption.Source)) doc.Add(new StringField(IndexFields.AdoptionSource, term, Field.Store.NO));
            doc.Add(new TextField(IndexFields.IdText, adoption.Source.Canonical, Field.Store.NO));
        }
        doc.Add(new NumericDocValuesField(IndexFields.Status, StandardStatusCodes.Current));
        var title = d.TitleEn.Length > 0 ? d.Title + "\n" + d.TitleEn : d.Title;
        doc.Add(new TextField(IndexFields.TitleWords, title, Field.Store.NO));
        doc.Add(new TextField(IndexFields.TitleBigrams, title, Field.Store.NO));
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
