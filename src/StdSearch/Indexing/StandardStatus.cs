namespace StdSearch.Indexing;

/// <summary>
/// The lifecycle status of an indexed edition, inferred from the index itself: of the editions of one lineage
/// (<see cref="Documents.StandardId.IsSameLineage"/>) the newest is current and older ones are replaced. A catalogue
/// import will be able to mark editions abolished.
/// </summary>
public enum StandardStatus
{
    /// <summary>现行: the newest edition of its lineage in the index (or a document without a number).</summary>
    Current = 0,

    /// <summary>被代替: a newer edition of the same lineage is in the index.</summary>
    Replaced = 1,

    /// <summary>废止: withdrawn without a successor (only from a catalogue; never inferred).</summary>
    Abolished = 2,
}
