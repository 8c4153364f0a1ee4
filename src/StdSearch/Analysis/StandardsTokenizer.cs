using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using StdSearch.Text;

namespace StdSearch.Analysis;

/// <summary>
/// The Lucene face of <see cref="StandardTextTokenizer"/>: reads the field's text, tokenizes it once in
/// <see cref="Reset"/>, then hands the tokens out with offsets into the original text (corrected for any char filter).
/// </summary>
/// <remarks>
/// Lucene reuses one instance per thread and field (the analyzer's reuse strategy), so each instance owning its own
/// ICU break iterator makes the analyzers safe to use from many threads. Lucene calls Dispose after every use and
/// then SetReader again; the ICU iterator therefore lives as long as the instance and is released with it.
/// </remarks>
internal sealed class StandardsTokenizer : Tokenizer
{
    private readonly StandardTextTokenizer _core;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private char[] _readBuffer = new char[4096];
    private int _length;
    private int _next;

    public StandardsTokenizer(TextReader input, CjkSegmentation segmentation, TextFolder folder) : base(input)
    {
        _core = new StandardTextTokenizer(segmentation, folder);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var slots = _core.Slots;
        if (_next >= slots.Count) return false;
        var s = slots[_next++];
        if (s.Special is { } special) _term.SetEmpty().Append(special);
        else _term.CopyBuffer(_core.FoldedBufferArray, s.FoldedStart, s.FoldedLength);
        _offset.SetOffset(CorrectOffset(s.Start), CorrectOffset(s.End));
        _positionIncrement.PositionIncrement = s.PositionIncrement;
        _type.Type = TypeNames[(int)s.Kind];
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        int read;
        while ((read = m_input.Read(_readBuffer, _length, _readBuffer.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _readBuffer.Length) Array.Resize(ref _readBuffer, _readBuffer.Length * 2);
        }
        _core.Analyze(new string(_readBuffer, 0, _length));
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private static readonly string[] TypeNames = Enum.GetNames<TokenKind>().Select(n => "<" + n.ToLowerInvariant() + ">").ToArray();
}
