using StdSearch.Text.Quantities;

namespace StdSearch.Comparison.Requirements;

/// <summary>
/// Compares two limits or two provisions on the same parameter by bound direction, not number size (DOMAIN.md §4):
/// every limit is read as the set of values it allows; the one whose set lies inside the other's is stricter (a lower
/// maximum, a higher minimum, a contained range, a smaller tolerance, an exclusive bound at the same value); sets that do not
/// meet are contradictory (≤5 vs ≥8); sets that overlap without nesting, units of different dimensions, and percentages on
/// different bases are not comparable. Values are converted to A's unit first (<c>0.5 m</c> = <c>500 mm</c>). Pure and thread-safe.
/// </summary>
public static class Strictness
{
    /// <summary>Compares two limits: is A or B stricter, are they the same, contradictory, or not comparable.</summary>
    public static StrictnessVerdict Compare(NumericLimit a, NumericLimit b) => Explain(a, b).Verdict;

    /// <summary>Compares two provisions: the limits (when both have one) combined with the modality (<see cref="ClassifyModalityChange"/>).</summary>
    public static StrictnessVerdict Compare(Requirement a, Requirement b) => Explain(a, b).Verdict;

    /// <summary>Compares two limits and says why.</summary>
    /// <exception cref="ArgumentNullException">A limit is null.</exception>
    public static StrictnessComparison Explain(NumericLimit a, NumericLimit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var head = $"A: {a.Describe()}; B: {b.Describe()}";
        if (!Units.AreComparable(a.Unit, b.Unit) && !(a.Unit == "IP" && b.Unit == "IP"))
            return new(StrictnessVerdict.NotComparable, $"{head} — units {Show(a.Unit)} and {Show(b.Unit)} do not convert: not comparable");
        if (a.Basis.Length > 0 && b.Basis.Length > 0 && a.Basis != b.Basis)
            return new(StrictnessVerdict.NotComparable, $"{head} — percentages on different bases ({a.Basis}, {b.Basis}): not comparable");
        if (a.Unit == "IP") return CompareIpCodes(a, b, head);

        var sa = ValueSet.Of(a, a.Unit);
        var sb = ValueSet.Of(b, a.Unit);
        var converted = a.Unit != b.Unit ? $" (B in {a.Unit})" : "";
        var rule = Rule(a, b);
        var uncertain = a.BoundUncertain || b.BoundUncertain ? "; the inclusion of a 以上/以下 bound is uncertain" : "";

        if (sa.Disjoint(sb))
            return new(StrictnessVerdict.Contradictory, $"{head}{converted} — no value satisfies both: contradictory");
        var aInB = sb.Contains(sa);
        var bInA = sa.Contains(sb);
        var (verdict, words) = (aInB, bInA) switch
        {
            (true, true) => (StrictnessVerdict.Same, "the same limit"),
            (true, false) => (StrictnessVerdict.AStricter, $"{rule}: A stricter"),
            (false, true) => (StrictnessVerdict.BStricter, $"{rule}: B stricter"),
            _ => (StrictnessVerdict.NotComparable, "the allowed values overlap but neither contains the other: not comparable"),
        };
        return new(verdict, $"{head}{converted} — {words}{uncertain}");
    }

    /// <summary>Compares two provisions and says why: the limit verdict, then the modality change (应 vs 宜, 应 vs 不应).</summary>
    /// <remarks>
    /// Contradictory modalities or limits make the pair contradictory. With equal limits (or none) the modality decides
    /// (应 → 宜 weakened: A stricter). A stricter limit with a weaker modality on the same side, or one limit missing, is
    /// not comparable.
    /// </remarks>
    /// <exception cref="ArgumentNullException">A requirement is null.</exception>
    public static StrictnessComparison Explain(Requirement a, Requirement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var change = ClassifyModalityChange(a.Modality, b.Modality);
        var modal = $"modality {Word(a.Modality)} → {Word(b.Modality)}: {change.ToString().ToLowerInvariant()}";
        StrictnessComparison? limits = a.Limit is not null && b.Limit is not null ? Explain(a.Limit, b.Limit) : null;
        var limitText = limits?.Explanation
            ?? (a.Limit is null && b.Limit is null ? "no numeric limit" : $"A: {a.Limit?.Describe() ?? "no limit"}; B: {b.Limit?.Describe() ?? "no limit"}");
        StrictnessVerdict verdict;
        if (change == ModalityChange.Contradictory) verdict = StrictnessVerdict.Contradictory;
        else if (limits is null)
            verdict = a.Limit is null != (b.Limit is null) ? StrictnessVerdict.NotComparable : FromChange(change);
        else verdict = limits.Verdict switch
        {
            StrictnessVerdict.Contradictory => StrictnessVerdict.Contradictory,
            StrictnessVerdict.NotComparable => StrictnessVerdict.NotComparable,
            StrictnessVerdict.Same => FromChange(change),
            StrictnessVerdict.AStricter => change is ModalityChange.Same or ModalityChange.Weakened ? StrictnessVerdict.AStricter : StrictnessVerdict.NotComparable,
            _ => change is ModalityChange.Same or ModalityChange.Strengthened ? StrictnessVerdict.BStricter : StrictnessVerdict.NotComparable,
        };
        var ruling = verdict switch
        {
            StrictnessVerdict.Same => "same",
            StrictnessVerdict.AStricter => "A stricter",
            StrictnessVerdict.BStricter => "B stricter",
            StrictnessVerdict.Contradictory => "contradictory",
            _ => "not comparable",
        };
        return new(verdict, $"{limitText}; {modal} ⇒ {ruling}") { ModalityChange = change };
    }

    /// <summary>
    /// How the modality changes from <paramref name="from"/> (A) to <paramref name="to"/> (B). Strength: 应/不应 &gt; 宜/不宜 &gt; 可/不必;
    /// a requirement or recommendation against a prohibition or discouragement (应 vs 不应, 宜 vs 不应, 应 vs 不宜) is contradictory;
    /// a prohibition against a permission (不应 → 可) is a weakening. Statements (no modal verb) and 能/不能 are <see cref="ModalityChange.Other"/>.
    /// </summary>
    public static ModalityChange ClassifyModalityChange(Modality from, Modality to)
    {
        if (from == to) return ModalityChange.Same;
        if (Rank(from) == 0 || Rank(to) == 0) return ModalityChange.Other;
        var fromPositive = from is Modality.Shall or Modality.Should;
        var fromNegative = from is Modality.ShallNot or Modality.ShouldNot;
        var toPositive = to is Modality.Shall or Modality.Should;
        var toNegative = to is Modality.ShallNot or Modality.ShouldNot;
        if ((fromPositive && toNegative) || (fromNegative && toPositive)) return ModalityChange.Contradictory;
        var (rf, rt) = (Rank(from), Rank(to));
        return rf > rt ? ModalityChange.Weakened : rf < rt ? ModalityChange.Strengthened : ModalityChange.Other;
    }

    private static int Rank(Modality m) => m switch
    {
        Modality.Shall or Modality.ShallNot => 3,
        Modality.Should or Modality.ShouldNot => 2,
        Modality.May or Modality.NeedNot => 1,
        _ => 0,
    };

    private static StrictnessVerdict FromChange(ModalityChange change) => change switch
    {
        ModalityChange.Same => StrictnessVerdict.Same,
        ModalityChange.Weakened => StrictnessVerdict.AStricter,
        ModalityChange.Strengthened => StrictnessVerdict.BStricter,
        ModalityChange.Contradictory => StrictnessVerdict.Contradictory,
        _ => StrictnessVerdict.NotComparable,
    };

    /// <summary>The Chinese modal word of a modality (<c>应</c>, <c>不应</c>, <c>宜</c> …) for reports.</summary>
    public static string Word(Modality modality) => modality switch
    {
        Modality.Shall => "应",
        Modality.ShallNot => "不应",
        Modality.Should => "宜",
        Modality.ShouldNot => "不宜",
        Modality.May => "可",
        Modality.NeedNot => "不必",
        Modality.Can => "能",
        Modality.Cannot => "不能",
        _ => "(no modal verb)",
    };

    private static string Rule(NumericLimit a, NumericLimit b) => (a.Kind, b.Kind) switch
    {
        (LimitKind.Upper, LimitKind.Upper) when a.Max == b.Max && a.Unit == b.Unit => "same value, an exclusive bound is stricter",
        (LimitKind.Lower, LimitKind.Lower) when a.Min == b.Min && a.Unit == b.Unit => "same value, an exclusive bound is stricter",
        (LimitKind.Upper, LimitKind.Upper) => "upper bound, lower is stricter",
        (LimitKind.Lower, LimitKind.Lower) => "lower bound, higher is stricter",
        (LimitKind.Range, LimitKind.Range) => "range, the contained range is stricter",
        (LimitKind.Tolerance, LimitKind.Tolerance) => "tolerance, the smaller is stricter",
        _ => "the limit whose allowed values lie inside the other's is stricter",
    };

    private static string Show(string unit) => unit.Length == 0 ? "(none)" : unit;

    // IP codes: each digit is a protection level; the code with both digits at least as high is stricter.
    private static StrictnessComparison CompareIpCodes(NumericLimit a, NumericLimit b, string head)
    {
        var va = (a.Min ?? a.Max) ?? 0;
        var vb = (b.Min ?? b.Max) ?? 0;
        var (a1, a2, b1, b2) = ((int)va / 10, (int)va % 10, (int)vb / 10, (int)vb % 10);
        var verdict = (a1 == b1 && a2 == b2) ? StrictnessVerdict.Same
            : (a1 >= b1 && a2 >= b2) ? StrictnessVerdict.AStricter
            : (a1 <= b1 && a2 <= b2) ? StrictnessVerdict.BStricter
            : StrictnessVerdict.NotComparable;
        if (a.Kind != b.Kind) verdict = StrictnessVerdict.NotComparable;
        var words = verdict switch
        {
            StrictnessVerdict.Same => "the same protection code",
            StrictnessVerdict.AStricter => "IP code, higher digits protect more: A stricter",
            StrictnessVerdict.BStricter => "IP code, higher digits protect more: B stricter",
            _ => "IP codes rise in one digit and fall in the other: not comparable",
        };
        return new(verdict, $"{head} — {words}");
    }

    /// <summary>The set of values a limit allows, in one unit: an interval with optional, inclusive or exclusive ends.</summary>
    private readonly record struct ValueSet(decimal? Lo, bool LoIn, decimal? Hi, bool HiIn)
    {
        public static ValueSet Of(NumericLimit l, string unit)
        {
            decimal? C(decimal? v) => v is null ? null : Units.TryConvert(v.Value, l.Unit, unit, out var c) ? c : v;
            return l.Kind switch
            {
                LimitKind.Upper => new(null, true, C(l.Max), l.MaxInclusive),
                LimitKind.Lower => new(C(l.Min), l.MinInclusive, null, true),
                LimitKind.Tolerance when l.Nominal is not null && l.Tolerance is not null =>
                    new(C(l.Nominal - l.Tolerance), true, C(l.Nominal + l.Tolerance), true),
                _ => new(C(l.Min ?? l.Max), l.MinInclusive, C(l.Max ?? l.Min), l.MaxInclusive),
            };
        }

        /// <summary>True when every value of <paramref name="inner"/> is in this set.</summary>
        public bool Contains(ValueSet inner)
        {
            var loOk = Lo is null || (inner.Lo is not null && (inner.Lo > Lo || (inner.Lo == Lo && (LoIn || !inner.LoIn))));
            var hiOk = Hi is null || (inner.Hi is not null && (inner.Hi < Hi || (inner.Hi == Hi && (HiIn || !inner.HiIn))));
            return loOk && hiOk;
        }

        public bool Disjoint(ValueSet other) => Below(this, other) || Below(other, this);

        // every value of x is below every value of y
        private static bool Below(ValueSet x, ValueSet y) =>
            x.Hi is not null && y.Lo is not null && (x.Hi < y.Lo || (x.Hi == y.Lo && !(x.HiIn && y.LoIn)));
    }
}
