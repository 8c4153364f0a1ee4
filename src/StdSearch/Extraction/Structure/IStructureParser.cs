using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>Turns a reader's lines into a <see cref="StandardDocument"/> (clause tree, metadata, terms, references).</summary>
public interface IStructureParser
{
    /// <summary>Parses the structure. Pure and thread-safe.</summary>
    StandardDocument Parse(LayoutDocument layout);
}
