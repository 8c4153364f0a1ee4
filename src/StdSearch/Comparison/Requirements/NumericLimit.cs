using StdSearch.Text.Quantities;

namespace StdSearch.Comparison.Requirements;

/// <summary>
/// A numeric limit with its unit, normalised so two limits can be compared: <see cref="Min"/>/<see cref="Max"/> hold
/// the bounds (a tolerance becomes nominal ± tolerance), in <see cref="Unit"/> (the normalised unit symbol).
/// </summary>
/// <param name="Kind">Upper, lower, range, tolerance or exact.</param>
/// <param name="Min">The lower bound, or null when there is none.</param>
/// <param name="Max">The upper bound, or null when there is none.</param>
/// <param name="Unit">The normalised unit (<c>℃</c>, <c>mm</c>, <c>%</c>, <c>Pa</c>), empty for a pure number.</param>
public sealed record NumericLimit(LimitKind Kind, decimal? Min, decimal? Max, string Unit)
{
    /// <summary>True when <see cref="Min"/> itself satisfies the limit (≥, 不小于); false for &gt;, 大于.</summary>
    public bool MinInclusive { get; init; } = true;

    /// <summary>True when <see cref="Max"/> itself satisfies the limit (≤, 不大于); false for &lt;, 小于.</summary>
    public bool MaxInclusive { get; init; } = true;

    /// <summary>For a tolerance: the nominal value; otherwise null.</summary>
    public decimal? Nominal { get; init; }

    /// <summary>For a tolerance: the half-width (0.5 in ±0.5); otherwise null.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>True when the bound's inclusion is uncertain (以上/以下 without （含）/（不含）).</summary>
    public bool BoundUncertain { get; init; }

    /// <summary>The limit as written in the source text (<c>不大于25 ℃</c>).</summary>
    public string Source { get; init; } = "";

    /// <summary>The basis of a percentage (<c>质量分数</c>, <c>体积分数</c>) when the text names it; otherwise empty.</summary>
    public string Basis { get; init; } = "";

    /// <summary>The dimension of <see cref="Unit"/>; limits compare only within one dimension.</summary>
    public UnitDimension Dimension => Units.DimensionOf(Unit);

    /// <summary>A short normalised form for reports: <c>≤ 25 ℃</c>, <c>&gt; 5 %</c>, <c>20~25 ℃</c>, <c>5±1 mm</c>, <c>= 60 ℃</c>.</summary>
    public string Describe()
    {
        var comparator = Kind switch
        {
            LimitKind.Upper => MaxInclusive ? Comparator.AtMost : Comparator.LessThan,
            LimitKind.Lower => MinInclusive ? Comparator.AtLeast : Comparator.GreaterThan,
            LimitKind.Range => Comparator.Range,
            LimitKind.Tolerance => Comparator.Tolerance,
            _ => Comparator.Equal,
        };
        return Quantity.Describe(comparator, Min, Max, MinInclusive, MaxInclusive, Nominal, Tolerance, Unit, BoundUncertain);
    }
}
