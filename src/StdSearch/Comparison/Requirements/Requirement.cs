namespace StdSearch.Comparison.Requirements;

/// <summary>One provision found in a clause: what it constrains, how strongly, and (for numeric ones) the limit.</summary>
/// <param name="ClauseNumber">The clause the provision is in (<c>5.2.1</c>).</param>
/// <param name="Parameter">The constrained characteristic as the text names it (<c>储存油温</c>), empty when not found.</param>
/// <param name="Modality">The modal verb's provision type.</param>
/// <param name="Limit">The numeric limit, or null for a non-numeric provision.</param>
/// <param name="Text">The sentence the provision was found in.</param>
public sealed record Requirement(string ClauseNumber, string Parameter, Modality Modality, NumericLimit? Limit, string Text)
{
    /// <summary>Offset of <see cref="Text"/> in the clause's text.</summary>
    public int Start { get; init; }

    /// <summary>Test conditions stated with the limit (<c>20 ℃</c>, <c>按GB/T 5009.3</c>), empty when none.</summary>
    public string Conditions { get; init; } = "";
}
