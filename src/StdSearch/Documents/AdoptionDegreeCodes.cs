namespace StdSearch.Documents;

/// <summary>The codes standards print for a degree of correspondence (IDT, MOD, NEQ, and the legacy EQV).</summary>
public static class AdoptionDegreeCodes
{
    /// <summary>The printed code of a degree; empty for <see cref="AdoptionDegree.None"/>.</summary>
    public static string ToCode(this AdoptionDegree degree) => degree switch
    {
        AdoptionDegree.Identical => "IDT",
        AdoptionDegree.Modified => "MOD",
        AdoptionDegree.NotEquivalent => "NEQ",
        AdoptionDegree.Equivalent => "EQV",
        _ => "",
    };

    /// <summary>The degree a printed code stands for (IDT, MOD, NEQ, EQV, any case); <see cref="AdoptionDegree.None"/> otherwise.</summary>
    public static AdoptionDegree FromCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "IDT" => AdoptionDegree.Identical,
        "MOD" => AdoptionDegree.Modified,
        "NEQ" => AdoptionDegree.NotEquivalent,
        "EQV" => AdoptionDegree.Equivalent,
        _ => AdoptionDegree.None,
    };
}
