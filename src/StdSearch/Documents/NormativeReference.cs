namespace StdSearch.Documents;

/// <summary>An entry of the normative references chapter (规范性引用文件).</summary>
/// <param name="Id">The cited number; <see cref="StandardId.Year"/> is null for an undated reference.</param>
/// <param name="Title">The cited title, empty if none.</param>
public sealed record NormativeReference(StandardId Id, string Title)
{
    /// <summary>True when the reference cites an edition (注日期引用).</summary>
    public bool IsDated => Id.Year is not null;

    /// <summary>The adoption stated in the entry (<c>（ISO 9001:2015，IDT）</c>), or null.</summary>
    public Adoption? Adoption { get; init; }
}
