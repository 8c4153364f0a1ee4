using StdSearch.Documents;

namespace StdSearch.Lifecycle;

/// <summary>What a citation check says of one cited standard.</summary>
public enum CitationVerdict
{
    /// <summary>The cited edition (or, undated, the series) is in force and means what it meant when the document was issued.</summary>
    Ok,

    /// <summary>The cited edition has been replaced; <see cref="ReferenceCheck.Current"/> names the edition in force, when known.</summary>
    Replaced,

    /// <summary>The cited edition, or the last edition of its line, is abolished (废止) without a successor in force.</summary>
    Abolished,

    /// <summary>Neither the index nor the catalogue knows the cited standard (or, dated, a newer edition of it).</summary>
    Unknown,

    /// <summary>An undated reference that now resolves to a different edition than the one in force when the citing
    /// document was issued: the requirement it imports may have changed.</summary>
    UndatedNowDifferent,
}

/// <summary>The check of one cited standard. Immutable.</summary>
public sealed record ReferenceCheck
{
    /// <summary>The standard as cited (dated or undated).</summary>
    public required StandardId Cited { get; init; }

    /// <summary>True for a dated reference (注日期引用).</summary>
    public bool Dated => Cited.IsDated;

    /// <summary>True when it is listed in the normative references chapter; false for a citation found only in the text.</summary>
    public bool Normative { get; init; }

    /// <summary>True when the cited edition (undated: some edition of the series) is in the index.</summary>
    public bool InIndex { get; init; }

    /// <summary>Status of the cited edition; for an undated reference, of the edition it resolves to now.</summary>
    public LifecycleStatus Status { get; init; }

    /// <summary>The edition in force now (its replacement for a replaced edition), or null when none is known.</summary>
    public StandardId? Current { get; init; }

    /// <summary>For <see cref="CitationVerdict.UndatedNowDifferent"/>: the edition in force when the citing document was issued.</summary>
    public StandardId? WhenIssued { get; init; }

    /// <summary>The verdict.</summary>
    public CitationVerdict Verdict { get; init; }

    /// <summary>Where it is cited: clause numbers (<c>2</c>, <c>5.1.2</c>, <c>A.1</c>), or 引言 / 参考文献 for unnumbered parts, in document order.</summary>
    public IReadOnlyList<string> Where { get; init; } = [];

    /// <summary>True for the verdicts a reviewer has to act on: replaced, abolished, undated-now-different.</summary>
    public bool IsOutOfDate => Verdict is CitationVerdict.Replaced or CitationVerdict.Abolished or CitationVerdict.UndatedNowDifferent;

    /// <summary>A one-line explanation (<c>replaced by GB/T 31999—2021</c>).</summary>
    public string Explanation => Verdict switch
    {
        CitationVerdict.Ok => Dated ? "the cited edition is in force" : $"resolves to {Current?.Display ?? "the edition in force"}, as when issued",
        CitationVerdict.Replaced => Current is { } c ? $"replaced by {c.Display}" : "replaced (successor not known)",
        CitationVerdict.Abolished => "abolished" + (Current is { } a ? "" : ", no successor in force"),
        CitationVerdict.UndatedNowDifferent => $"undated: meant {WhenIssued?.Display ?? "an earlier edition"} when issued, now {Current?.Display}",
        _ => "not in the index or the catalogue",
    };
}

/// <summary>The citation check of one document: every standard it cites with its verdict. Immutable.</summary>
/// <param name="Document">The checked document's id (display form), or its Key when it has no id.</param>
/// <param name="References">One check per cited standard (a dated and an undated citation of one number are two), normative references first, then by first citation.</param>
public sealed record CitationReport(string Document, IReadOnlyList<ReferenceCheck> References)
{
    /// <summary>How many references are out of date (replaced, abolished, undated now different).</summary>
    public int OutOfDate => References.Count(r => r.IsOutOfDate);

    /// <summary>How many references are unknown to the index and catalogue.</summary>
    public int Unknown => References.Count(r => r.Verdict == CitationVerdict.Unknown);
}
