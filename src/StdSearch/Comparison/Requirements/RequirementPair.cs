namespace StdSearch.Comparison.Requirements;

/// <summary>Two provisions, one from each document, judged to be about the same parameter.</summary>
/// <param name="A">The provision in document A.</param>
/// <param name="B">The provision in document B.</param>
/// <param name="Confidence">0…1: how sure the pairing is (same clause number, compatible units, parameter and sentence similarity).</param>
/// <param name="Reason">What the pairing rests on, for a report (<c>same clause 5.2.1; units ℃/℃; parameter 1.00</c>).</param>
public sealed record RequirementPair(Requirement A, Requirement B, double Confidence, string Reason);
