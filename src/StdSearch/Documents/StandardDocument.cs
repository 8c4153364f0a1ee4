namespace StdSearch.Documents;

/// <summary>The source format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Unknown or unsupported.</summary>
    Unknown = 0,
    /// <summary>PDF.</summary>
    Pdf,
    /// <summary>Word 2007+ (.docx).</summary>
    Docx,
    /// <summary>HTML.</summary>
    Html,
    /// <summary>Plain text or Markdown.</summary>
    PlainText,
}

/// <summary>
/// A standard (or another standardization document) as extraction recovers it: identity, cover and foreword
/// metadata, terms, references and the clause tree. Everything downstream consumes this. Immutable.
/// </summary>
public sealed record StandardDocument
{
    /// <summary>The standard's number, or <see cref="StandardId.IsEmpty"/> when none was found (see <see cref="Key"/>).</summary>
    public StandardId Id { get; init; }

    /// <summary>
    /// The key the document is stored under: the canonical id when there is one, otherwise a name derived
    /// from the file name (a policy notice, a draft with placeholder numbers).
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The file name the document was read from (no directory), empty when read from a stream without a name.</summary>
    public string SourceName { get; init; } = "";

    /// <summary>The format it was read from.</summary>
    public SourceFormat Format { get; init; }

    /// <summary>Number of pages (PDF), 0 when the format has none.</summary>
    public int PageCount { get; init; }

    /// <summary>The Chinese title (elements separated by one space), or the document title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The English title from the cover, empty if none.</summary>
    public string TitleEn { get; init; } = "";

    /// <summary>The cover heading that names the kind of document (中华人民共和国国家标准, 吉林省地方标准, 团体标准).</summary>
    public string DocumentType { get; init; } = "";

    /// <summary>ICS codes (<c>67.200.10</c>).</summary>
    public IReadOnlyList<string> Ics { get; init; } = [];

    /// <summary>CCS (Chinese Standard Classification) codes (<c>X 14</c>).</summary>
    public IReadOnlyList<string> Ccs { get; init; } = [];

    /// <summary>The publication (发布) date.</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>The entry-into-force (实施) date.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>The issuing bodies named on the cover.</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>The editions this one replaces (代替).</summary>
    public IReadOnlyList<StandardId> Replaces { get; init; } = [];

    /// <summary>The adopted international document, or null.</summary>
    public Adoption? Adoption { get; init; }

    /// <summary>The draft stage (征求意见稿, 送审稿, 报批稿), empty for a published edition.</summary>
    public string DraftStage { get; init; } = "";

    /// <summary>The body that proposed it (提出), empty if not stated.</summary>
    public string ProposedBy { get; init; } = "";

    /// <summary>The technical committee in charge (归口), empty if not stated.</summary>
    public string Committee { get; init; } = "";

    /// <summary>The drafting organisations (起草单位).</summary>
    public IReadOnlyList<string> Drafters { get; init; } = [];

    /// <summary>The normative references.</summary>
    public IReadOnlyList<NormativeReference> NormativeReferences { get; init; } = [];

    /// <summary>The foreword's list of technical changes against the previous edition.</summary>
    public IReadOnlyList<TechnicalChange> TechnicalChanges { get; init; } = [];

    /// <summary>The terms and definitions.</summary>
    public IReadOnlyList<Term> Terms { get; init; } = [];

    /// <summary>The top-level elements: foreword, introduction, chapters, annexes, bibliography.</summary>
    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>Anything doubtful found while extracting.</summary>
    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];

    /// <summary>True when the cover or foreword marks the document as a draft.</summary>
    public bool IsDraft => DraftStage.Length > 0;

    /// <summary>Every element of the tree, depth first in document order.</summary>
    public IEnumerable<Clause> AllClauses() => Clauses.SelectMany(c => c.DescendantsAndSelf());

    /// <summary>The numbered clause with this number (<c>4.1.2</c>, <c>A.1</c>), or null.</summary>
    public Clause? FindClause(string number) =>
        AllClauses().FirstOrDefault(c => c.Number == number && c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex);
}
