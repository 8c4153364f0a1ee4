namespace StdSearch.Text;

/// <summary>How runs of Chinese characters become tokens.</summary>
public enum CjkSegmentation
{
    /// <summary>Dictionary words from ICU (where a query's words end; diffs and comparison).</summary>
    Words,
    /// <summary>Overlapping bigrams, a lone ideograph as a unigram (what the index holds).</summary>
    Bigrams,
}
