namespace StdSearch.Corpus;

/// <summary>
/// Settings of near-duplicate detection, the draft check and the portfolio report. The defaults suit Chinese standards:
/// 4-character shingles over folded, punctuation-free text; 128 hash functions per document in 32 bands of 4 (a pair with
/// Jaccard 0.5 becomes a candidate with probability 0.98, one with 0.8 with probability 1 − 10⁻⁷); 64 per clause in 16 bands of 4.
/// </summary>
public sealed record CorpusOptions
{
    /// <summary>The defaults.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>Characters per shingle. Default 4.</summary>
    public int ShingleLength { get; init; } = 4;

    /// <summary>Hash functions in a document's MinHash signature; must equal <see cref="DocumentBands"/> × rows. Default 128.</summary>
    public int DocumentHashes { get; init; } = 128;

    /// <summary>LSH bands over a document signature. Default 32 (4 rows each).</summary>
    public int DocumentBands { get; init; } = 32;

    /// <summary>Hash functions in a clause's signature (the first of the document's); a multiple of <see cref="ClauseBands"/>. Default 64.</summary>
    public int ClauseHashes { get; init; } = 64;

    /// <summary>LSH bands over a clause signature. Default 16 (4 rows each).</summary>
    public int ClauseBands { get; init; } = 16;

    /// <summary>The seed the hash functions are drawn from; signatures are comparable only under one seed.</summary>
    public ulong Seed { get; init; } = 0x5354445345415243UL;

    /// <summary>Estimated Jaccard similarity from which two standards are near-duplicates (one cluster). Default 0.7.</summary>
    public double Threshold { get; init; } = 0.7;

    /// <summary>Estimated Jaccard similarity from which two clauses are the same clause reused. Default 0.6.</summary>
    public double ClauseThreshold { get; init; } = 0.6;

    /// <summary>Clauses shorter than this (normalised characters) are not matched on their own (headings, 范围). Default 8.</summary>
    public int MinClauseLength { get; init; } = 8;

    /// <summary>Two standards overlap when they share at least this many reused clauses (template clauses not counted). Default 2.</summary>
    public int MinSharedClauses { get; init; } = 2;

    /// <summary>The shortest shared run reported as a passage, in normalised characters. Default 10.</summary>
    public int MinPassageLength { get; init; } = 10;

    /// <summary>In a clause shorter than <see cref="MinPassageLength"/> / 0.6 a passage may be as short as 60 % of the clause (at least 6 characters), so
    /// <c>储存油温应不大于20 ℃</c> meets <c>储存油温应不大于25 ℃</c>.</summary>
    internal int PassageLengthFor(int clauseLength) => Math.Min(MinPassageLength, Math.Max(6, (int)(clauseLength * 0.6)));

    /// <summary>
    /// A clause or passage found in at least this many standards is template text (the GB/T 1.1 reference lead-in, the patent
    /// sentence): shown as such, not counted as reuse. Default 5; at least 0.5 % of the corpus on large corpora.
    /// </summary>
    public int TemplateDocuments { get; init; } = 5;

    /// <summary>An LSH bucket with more members than this is template text and is not expanded into pairs. Default 200.</summary>
    public int MaxBucketSize { get; init; } = 200;

    /// <summary>Threads for signatures and banding; 0 for the processor count. Default 0.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Draft check: candidate standards fetched from the index per group of draft clauses (the standards with the most similar clauses, by the search index's more-like-this). Default 8.</summary>
    public int CandidatesPerClause { get; init; } = 8;

    /// <summary>Draft check: consecutive clauses are searched together up to this many characters (one search per group). Default 600.</summary>
    public int QueryCharacters { get; init; } = 600;

    /// <summary>Draft check: best matches kept per draft clause. Default 3.</summary>
    public int MatchesPerClause { get; init; } = 3;

    /// <summary>Portfolio report: reference standards compared in full per standard of the set. Default 3.</summary>
    public int ReferenceCandidates { get; init; } = 3;

    /// <summary>Portfolio report: a reference corresponds to a standard when at least this share of the standard's clauses has a
    /// counterpart in it (<see cref="Comparison.ComparisonResult.Coverage"/>). Default 0.3.</summary>
    public double MinCorrespondence { get; init; } = 0.3;

    internal int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    internal int TemplateThreshold(int documentCount) => Math.Max(TemplateDocuments, (int)Math.Ceiling(documentCount * 0.005));

    internal void Validate()
    {
        if (DocumentHashes % DocumentBands != 0) throw new ArgumentException($"DocumentHashes ({DocumentHashes}) must be a multiple of DocumentBands ({DocumentBands}).");
        if (ClauseHashes % ClauseBands != 0) throw new ArgumentException($"ClauseHashes ({ClauseHashes}) must be a multiple of ClauseBands ({ClauseBands}).");
        if (ClauseHashes > DocumentHashes) throw new ArgumentException("ClauseHashes cannot exceed DocumentHashes.");
        if (Threshold is <= 0 or > 1 || ClauseThreshold is <= 0 or > 1) throw new ArgumentException("Thresholds are in (0, 1].");
    }
}
