namespace StdSearch.Text;

/// <summary>How runs of Chinese characters become tokens.</summary>
public enum CjkSegmentation
{
    /// <summary>Dictionary words from ICU (precision; the word field).</summary>
    Words,
    /// <summary>Overlapping bigrams, a lone ideograph as a unigram (recall; the bigram field).</summary>
    Bigrams,
}
