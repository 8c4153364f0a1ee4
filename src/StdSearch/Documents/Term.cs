namespace StdSearch.Documents;

/// <summary>An entry of the terms-and-definitions chapter.</summary>
/// <param name="Number">The entry number (<c>3.1</c>).</param>
/// <param name="Designation">The Chinese (or, in an English document, the English) term.</param>
/// <param name="EnglishEquivalent">The English equivalent printed beside a Chinese term; empty if none.</param>
/// <param name="Definition">The definition text.</param>
public sealed record Term(string Number, string Designation, string EnglishEquivalent, string Definition)
{
    /// <summary>Notes to the entry (注、注1).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The source line (<c>[来源：GB/T xxxx—yyyy，3.2]</c>), empty if none.</summary>
    public string Source { get; init; } = "";
}
