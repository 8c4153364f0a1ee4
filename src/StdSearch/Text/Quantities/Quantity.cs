using System.Globalization;

namespace StdSearch.Text.Quantities;

/// <summary>
/// A number found in text with its comparator and unit. <see cref="Min"/>/<see cref="Max"/> are in <see cref="Unit"/>
/// (normalised, not converted): an upper bound has only <see cref="Max"/>, a lower bound only <see cref="Min"/>, an exact
/// or bare value both equal, a tolerance nominal ∓ tolerance. Offsets point into the original text. Immutable.
/// </summary>
/// <param name="Comparator">How the number constrains the value.</param>
/// <param name="Min">The lower bound, or null when there is none.</param>
/// <param name="Max">The upper bound, or null when there is none.</param>
/// <param name="Unit">The normalised unit symbol (<c>℃</c>, <c>mm</c>, <c>m³</c>, <c>μm</c>, <c>%</c>), empty for a pure number.</param>
public sealed record Quantity(Comparator Comparator, decimal? Min, decimal? Max, string Unit)
{
    /// <summary>True when <see cref="Min"/> itself satisfies the constraint.</summary>
    public bool MinInclusive { get; init; } = true;

    /// <summary>True when <see cref="Max"/> itself satisfies the constraint.</summary>
    public bool MaxInclusive { get; init; } = true;

    /// <summary>For a tolerance: the nominal value (0 for a bare <c>±0.5 ℃</c>); otherwise null.</summary>
    public decimal? Nominal { get; init; }

    /// <summary>For a symmetric tolerance: the half-width (1 in <c>5±1</c>); otherwise null.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>
    /// True when the bound's inclusion is a convention, not written: <c>以上</c>/<c>以下</c>/<c>以内</c> without
    /// <c>（含）</c>/<c>（不含）</c> (DOMAIN.md §4). The bound is then reported inclusive.
    /// </summary>
    public bool BoundUncertain { get; init; }

    /// <summary>The basis of a percentage (<c>质量分数</c>, <c>体积分数</c>, <c>mass fraction</c>) when the sentence names it; otherwise empty.</summary>
    public string Basis { get; init; } = "";

    /// <summary>The dimension of <see cref="Unit"/>.</summary>
    public UnitDimension Dimension => Units.DimensionOf(Unit);

    /// <summary>Offset of the expression (comparator included) in the original text.</summary>
    public int Start { get; init; }

    /// <summary>Length of the expression in the original text.</summary>
    public int Length { get; init; }

    /// <summary>Offset just past the expression in the original text.</summary>
    public int End => Start + Length;

    /// <summary>The expression as written (<c>不大于25 ℃</c>).</summary>
    public string Source { get; init; } = "";

    /// <summary>True for a bound or interval (anything but a bare value).</summary>
    public bool IsConstraint => Comparator != Comparator.None;

    /// <summary>The single value of a bound, exact or bare value: <see cref="Max"/> for an upper bound, <see cref="Min"/> otherwise.</summary>
    public decimal? Value => Comparator is Comparator.AtMost or Comparator.LessThan ? Max : Min;

    /// <summary>A short normalised form: <c>≤ 25 ℃</c>, <c>20~25 ℃</c>, <c>5±1 mm</c>, <c>&lt; 10 %</c>.</summary>
    public string Describe() => Describe(Comparator, Min, Max, MinInclusive, MaxInclusive, Nominal, Tolerance, Unit, BoundUncertain);

    /// <summary>The normalised form of any limit given by its parts (shared with the requirement model).</summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <param name="minInclusive">Whether the lower bound is included.</param>
    /// <param name="maxInclusive">Whether the upper bound is included.</param>
    /// <param name="nominal">Nominal value of a tolerance.</param>
    /// <param name="tolerance">Half-width of a symmetric tolerance.</param>
    /// <param name="unit">Normalised unit.</param>
    /// <param name="boundUncertain">Whether inclusion is a convention (shown as <c>(?)</c>).</param>
    public static string Describe(Comparator comparator, decimal? min, decimal? max, bool minInclusive, bool maxInclusive,
        decimal? nominal, decimal? tolerance, string unit, bool boundUncertain = false)
    {
        var u = unit.Length == 0 ? "" : unit == "IP" ? "" : " " + unit;
        string N(decimal? d) => d is null ? "?" : unit == "IP" ? "IP" + Format(d.Value) : Format(d.Value);
        var q = boundUncertain ? " (?)" : "";
        return comparator switch
        {
            Comparator.AtMost => $"≤ {N(max)}{u}{q}",
            Comparator.LessThan => $"< {N(max)}{u}{q}",
            Comparator.AtLeast => $"≥ {N(min)}{u}{q}",
            Comparator.GreaterThan => $"> {N(min)}{u}{q}",
            Comparator.Equal => $"= {N(min)}{u}",
            Comparator.Range => $"{(minInclusive ? "" : "(")}{N(min)}~{N(max)}{(maxInclusive ? "" : ")")}{u}",
            Comparator.Tolerance when tolerance is not null => $"{N(nominal)}±{Format(tolerance.Value)}{u}",
            Comparator.Tolerance => $"{N(nominal)} ({N(min)}~{N(max)}){u}",
            _ => $"{N(min)}{u}",
        };
    }

    /// <summary>A number in invariant form without trailing zeros beyond those written (<c>0.10</c> stays <c>0.10</c>).</summary>
    internal static string Format(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
