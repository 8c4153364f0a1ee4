namespace StdSearch.Indexing;

/// <summary>
/// The index schema: field names and the fixed values of <see cref="Type"/>. One Lucene document per standard
/// (metadata, keywords and doc values for filters, facets and grouping, the analysed title and id, and the stored text),
/// followed by one per clause (its analysed text and heading, nothing else): a block (<see cref="DocumentBlocks"/>). A
/// filter selects standards and through them their clauses; a clause's standard is the head of its block. One more
/// document per ingested file (content hash). Indexes written before repeated the standard's keywords and doc values on
/// each clause (and its text as ICU words); they are still read.
/// </summary>
internal static class IndexFields
{
    // What a Lucene document is.
    public const string Type = "type";
    public const string StandardType = "standard";
    public const string ClauseType = "clause";
    public const string FileType = "file";

    /// <summary>Numeric doc value, <see cref="StandardDocValue"/> on the standard's document and absent (0) on clauses.</summary>
    public const string DocKind = "doc_dv";
    public const long StandardDocValue = 1;

    // Identity (every document type). Key is indexed, stored on the standard and a sorted doc value (grouping, facets).
    public const string Key = "key";
    /// <summary>Compact lower-case id terms as the analyzers emit them: <c>gb/t31999-2021</c> and <c>gb/t31999</c>.</summary>
    public const string Id = "id";
    /// <summary>The id's spellings analysed once with the word analyzer (partial or messy ids: <c>31999</c>), as keywords.</summary>
    public const string IdText = "id_text";
    /// <summary>The standard's own id terms, on its own document only: a standard number in a query scores the
    /// standard once, not each of its clauses.</summary>
    public const string OwnId = "own_id";
    /// <summary>The id terms of the standard it adopts identically (IDT), on its own document only.</summary>
    public const string AdoptedId = "adopted_id";
    public const string Lineage = "lineage";
    /// <summary>Stored on the standard's document: the canonical ids it replaces, one per line.</summary>
    public const string Replaces = "replaces";
    public const string DisplayId = "display";

    // Filters (indexed keywords).
    public const string Level = "level";
    public const string Region = "region";
    public const string RegionCode = "regioncode";
    public const string Sector = "sector";
    /// <summary>Every prefix of every ICS code: <c>67</c>, <c>67.200</c>, <c>67.200.10</c>.</summary>
    public const string Ics = "ics";
    /// <summary>Stored on the standard's document; the <c>year:</c> filter reads <see cref="YearValue"/>.</summary>
    public const string Year = "year";
    public const string Adoption = "adoption";
    public const string AdoptionSource = "adoptsrc";

    // Doc values (facets, status, grouping).
    /// <summary>The year, on the standard's document: facets, and the <c>year:</c> filter checked per standard.</summary>
    public const string YearValue = "year_dv";
    public const string LevelValue = "level_dv";
    public const string RegionValue = "region_dv";
    public const string IcsTopValue = "ics_dv";
    /// <summary>Numeric doc value updated in place when another edition of the lineage arrives (see <see cref="StandardStatusCodes"/>).</summary>
    public const string Status = "status";

    // Analysed text, once: CJK bigrams, Latin words, numbers and standard numbers, with positions (phrases). The query
    // parser splits query text into words (ICU) and asks for each word's bigrams. The title is on the standard's
    // document only. Indexes written before held each text a second time as ICU words (title_w, text_w, heading_w);
    // those fields are no longer read.
    public const string TitleBigrams = "title_b";
    public const string TextBigrams = "text_b";
    public const string HeadingBigrams = "heading_b";

    /// <summary>Binary doc value on the standard's document: display id, title and level joined by U+001F — what a hit
    /// shows, read without decompressing the stored fields (which hold the large JSON).</summary>
    public const string Display = "display_dv";
    public const char DisplaySeparator = '\u001f';

    // Stored, on the standard's document only: its units and JSON in one compressed stream (StoredStandard), and
    // DisplayId. Clause documents store nothing: a clause hit is the unit at its place in the standard's block.
    public const string Stored = "std";
    /// <summary>Indexes written before <see cref="Stored"/>: the Brotli-compressed JSON alone, with the clause fields
    /// (<see cref="Number"/> … <see cref="Text"/>) stored on each clause. Still read.</summary>
    public const string Json = "json";
    /// <summary>Stored title (and <see cref="Level"/>) on indexes written before <see cref="Display"/>; read only.</summary>
    public const string Title = "title";
    public const string Number = "number";
    public const string Heading = "heading";
    public const string Kind = "kind";
    public const string Pages = "pages";
    public const string Text = "text";
    public const string Order = "order";

    // File records.
    public const string Hash = "hash";
    public const string Path = "path";
}

/// <summary>Values of the <see cref="IndexFields.Status"/> doc value.</summary>
internal static class StandardStatusCodes
{
    public const long Current = 0;
    public const long Replaced = 1;
    public const long Abolished = 2;
}
