using StdSearch.Comparison.Requirements;

namespace StdSearch.Comparison;

/// <summary>What a <see cref="Conflict"/> is about.</summary>
public enum ConflictKind
{
    /// <summary>A numeric limit on the same parameter differs.</summary>
    Limit,

    /// <summary>The modal verb changed (应→宜 weakened, 宜→应 strengthened, 应→不应 contradiction).</summary>
    Modality,

    /// <summary>The same term is defined differently.</summary>
    Definition,
}

/// <summary>A difference in a provision between A and B, with a verdict and an explanation in Chinese.</summary>
public sealed record Conflict
{
    /// <summary>Kind of the difference.</summary>
    public required ConflictKind Kind { get; init; }

    /// <summary>The parameter (储存油温), the clause excerpt for a modal change, or the term.</summary>
    public required string Parameter { get; init; }

    /// <summary>A's value as printed (<c>≤ 25 ℃</c>, <c>应</c>, a definition).</summary>
    public required string A { get; init; }

    /// <summary>B's value as printed.</summary>
    public required string B { get; init; }

    /// <summary>Which side is stricter, whether they contradict, or that they cannot be compared.</summary>
    public required StrictnessVerdict Verdict { get; init; }

    /// <summary>A's clause number.</summary>
    public string ClauseA { get; init; } = "";

    /// <summary>B's clause number.</summary>
    public string ClauseB { get; init; } = "";

    /// <summary>One sentence saying what differs and what that means (B 严于 A, 要求减弱, 矛盾 …).</summary>
    public string Explanation { get; init; } = "";
}
