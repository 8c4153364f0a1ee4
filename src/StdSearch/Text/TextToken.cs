namespace StdSearch.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A Chinese word from the word breaker.</summary>
    Word,
    /// <summary>Two overlapping ideographs (bigram mode).</summary>
    Bigram,
    /// <summary>A lone ideograph (bigram mode, or a one-character word).</summary>
    Unigram,
    /// <summary>A run of Latin (or other alphabetic) letters.</summary>
    Latin,
    /// <summary>A number, decimal or dotted (<c>25</c>, <c>0.5</c>, <c>4.1.2</c>).</summary>
    Number,
    /// <summary>A standard number kept whole (<c>gb/t 7714-2015</c>) and its undated and bare-number variants.</summary>
    StandardId,
    /// <summary>A unit or percent sign that carries meaning (<c>℃</c>, <c>%</c>, <c>‰</c>).</summary>
    Symbol,
}

/// <summary>A token: the folded term and where it came from in the original text.</summary>
/// <param name="Term">The folded term as indexed.</param>
/// <param name="Start">Offset of the first original character.</param>
/// <param name="End">Offset just past the last original character.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="PositionIncrement">1 for a new position; 0 for a variant stacked on the previous token.</param>
public readonly record struct TextToken(string Term, int Start, int End, TokenKind Kind, int PositionIncrement = 1);
