using System.Text;
using AngleSharp.Dom;

namespace StdSearch.Extraction.Html;

/// <summary>
/// What counts as page furniture on a portal or government page: tags that never carry the document (scripts,
/// navigation, forms) and class or id names of navigation, ads, share bars, breadcrumbs, footers and sidebars.
/// Pure functions.
/// </summary>
internal static class HtmlNoise
{
    /// <summary>Elements that are never content and are not counted as dropped text (invisible or not text).</summary>
    public const string InvisibleSelector = "script, style, noscript, template, iframe, object, embed, svg, canvas, link, meta";

    /// <summary>Elements that are page furniture by their tag or ARIA role, whatever they hold.</summary>
    public const string StructuralSelector =
        "nav, aside, button, select, textarea, input, menu, dialog, [role=navigation], [role=complementary], [role=search]";

    /// <summary>
    /// Elements that are usually furniture but sometimes wrap the whole page (ASP.NET pages put everything in a
    /// <c>form</c>): removed only when they do not hold most of the text.
    /// </summary>
    public const string LikelySelector = "form, [role=banner], [role=contentinfo]";

    private static readonly HashSet<string> NoiseWords = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navi", "navigation", "menu", "menubar", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "banner", "share",
        "sharing", "social", "footer", "foot", "sidebar", "sidenav", "related", "recommend", "copyright", "toolbar", "topbar",
        "sitemap", "popup", "modal", "cookie", "cookies", "login", "weixin", "wechat", "qrcode", "gotop", "backtop",
    };

    private static readonly string[] NoisePrefixes =
        ["breadcrumb", "navbar", "sidebar", "footer", "copyright", "advert", "adsby", "sharebar", "share-", "related"];

    /// <summary>Header and footer elements outside an article are the site's, not the document's.</summary>
    public static bool IsSiteHeaderOrFooter(IElement element) =>
        element.LocalName is "header" or "footer" && element.Closest("article, main") is null;

    /// <summary>True when the element's class or id names navigation, ads, share bars, breadcrumbs, footers and the like.</summary>
    public static bool HasNoiseName(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article") return false;
        return IsNoiseName(element.ClassName) || IsNoiseName(element.Id);
    }

    /// <summary>True when a class or id value contains a noise word (split at punctuation, spaces and camelCase).</summary>
    public static bool IsNoiseName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var lower = value.ToLowerInvariant();
        foreach (var prefix in NoisePrefixes)
            if (lower.Contains(prefix, StringComparison.Ordinal)) return true;
        foreach (var word in Words(value))
            if (NoiseWords.Contains(word)) return true;
        return false;
    }

    private static IEnumerable<string> Words(string value)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var boundary = !char.IsAsciiLetterOrDigit(c)
                || (char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]))
                || (char.IsDigit(c) != (i > 0 && char.IsDigit(value[i - 1])) && i > 0 && char.IsAsciiLetterOrDigit(value[i - 1]));
            if (boundary && sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        if (sb.Length > 0) yield return sb.ToString();
    }
}
