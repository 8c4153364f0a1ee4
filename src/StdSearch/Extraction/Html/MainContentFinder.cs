using AngleSharp.Dom;

namespace StdSearch.Extraction.Html;

/// <summary>
/// Finds the block that holds a page's document: among <c>div</c>, <c>article</c>, <c>main</c>, <c>section</c>,
/// <c>td</c> and the body, the one with the highest text density score — text outside links, weighted by the share of
/// the block's text that is not link text (squared, so a block padded with link lists loses to the article inside it).
/// Then it narrows to a child that holds nearly all the text, unless a heading of the document sits outside that child.
/// </summary>
internal sealed class MainContentFinder(IElement body)
{
    private const double NarrowShare = 0.85;
    private readonly Dictionary<IElement, (int Text, int Link)> _counts = [];

    public IElement Find()
    {
        Count(body);
        var best = body;
        var bestScore = Score(body);
        foreach (var element in body.Descendants<IElement>())
        {
            if (!IsCandidate(element)) continue;
            var score = Score(element);
            if (score > bestScore) { best = element; bestScore = score; }
        }

        while (true)
        {
            var (text, _) = _counts[best];
            var child = best.Children.Where(IsCandidate).MaxBy(c => _counts[c].Text);
            if (child is null || text == 0 || _counts[child].Text < text * NarrowShare) break;
            var headingOutside = best.QuerySelectorAll("h1, h2, h3").Any(h => !child.Contains(h) && h.TextContent.Trim().Length > 0);
            if (headingOutside) break;
            best = child;
        }
        return best;
    }

    private static bool IsCandidate(IElement element) => element.LocalName is "div" or "article" or "main" or "section" or "td" or "body";

    private double Score(IElement element)
    {
        var (text, link) = _counts[element];
        if (text == 0) return 0;
        var own = text - link;
        var share = (double)own / text;
        return own * share * share;
    }

    private (int Text, int Link) Count(IElement element)
    {
        int text = 0, link = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                text += LineText.CountVisible(t.Data);
            }
            else if (node is IElement child)
            {
                var (childText, childLink) = Count(child);
                text += childText;
                link += child.LocalName == "a" ? childText : childLink;
            }
        }
        _counts[element] = (text, link);
        return (text, link);
    }
}
