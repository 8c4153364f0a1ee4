using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// Degree of correspondence of A to B (DOMAIN.md §5): IDT when only editorial changes were found, MOD when there are
/// technical deviations but the documents correspond clause by clause, NEQ otherwise.
/// </summary>
public sealed record DegreeAssessment
{
    /// <summary>The degree the text supports.</summary>
    public required AdoptionDegree Degree { get; init; }

    /// <summary>Why, in Chinese: one line per deciding fact, and for MOD one line per technical deviation.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The degree A states on its cover or in its foreword when A adopts B; null otherwise.</summary>
    public AdoptionDegree? Stated { get; init; }

    /// <summary>Whether the text agrees with <see cref="Stated"/>; null when nothing is stated.</summary>
    public bool? AgreesWithStated { get; init; }

    /// <summary>
    /// Technical deviations the document itself lists (a MOD adoption's 技术差异 table, e.g. 附录NA), each checked
    /// against the alignment.
    /// </summary>
    public IReadOnlyList<StatedDeviation> StatedDeviations { get; init; } = [];
}

/// <summary>One row of a printed deviation table (章条编号 | 技术差异 | 原因) and whether the comparison found it.</summary>
/// <param name="Clause">Clause number as printed.</param>
/// <param name="Description">The deviation as printed.</param>
/// <param name="Found">True when a technical, added or deleted pair sits at that clause.</param>
/// <param name="Evidence">The pair kind found there, in Chinese, or why it was not confirmed.</param>
public sealed record StatedDeviation(string Clause, string Description, bool Found, string Evidence);
