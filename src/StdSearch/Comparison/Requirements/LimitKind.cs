namespace StdSearch.Comparison.Requirements;

/// <summary>The shape of a numeric limit.</summary>
public enum LimitKind
{
    /// <summary>A maximum: ≤, 不大于, 不超过, 以下, &lt;.</summary>
    Upper,
    /// <summary>A minimum: ≥, 不小于, 不低于, 至少, 以上, &gt;.</summary>
    Lower,
    /// <summary>A closed or open interval: 20 ℃～25 ℃, (20～25) ℃.</summary>
    Range,
    /// <summary>A nominal value with a tolerance: (5±1) mm, ±0.5 ℃.</summary>
    Tolerance,
    /// <summary>An exact value: = 5, 为 5.</summary>
    Exact,
}
