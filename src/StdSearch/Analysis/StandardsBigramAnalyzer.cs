using Lucene.Net.Analysis;
using StdSearch.Text;

namespace StdSearch.Analysis;

/// <summary>
/// The bigram analyzer for recall: folded text, overlapping Chinese bigrams (a lone ideograph stays a unigram), Latin
/// words, numbers and standard numbers as in the word analyzer. A quoted phrase matches any substring, however the
/// word breaker would have split it. Thread-safe.
/// </summary>
public sealed class StandardsBigramAnalyzer : Analyzer
{
    private readonly TextFolder _folder;

    /// <summary>Creates the analyzer with the shared <see cref="TextFolder.Default"/> or the given folder.</summary>
    public StandardsBigramAnalyzer(TextFolder? folder = null) => _folder = folder ?? TextFolder.Default;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new StandardsTokenizer(reader, CjkSegmentation.Bigrams, _folder));
}
