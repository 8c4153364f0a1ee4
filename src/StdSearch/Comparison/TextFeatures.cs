using System.Text;
using System.Text.RegularExpressions;
using StdSearch.Comparison.Requirements;
using StdSearch.Documents;

namespace StdSearch.Comparison;

/// <summary>
/// Language-neutral features of a clause: numbers, cited standard ids and modal verbs, read from folded text.
/// Pure functions, thread-safe.
/// </summary>
internal static partial class TextFeatures
{
    // A number with optional thousands groups ("2 400", "1,000") and decimals; CJK text may touch it (不小于1.5).
    [GeneratedRegex(@"(?<![0-9.])\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?(?![0-9])|(?<![0-9.])\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(shall not|shall|should not|should|may|need not|can ?not|can|must)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishModal();

    /// <summary>Normalised numbers (thousands separators removed, trailing decimal zeros dropped), cited ids masked out.</summary>
    public static IReadOnlyList<string> Numbers(string folded)
    {
        var masked = MaskIds(folded);
        var result = new List<string>();
        foreach (Match m in NumberPattern().Matches(masked))
        {
            var value = m.Value.Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (value.Contains('.')) value = value.TrimEnd('0').TrimEnd('.');
            result.Add(value);
        }
        return result;
    }

    /// <summary>Canonical ids of the standards cited in the text.</summary>
    public static IReadOnlyList<string> CitedIds(string text)
    {
        if (text.Length < 4) return [];
        var list = new List<string>();
        foreach (var m in StandardIdFinder.FindAll(text)) list.Add(m.Id.Canonical);
        return list;
    }

    private static string MaskIds(string text)
    {
        if (text.Length < 4) return text;
        var ids = StandardIdFinder.FindAll(text);
        if (ids.Count == 0) return text;
        var sb = new StringBuilder(text);
        foreach (var id in ids)
            for (var i = id.Start; i < id.End && i < sb.Length; i++) sb[i] = '#';
        return sb.ToString();
    }

    /// <summary>
    /// Modal verbs in reading order, from word tokens (so 应 in 应用 or 可 in 可靠 is not one). 不 before a modal
    /// negates it; 应不大于 is 应 followed by a comparator, not 不应.
    /// </summary>
    public static IReadOnlyList<Modality> Modalities(IReadOnlyList<string> words, bool english, string folded)
    {
        var result = new List<Modality>();
        if (english)
        {
            foreach (Match m in EnglishModal().Matches(folded))
                result.Add(m.Value.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
                {
                    "shallnot" => Modality.ShallNot,
                    "shall" or "must" => Modality.Shall,
                    "shouldnot" => Modality.ShouldNot,
                    "should" => Modality.Should,
                    "may" => Modality.May,
                    "neednot" => Modality.NeedNot,
                    "cannot" => Modality.Cannot,
                    _ => Modality.Can,
                });
            return result;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w == "不" && i + 1 < words.Count)
            {
                var negated = Negate(words[i + 1]);
                if (negated != Modality.None) { result.Add(negated); i++; continue; }
            }
            var m = Of(w);
            // 应能, 应可: the ability belongs to the requirement, not a second provision.
            if (m is Modality.Can or Modality.May && result.Count > 0 && result[^1] == Modality.Shall && i > 0 && Of(words[i - 1]) == Modality.Shall) continue;
            if (m == Modality.None && w.Length > 1 && w[0] == '应' && !NotModal.Contains(w)) m = Modality.Shall; // 应有, 应在
            if (m != Modality.None) result.Add(m);
        }
        return result;
    }

    private static Modality Of(string word) => word switch
    {
        "应" or "应当" or "应该" or "必须" or "须" => Modality.Shall,
        "不应" or "不得" or "严禁" or "禁止" or "不准" or "不准许" or "不应该" or "不允许" => Modality.ShallNot,
        "宜" or "推荐" or "建议" => Modality.Should,
        "不宜" or "不推荐" or "不建议" => Modality.ShouldNot,
        "可" or "可以" or "允许" or "得" => Modality.May,
        "不必" or "无须" or "无需" or "可不" => Modality.NeedNot,
        "能" or "能够" => Modality.Can,
        "不能" or "不能够" or "不可能" or "无法" => Modality.Cannot,
        _ => Modality.None,
    };

    // Words that begin with 应 but are not the modal verb (DOMAIN.md §4).
    private static readonly HashSet<string> NotModal = new(["应用", "应急", "应答", "应力", "应变", "应对", "应酬", "应聘", "应征", "应邀", "应付", "应收", "应激", "应届", "应运"], StringComparer.Ordinal);

    private static Modality Negate(string word)
    {
        if (word.Length > 1 && word[0] == '应' && !NotModal.Contains(word)) return Modality.ShallNot; // 不应有
        return NegateWord(word);
    }

    private static Modality NegateWord(string word) => word switch
    {
        "应" or "应当" or "应该" or "得" or "准" => Modality.ShallNot,
        "宜" => Modality.ShouldNot,
        "必" => Modality.NeedNot,
        "能" or "能够" => Modality.Cannot,
        _ => Modality.None,
    };

    /// <summary>The Chinese word a report prints for a modality; empty for <see cref="Modality.None"/>.</summary>
    public static string Chinese(Modality m) => m == Modality.None ? "" : Strictness.Word(m);

    /// <summary>Strength of an obligation for comparing two modal verbs on the same act: 应 3, 宜 2, 可 1; negatives mirrored.</summary>
    public static int Strength(Modality m) => m switch
    {
        Modality.Shall => 3,
        Modality.Should => 2,
        Modality.May or Modality.Can => 1,
        Modality.ShallNot => -3,
        Modality.ShouldNot => -2,
        Modality.NeedNot or Modality.Cannot => -1,
        _ => 0,
    };

    /// <summary>
    /// Text for the editorial check: folded, self-references unified (本标准/本部分/本规范 → 本文件), whitespace and
    /// punctuation removed (comparison symbols, units and signs kept).
    /// </summary>
    public static string EditorialKey(string folded)
    {
        var s = folded.Replace("本标准", "本文件", StringComparison.Ordinal)
            .Replace("本部分", "本文件", StringComparison.Ordinal)
            .Replace("本规范", "本文件", StringComparison.Ordinal)
            .Replace("本指导性技术文件", "本文件", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c) || c is '℃' or '%' or '‰' or '°' or '±' or '≤' or '≥' or '<' or '>' or '~' or '≦' or '≧' or '+' or '-' or '×' or '/' or '=')
                sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Text without whitespace, for the identical check.</summary>
    public static string WithoutSpace(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Share of CJK ideographs among the letters of a text sample.</summary>
    public static double CjkShare(IEnumerable<string> texts)
    {
        long cjk = 0, letters = 0;
        foreach (var t in texts)
            foreach (var c in t)
            {
                if (Text.CjkCharacters.IsIdeographicLetter(c)) { cjk++; letters++; }
                else if (char.IsLetter(c)) letters++;
            }
        // A Latin word is several letters and one CJK word about two characters: weigh so that mixed text reads as Chinese.
        return letters == 0 ? 0 : cjk * 3.0 / (letters + cjk * 2.0);
    }
}
