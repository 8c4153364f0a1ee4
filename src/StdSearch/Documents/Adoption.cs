namespace StdSearch.Documents;

/// <summary>The degree of correspondence of an adoption (GB/T 1.2—2020, ISO/IEC Guide 21-1).</summary>
public enum AdoptionDegree
{
    /// <summary>No adoption stated.</summary>
    None = 0,
    /// <summary>IDT 等同采用: identical; only minimal editorial changes.</summary>
    Identical,
    /// <summary>MOD 修改采用: technical deviations, each identified.</summary>
    Modified,
    /// <summary>NEQ 非等效: not equivalent, the international document is a reference only.</summary>
    NotEquivalent,
    /// <summary>eqv 等效采用 (pre-2001); kept as its own value.</summary>
    Equivalent,
}

/// <summary>An international or foreign document a standard adopts, as its cover or foreword states.</summary>
/// <param name="Degree">IDT, MOD, NEQ or the legacy eqv.</param>
/// <param name="Source">The adopted document's number.</param>
public sealed record Adoption(AdoptionDegree Degree, StandardId Source)
{
    /// <summary>The adopted document's title as cited (《…》), empty if not given.</summary>
    public string SourceTitle { get; init; } = "";

    /// <summary>The method named in the foreword (翻译法, 重新起草法), empty if not given.</summary>
    public string Method { get; init; } = "";
}
