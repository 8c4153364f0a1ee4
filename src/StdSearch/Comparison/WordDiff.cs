using DiffPlex;
using StdSearch.Text;

namespace StdSearch.Comparison;

/// <summary>
/// Word-level diff: DiffPlex's Myers diff over pieces cut by the ICU word breaker (<see cref="IcuWordChunker"/>). Pieces
/// compare by their folded form, so Traditional and Simplified or full- and half-width spellings are equal, and the
/// result carries each side's original text. Not thread-safe (the tokenizer): one per thread.
/// </summary>
internal sealed class WordDiff(StandardTextTokenizer tokenizer, TextFolder folder)
{
    public IReadOnlyList<DiffPiece> Diff(string a, string b)
    {
        var chunker = new IcuWordChunker(tokenizer, folder);
        var result = Differ.Instance.CreateDiffs(a, b, false, false, chunker);
        var pa = chunker.Segments(a);
        var pb = chunker.Segments(b);
        var pieces = new List<DiffPiece>();
        int ia = 0, ib = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (ia < block.DeleteStartA && ib < block.InsertStartB) Add(pieces, DiffOperation.Equal, pa[ia++].Text, pb[ib++].Text);
            for (var k = 0; k < block.DeleteCountA; k++) Add(pieces, DiffOperation.Deleted, pa[ia++].Text, "");
            for (var k = 0; k < block.InsertCountB; k++) Add(pieces, DiffOperation.Inserted, "", pb[ib++].Text);
        }
        while (ia < pa.Count && ib < pb.Count) Add(pieces, DiffOperation.Equal, pa[ia++].Text, pb[ib++].Text);
        while (ia < pa.Count) Add(pieces, DiffOperation.Deleted, pa[ia++].Text, "");
        while (ib < pb.Count) Add(pieces, DiffOperation.Inserted, "", pb[ib++].Text);
        return pieces;
    }

    // Neighbouring pieces of one operation merge, so a diff reads in phrases.
    private static void Add(List<DiffPiece> pieces, DiffOperation op, string a, string b)
    {
        if (pieces.Count > 0 && pieces[^1].Operation == op)
        {
            var last = pieces[^1];
            pieces[^1] = last with { A = last.A + a, B = last.B + b };
        }
        else pieces.Add(new DiffPiece(op, a, b));
    }
}

/// <summary>
/// DiffPlex chunker that cuts text into ICU words, numbers, standard ids and single punctuation marks. Chunks are the
/// folded forms (the diff compares them); <see cref="Segments"/> gives the original text of each chunk, whitespace
/// included with the chunk that follows it, so the pieces join back into the original text exactly.
/// </summary>
internal sealed class IcuWordChunker(StandardTextTokenizer tokenizer, TextFolder folder) : IChunker
{
    private readonly Dictionary<string, List<(string Key, string Text)>> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Chunk(string text) => Segments(text).Select(s => s.Key).ToArray();

    public List<(string Key, string Text)> Segments(string text)
    {
        if (_cache.TryGetValue(text, out var cached)) return cached;
        var segments = new List<(string Key, string Text)>();
        var pending = 0; // start of the original text not yet given to a segment
        var pos = 0;
        foreach (var token in tokenizer.Tokenize(text))
        {
            if (token.PositionIncrement == 0 || token.Start < pos) continue;
            Gap(token.Start);
            segments.Add((token.Term, text[pending..token.End]));
            pending = pos = token.End;
        }
        Gap(text.Length);
        if (pending < text.Length)
        {
            if (segments.Count > 0) segments[^1] = (segments[^1].Key, segments[^1].Text + text[pending..]);
            else segments.Add(("", text[pending..]));
        }
        _cache[text] = segments;
        return segments;

        void Gap(int end)
        {
            for (var i = pos; i < end; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c)) continue;
                segments.Add((folder.FoldChar(c).ToString(), text[pending..(i + 1)]));
                pending = i + 1;
            }
            pos = end;
        }
    }
}
