namespace StdSearch.Comparison.Requirements;

/// <summary>The kind of provision a modal verb makes (DOMAIN.md §4; ISO/IEC Directives Part 2).</summary>
public enum Modality
{
    /// <summary>No modal verb: a statement, or an imperative step of a procedure.</summary>
    None = 0,
    /// <summary>要求: 应 / 必须 / shall.</summary>
    Shall,
    /// <summary>禁止: 不应 / 不得 / 严禁 / 禁止 / shall not.</summary>
    ShallNot,
    /// <summary>推荐: 宜 / 推荐 / 建议 / should.</summary>
    Should,
    /// <summary>不推荐: 不宜 / should not.</summary>
    ShouldNot,
    /// <summary>允许: 可 / 可以 / 允许 / may.</summary>
    May,
    /// <summary>无须: 不必 / 无须 / 可以不 / need not.</summary>
    NeedNot,
    /// <summary>能力: 能 / 能够 / can.</summary>
    Can,
    /// <summary>不能: 不能 / cannot.</summary>
    Cannot,
}
