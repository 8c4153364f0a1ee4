namespace StdSearch.Comparison;

/// <summary>How a term or a normative reference differs.</summary>
public enum DifferenceKind
{
    /// <summary>On both sides, differently (another definition; another edition of the same standard).</summary>
    Different,

    /// <summary>Only in A.</summary>
    OnlyInA,

    /// <summary>Only in B.</summary>
    OnlyInB,
}

/// <summary>A term defined on one side only, or defined differently (compared by folded designation).</summary>
/// <param name="Designation">The term as printed in A (B when only in B).</param>
/// <param name="Kind">Different definition, or present on one side only.</param>
/// <param name="DefinitionA">A's definition ("" when absent).</param>
/// <param name="DefinitionB">B's definition ("" when absent).</param>
/// <param name="Similarity">Word-level Dice similarity of the definitions, 0–1.</param>
public sealed record TermDifference(string Designation, DifferenceKind Kind, string DefinitionA, string DefinitionB, double Similarity);

/// <summary>A normative reference cited on one side only, or in another edition (same lineage, other year).</summary>
/// <param name="A">The id as cited by A ("" when absent).</param>
/// <param name="B">The id as cited by B ("" when absent).</param>
/// <param name="Kind">Other edition, or cited on one side only.</param>
/// <param name="Title">Title as printed.</param>
public sealed record ReferenceDifference(string A, string B, DifferenceKind Kind, string Title);
