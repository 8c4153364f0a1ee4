namespace StdSearch.Documents;

/// <summary>What a structural element of a standard is (GB/T 1.1 terms in brackets).</summary>
public enum ClauseKind
{
    /// <summary>A numbered chapter (章): <c>4</c>.</summary>
    Chapter,
    /// <summary>A numbered subclause (条): <c>4.1</c>, <c>4.1.1</c> … up to five levels.</summary>
    Clause,
    /// <summary>An unnumbered front-matter element: 前言, 引言, or the foreword of an ISO document.</summary>
    Foreword,
    /// <summary>The introduction (引言); its subclauses 0.1, 0.2 are <see cref="Clause"/>.</summary>
    Introduction,
    /// <summary>An unnumbered paragraph (段).</summary>
    Paragraph,
    /// <summary>A list item (列项): <c>a)</c>, <c>1)</c>, <c>——</c>.</summary>
    ListItem,
    /// <summary>A note (注, 注1).</summary>
    Note,
    /// <summary>An example (示例).</summary>
    Example,
    /// <summary>A table (表N) with its rows.</summary>
    Table,
    /// <summary>A figure (图N); only its caption is text.</summary>
    Figure,
    /// <summary>A formula, with its number such as <c>(1)</c>.</summary>
    Formula,
    /// <summary>An annex (附录A), normative or informative.</summary>
    Annex,
    /// <summary>A term entry in the terms-and-definitions chapter (3.1 …).</summary>
    Term,
    /// <summary>The bibliography (参考文献).</summary>
    Bibliography,
    /// <summary>A section of a document that is not a standard (a policy notice numbered 一、（一）1.).</summary>
    Section,
}

/// <summary>Whether an annex is normative or informative.</summary>
public enum AnnexStatus
{
    /// <summary>Not an annex, or the status is not stated.</summary>
    None = 0,
    /// <summary>规范性 (normative; 1990s 标准的附录 / 补充件).</summary>
    Normative,
    /// <summary>资料性 (informative; 1990s 提示的附录 / 参考件).</summary>
    Informative,
}
