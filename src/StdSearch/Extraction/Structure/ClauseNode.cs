using StdSearch.Documents;

namespace StdSearch.Extraction.Structure;

/// <summary>A clause while the tree is being built (mutable, private to the parser); frozen into a <see cref="Clause"/>.</summary>
internal sealed class ClauseNode
{
    public ClauseNode(ClauseKind kind) => Kind = kind;

    public ClauseKind Kind { get; }
    public string Number { get; init; } = "";
    public ClauseNumber Numbering { get; init; }
    public string Heading { get; set; } = "";
    public string Text { get; set; } = "";
    public string EnglishTerm { get; set; } = "";
    public AnnexStatus AnnexStatus { get; set; }
    public List<IReadOnlyList<string>> Rows { get; } = [];
    public List<ClauseNode> Children { get; } = [];
    public int FirstPage { get; private set; }
    public int LastPage { get; private set; }

    /// <summary>True for chapters, clauses and terms: nodes that carry a clause number.</summary>
    public bool IsNumbered => Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term && !Numbering.IsEmpty;

    public void Touch(int page)
    {
        if (page <= 0) return;
        if (FirstPage == 0 || page < FirstPage) FirstPage = page;
        if (page > LastPage) LastPage = page;
    }

    public void AppendText(string text) => Text = TextTools.JoinContinuation(Text, text);

    public IEnumerable<ClauseNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.DescendantsAndSelf())
                yield return d;
    }

    public Clause Freeze()
    {
        var children = Children.Select(c => c.Freeze()).ToList();
        var first = FirstPage;
        var last = LastPage;
        foreach (var c in children)
        {
            if (c.Pages.Count == 0) continue;
            if (first == 0 || c.Pages[0] < first) first = c.Pages[0];
            if (c.Pages[^1] > last) last = c.Pages[^1];
        }
        return new Clause
        {
            Kind = Kind,
            Number = Number,
            Heading = Heading,
            Text = Text,
            Pages = first == 0 ? [] : [first, last],
            AnnexStatus = AnnexStatus,
            Rows = Rows.ToList(),
            Children = children,
        };
    }
}
