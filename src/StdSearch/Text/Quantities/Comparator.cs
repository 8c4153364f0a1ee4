namespace StdSearch.Text.Quantities;

/// <summary>How a number in text constrains a value.</summary>
public enum Comparator
{
    /// <summary>A bare value with no comparator (<c>保压30 min</c>).</summary>
    None = 0,
    /// <summary>Upper bound, inclusive: ≤, 不大于, 不超过, 不高于, not more than, maximum, 以下/以内 (by convention).</summary>
    AtMost,
    /// <summary>Upper bound, exclusive: &lt;, 小于, 低于, 不满, less than, below.</summary>
    LessThan,
    /// <summary>Lower bound, inclusive: ≥, 不小于, 不低于, 至少, not less than, at least, 以上 (by convention).</summary>
    AtLeast,
    /// <summary>Lower bound, exclusive: &gt;, 大于, 高于, 超过, more than, above.</summary>
    GreaterThan,
    /// <summary>An exact value: 为, =, 达到, every.</summary>
    Equal,
    /// <summary>An interval: 20 ℃～25 ℃, (20～25) ℃, between 20 °C and 25 °C.</summary>
    Range,
    /// <summary>A nominal value with a tolerance: (5±1) mm, ±0.5 ℃ (nominal 0), 50+0.2 -0.1.</summary>
    Tolerance,
}
