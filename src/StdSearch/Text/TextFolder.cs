namespace StdSearch.Text;

/// <summary>
/// Folds text for matching: full width to half width (including the ideographic space), case, every dash to
/// <c>-</c>, wave dashes to <c>~</c>, Traditional to Simplified characters (ICU's table), and a short list of
/// Taiwan/Hong Kong vocabulary to mainland words (軟體→软件, 資訊→信息, 網路→网络 …; DOMAIN.md §7).
/// Folding is for matching only: <see cref="Fold"/> keeps the way back to the original offsets.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; build it once (about 10 ms) and share it. <see cref="Default"/> is that shared instance.
/// The vocabulary step maps only words whose mainland form is unambiguous; 資料 and 質量, whose meaning differs
/// between the two usages, are left as the characters fold them.
/// </remarks>
public sealed class TextFolder
{
    private static readonly Lazy<TextFolder> Shared = new(() => new TextFolder(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Taiwan/Hong Kong usage (after character folding) → mainland usage. Entries are applied longest first.
    private static readonly (string From, string To, string NotAfter)[] Vocabulary =
    [
        ("积体电路", "集成电路", ""),
        ("位元组", "字节", ""),
        ("伺服器", "服务器", ""),
        ("软体", "软件", ""),
        ("硬体", "硬件", ""),
        ("韧体", "固件", ""),
        ("资讯", "信息", ""),
        ("网路", "网络", ""),
        ("程式", "程序", "方"),   // 方程式 (equation) is the same word in both usages
        ("介面", "接口", ""),
        ("位元", "比特", "单"),   // 单位元 (unit element) is not 位元
        ("晶片", "芯片", ""),
        ("雷射", "激光", ""),
        ("数位", "数字", ""),
        ("类比", "模拟", ""),
        ("列印", "打印", ""),
        ("萤幕", "屏幕", ""),
        ("品质", "质量", ""),
        ("记忆体", "内存", ""),
        ("档案", "文件", ""),
        ("预设", "默认", ""),
        ("讯息", "消息", ""),
        ("纪录", "记录", ""),     // 紀錄 (Taiwan) is 记录; folding mainland 纪录 alike keeps both spellings matching
        ("资料库", "数据库", ""),
        ("通讯协定", "通信协议", ""),
        ("协定", "协议", ""),
    ];

    private readonly CharFoldingTable _table;
    private readonly (string From, string To, string NotAfter)[] _vocabulary;
    private readonly bool[] _vocabularyStarts;

    /// <summary>Builds the folding tables from the system's ICU.</summary>
    /// <exception cref="InvalidOperationException">libicu is not installed.</exception>
    public TextFolder()
    {
        _table = CharFoldingTable.Build();
        _vocabulary = [.. Vocabulary.OrderByDescending(v => v.From.Length)];
        _vocabularyStarts = new bool[char.MaxValue + 1];
        foreach (var v in _vocabulary) _vocabularyStarts[v.From[0]] = true;
    }

    /// <summary>The process-wide shared folder (built on first use).</summary>
    public static TextFolder Default => Shared.Value;

    /// <summary>Number of Traditional characters the table folds to a different Simplified one.</summary>
    public int TraditionalCharacterCount => _table.TraditionalMappings;

    /// <summary>Folds one character (no vocabulary step).</summary>
    public char FoldChar(char c) => _table[c];

    /// <summary>Folds text and keeps the offsets back into it.</summary>
    public FoldedText Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new char[text.Length];
        var offsets = new int[text.Length + 1];
        var length = FoldInto(text, folded, offsets);
        return new FoldedText(text, new string(folded, 0, length), offsets[..(length + 1)]);
    }

    /// <summary>Folds text for matching when the way back is not needed (queries, keys).</summary>
    public string FoldToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        var folded = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var offsets = text.Length <= 512 ? stackalloc int[text.Length + 1] : new int[text.Length + 1];
        var length = FoldInto(text, folded, offsets);
        return new string(folded[..length]);
    }

    /// <summary>
    /// The hot path: folds <paramref name="source"/> into <paramref name="folded"/> (at least as long as the source)
    /// and writes, for each folded character and one past the end, the original offset into
    /// <paramref name="originalOffsets"/> (at least source length + 1). Returns the folded length.
    /// </summary>
    internal int FoldInto(ReadOnlySpan<char> source, Span<char> folded, Span<int> originalOffsets)
    {
        var table = _table;
        var hasVocabulary = false;
        for (var i = 0; i < source.Length; i++)
        {
            var f = table[source[i]];
            folded[i] = f;
            originalOffsets[i] = i;
            hasVocabulary |= _vocabularyStarts[f];
        }
        originalOffsets[source.Length] = source.Length;
        return hasVocabulary ? ApplyVocabulary(folded, originalOffsets, source.Length) : source.Length;
    }

    private int ApplyVocabulary(Span<char> folded, Span<int> offsets, int length)
    {
        var write = 0;
        for (var read = 0; read < length;)
        {
            var c = folded[read];
            if (_vocabularyStarts[c] && TryMatchVocabulary(folded[..length], read, out var entry))
            {
                var from = entry.From.Length;
                for (var k = 0; k < entry.To.Length; k++)
                {
                    folded[write + k] = entry.To[k];
                    // Each replacement character points at the original character in the same position, or the last one.
                    offsets[write + k] = offsets[read + Math.Min(k, from - 1)];
                }
                write += entry.To.Length;
                read += from;
                continue;
            }
            folded[write] = c;
            offsets[write] = offsets[read];
            write++;
            read++;
        }
        offsets[write] = offsets[length];
        return write;
    }

    private bool TryMatchVocabulary(ReadOnlySpan<char> text, int at, out (string From, string To, string NotAfter) entry)
    {
        foreach (var v in _vocabulary)
        {
            if (text[at..].StartsWith(v.From, StringComparison.Ordinal)
                && !(v.NotAfter.Length > 0 && at > 0 && v.NotAfter.Contains(text[at - 1])))
            {
                entry = v;
                return true;
            }
        }
        entry = default;
        return false;
    }
}
