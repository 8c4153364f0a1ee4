using StdSearch.Text;

namespace StdSearch.Comparison.Requirements;

/// <summary>
/// Finds modal verbs by WORD (DOMAIN.md §4): the text is segmented with <see cref="StandardTextTokenizer"/>, so 应 in
/// 应用/对应/相应/供应/响应/适应, 可 in 可靠/认可/许可, 能 in 性能/功能 and 宜 in 适宜 are not modal verbs. Negations are read
/// with the verb (不 + 应 → 不应). English: shall, shall not, should, should not, may, may not, need not, can, cannot.
/// </summary>
internal static class ModalVerbs
{
    private static readonly Dictionary<string, Modality> Words = new(StringComparer.Ordinal)
    {
        ["应"] = Modality.Shall, ["应该"] = Modality.Shall, ["应当"] = Modality.Shall, ["必须"] = Modality.Shall, ["须"] = Modality.Shall,
        ["只准许"] = Modality.Shall,
        ["不应"] = Modality.ShallNot, ["不应该"] = Modality.ShallNot, ["不应当"] = Modality.ShallNot, ["不得"] = Modality.ShallNot,
        ["不准"] = Modality.ShallNot, ["不准许"] = Modality.ShallNot, ["不允许"] = Modality.ShallNot, ["严禁"] = Modality.ShallNot,
        ["禁止"] = Modality.ShallNot, ["不可"] = Modality.ShallNot,
        ["宜"] = Modality.Should, ["推荐"] = Modality.Should, ["建议"] = Modality.Should,
        ["不宜"] = Modality.ShouldNot, ["不推荐"] = Modality.ShouldNot, ["不建议"] = Modality.ShouldNot,
        ["可"] = Modality.May, ["可以"] = Modality.May, ["允许"] = Modality.May, ["准许"] = Modality.May, ["得"] = Modality.May,
        ["不必"] = Modality.NeedNot, ["无须"] = Modality.NeedNot, ["无需"] = Modality.NeedNot, ["可以不"] = Modality.NeedNot, ["可不"] = Modality.NeedNot,
        ["能"] = Modality.Can, ["能够"] = Modality.Can, ["可能"] = Modality.Can,
        ["不能"] = Modality.Cannot, ["不能够"] = Modality.Cannot, ["不可能"] = Modality.Cannot,
        ["shall"] = Modality.Shall, ["should"] = Modality.Should, ["may"] = Modality.May, ["can"] = Modality.Can,
        ["cannot"] = Modality.Cannot,
        // 方可/才能 (only then may): a condition that has to be met, read as a requirement
        ["方可"] = Modality.Shall, ["方能"] = Modality.Shall, ["才可"] = Modality.Shall, ["才能"] = Modality.Shall, ["才可以"] = Modality.Shall,
    };

    private static readonly HashSet<string> PermissibleNouns = new(StringComparer.Ordinal)
    {
        "误差", "偏差", "值", "范围", "温升", "载荷", "负荷", "压降", "公差", "间隙", "极限", "变化", "电流", "电压", "浓度",
    };

    // Words that start with 应 but are not the modal verb; any other word the segmenter glued to 应 (应有, 应按) is 应 + a word.
    private static readonly HashSet<string> NotModal = new(StringComparer.Ordinal)
    {
        "应用", "应急", "应力", "应变", "应答", "应届", "应酬", "应邀", "应聘", "应付", "应征", "应召", "应验", "应运", "应声", "应和", "应对",
        "应收", "应税", "应纳", "应试", "应景", "应时", "应战", "应援",
    };

    private static string ModalPart(string term) =>
        term.Length > 1 && term[0] == '应' && !NotModal.Contains(term) && !Words.ContainsKey(term) ? "应" : term;

    /// <summary>Every modal verb in <paramref name="text"/> with its offsets, in order.</summary>
    public static List<(int Start, int End, Modality Modality)> Find(StandardTextTokenizer tokenizer, string text)
    {
        var found = new List<(int, int, Modality)>();
        var tokens = tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && ModalPart(t.Term) != t.Term) t = t with { Term = "应", End = t.Start + 1 };
            if (t.PositionIncrement == 0 || t.Kind is not (TokenKind.Word or TokenKind.Unigram or TokenKind.Latin)) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            if (next.Term is not null && next.Kind == TokenKind.Word && ModalPart(next.Term) != next.Term) next = next with { Term = "应", End = next.Start + 1 };
            var adjacent = next.Term is not null && next.Start <= t.End + 1;
            if (t.Term == "不" && adjacent && Words.TryGetValue("不" + next.Term, out var negated))
            {
                found.Add((t.Start, next.End, negated));
                i++;
                continue;
            }
            if (t.Kind == TokenKind.Latin && adjacent && next.Term == "not")
            {
                var m = t.Term switch
                {
                    "shall" or "may" => Modality.ShallNot,
                    "should" => Modality.ShouldNot,
                    "need" => Modality.NeedNot,
                    "can" => Modality.Cannot,
                    _ => Modality.None,
                };
                if (m != Modality.None) { found.Add((t.Start, next.End, m)); i++; continue; }
            }
            // 应对 is "cope with", except in 应对…进行/采取/实施 (应 + 对: "shall, for …, carry out")
            if (t.Term == "应对" && tokens.Skip(i + 1).TakeWhile(x => x.Term is not ("，" or "。")).Any(x => x.Term is "进行" or "采取" or "实施" or "予以" or "开展"))
            {
                found.Add((t.Start, t.Start + 1, Modality.Shall));
                continue;
            }
            if (!Words.TryGetValue(t.Term, out var modality)) continue;
            if (t.Term is "可" or "能" or "可以" && i > 0 && tokens[i - 1].Term is "方" or "才" && tokens[i - 1].End >= t.Start)
                modality = Modality.Shall;
            // 允许误差, 允许偏差: a term, not a permission
            if (t.Term is "允许" or "准许" && adjacent && PermissibleNouns.Contains(next.Term!)) continue;
            if (t.Term is "可以" or "可" && adjacent && next.Term!.StartsWith('不')) { found.Add((t.Start, next.End, Modality.NeedNot)); i++; continue; }
            found.Add((t.Start, t.End, modality));
        }
        return found;
    }
}
