namespace StdSearch.Comparison;

/// <summary>What happened to a clause between document A and document B.</summary>
public enum PairKind
{
    /// <summary>Same text after folding (Traditional→Simplified, width) and whitespace removal.</summary>
    Identical,

    /// <summary>Wording, punctuation or 本标准↔本文件 changed; numbers, units, comparators, modality and cited ids did not.</summary>
    Editorial,

    /// <summary>A number, unit, comparator, modal verb or cited id changed, or the text differs beyond the editorial threshold.</summary>
    Technical,

    /// <summary>Same (or editorially changed) content under a different clause number.</summary>
    Moved,

    /// <summary>A counterpart in another language; numbers, cited ids, glossary terms and modality agree.</summary>
    Translated,

    /// <summary>Only in B.</summary>
    Added,

    /// <summary>Only in A.</summary>
    Deleted,
}

/// <summary>How a pair was found.</summary>
public enum AlignmentMethod
{
    /// <summary>Not aligned (added or deleted).</summary>
    None,

    /// <summary>Same clause number and similar text.</summary>
    NumberAndText,

    /// <summary>Similar text under a different number.</summary>
    Text,

    /// <summary>One clause contained in (or containing) several on the other side.</summary>
    Containment,

    /// <summary>Cross-language: same clause number and agreeing language-neutral anchors (numbers, ids, glossary terms).</summary>
    NumberAndAnchors,

    /// <summary>Cross-language: same clause number only; the anchors disagree or there are none.</summary>
    Number,

    /// <summary>Cross-language: anchors only, under a different number.</summary>
    Anchors,
}

/// <summary>Operation of one piece of a word diff.</summary>
public enum DiffOperation
{
    /// <summary>On both sides.</summary>
    Equal,

    /// <summary>Only in A.</summary>
    Deleted,

    /// <summary>Only in B.</summary>
    Inserted,
}

/// <summary>
/// One piece of a word-level diff. <see cref="A"/> and <see cref="B"/> are the original text of each side (not folded),
/// so an equal piece may read differently (Traditional vs Simplified, spacing); a deleted piece has an empty B, an
/// inserted one an empty A.
/// </summary>
/// <param name="Operation">Equal, deleted or inserted.</param>
/// <param name="A">Text as printed in A.</param>
/// <param name="B">Text as printed in B.</param>
public readonly record struct DiffPiece(DiffOperation Operation, string A, string B);
