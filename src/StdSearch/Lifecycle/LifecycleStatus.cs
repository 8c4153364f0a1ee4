namespace StdSearch.Lifecycle;

/// <summary>The lifecycle status of an edition (DOMAIN.md §2), as a catalogue states it or as the editions known imply it.</summary>
public enum LifecycleStatus
{
    /// <summary>Nothing is known about the edition: neither indexed nor in the catalogue.</summary>
    Unknown = 0,

    /// <summary>现行: in force.</summary>
    Current,

    /// <summary>即将实施: published, its 实施 date still ahead.</summary>
    Upcoming,

    /// <summary>被代替: superseded by a newer edition (or by another standard that states 代替).</summary>
    Replaced,

    /// <summary>废止: withdrawn without a successor.</summary>
    Abolished,
}
