using Lucene.Net.Analysis;
using StdSearch.Text;

namespace StdSearch.Analysis;

/// <summary>
/// The word analyzer: folded text (width, case, Traditional→Simplified), ICU dictionary words for Chinese, Latin words,
/// whole numbers and whole standard numbers. No stop words (see <see cref="StandardTextTokenizer"/>). Thread-safe.
/// </summary>
public sealed class StandardsWordAnalyzer : Analyzer
{
    private readonly TextFolder _folder;

    /// <summary>Creates the analyzer with the shared <see cref="TextFolder.Default"/> or the given folder.</summary>
    public StandardsWordAnalyzer(TextFolder? folder = null) => _folder = folder ?? TextFolder.Default;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new StandardsTokenizer(reader, CjkSegmentation.Words, _folder));
}
