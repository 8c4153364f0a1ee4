namespace StdSearch.Documents;

/// <summary>Why extraction doubts part of a document.</summary>
public enum WarningCode
{
    /// <summary>A page has no text layer (an image-only scan); its content is missing.</summary>
    PageWithoutText,
    /// <summary>A page's text is garbled (fonts without a Unicode map, private-use glyphs, (cid:n) runs).</summary>
    GarbledText,
    /// <summary>Clause numbering skips or goes backwards.</summary>
    NumberingGap,
    /// <summary>The document says it is a draft (征求意见稿, 送审稿, 报批稿); a draft is not an edition.</summary>
    Draft,
    /// <summary>No standard number was found; the document is indexed under a name from its file.</summary>
    NoStandardId,
    /// <summary>The body (or a long part of it) appears twice.</summary>
    RepeatedBody,
    /// <summary>Text that looks like web-page noise (navigation, ads) was dropped.</summary>
    NoiseRemoved,
    /// <summary>The document does not look like a standard (a notice, a plan).</summary>
    NotAStandard,
    /// <summary>Anything else worth a reader's attention.</summary>
    Other,
}

/// <summary>Something doubtful found while extracting a document.</summary>
/// <param name="Code">The kind of problem.</param>
/// <param name="Message">A sentence for a person.</param>
/// <param name="Page">The 1-based page, when the problem is on one page.</param>
public sealed record ExtractionWarning(WarningCode Code, string Message, int? Page = null);
