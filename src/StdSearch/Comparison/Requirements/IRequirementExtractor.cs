using StdSearch.Documents;

namespace StdSearch.Comparison.Requirements;

/// <summary>Finds provisions (modal verbs) and numeric limits in clauses. Implementations are pure and thread-safe.</summary>
public interface IRequirementExtractor
{
    /// <summary>Every provision in the text of one clause.</summary>
    IReadOnlyList<Requirement> Extract(string clauseNumber, string text);

    /// <summary>Every provision of a document, clause by clause (table rows included).</summary>
    IReadOnlyList<Requirement> Extract(StandardDocument document);
}
