using System.Text;

namespace StdSearch.Lifecycle;

/// <summary>The columns of a catalogue the importer understands.</summary>
internal enum Field
{
    Id,
    Title,
    Status,
    Issued,
    Effective,
    Replaces,
    ReplacedBy,
}

/// <summary>Header and status vocabularies of catalogue files, Chinese and English.</summary>
internal static class CatalogueColumns
{
    // Headers compared after folding: lower case, half width, without spaces, underscores, hyphens and bracketed notes.
    private static readonly (Field Field, string[] Headers)[] Headers =
    [
        (Field.Id, ["标准号", "标准编号", "标准代号", "标准号码", "编号", "id", "standardid", "standardno", "standardno.", "standardnumber", "number", "code", "designation", "reference"]),
        (Field.Title, ["标准名称", "中文名称", "中文标准名称", "名称", "标准中文名称", "title", "chinesetitle", "name", "standardname", "titlecn", "titlezh"]),
        (Field.Status, ["状态", "标准状态", "现行状态", "status", "state", "standardstatus"]),
        (Field.Issued, ["发布日期", "发布时间", "批准日期", "issued", "issuedate", "issuedon", "publicationdate", "published", "releasedate", "dateofissue"]),
        (Field.Effective, ["实施日期", "实施时间", "effective", "effectivedate", "implementationdate", "implemented", "dateofimplementation", "inforcefrom"]),
        (Field.Replaces, ["代替标准", "代替", "替代的标准", "代替标准号", "replaces", "supersedes", "replacing", "replacedstandard"]),
        (Field.ReplacedBy, ["被代替标准", "替代标准", "被替代标准", "被代替", "replacedby", "supersededby", "successor"]),
    ];

    private static readonly Dictionary<string, Field> ByHeader =
        Headers.SelectMany(h => h.Headers.Select(name => (Key: Normalise(name), h.Field)))
            .ToDictionary(p => p.Key, p => p.Field, StringComparer.Ordinal);

    /// <summary>The recognised columns of a header row; the first column naming a field wins.</summary>
    public static Dictionary<Field, int> Recognise(IReadOnlyList<string> cells)
    {
        var result = new Dictionary<Field, int>();
        for (var i = 0; i < cells.Count; i++)
            if (ByHeader.TryGetValue(Normalise(cells[i]), out var field)) result.TryAdd(field, i);
        return result;
    }

    /// <summary>The field's name as reported (<c>replacedBy</c>).</summary>
    public static string Name(Field field) => field switch
    {
        Field.ReplacedBy => "replacedBy",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>The status a catalogue writes, or null when the text is not a status.</summary>
    public static LifecycleStatus? Status(string text) => Normalise(text) switch
    {
        "现行" or "现行有效" or "有效" or "現行" or "current" or "valid" or "active" or "inforce" or "published" => LifecycleStatus.Current,
        "即将实施" or "尚未实施" or "未实施" or "即將實施" or "upcoming" or "forthcoming" or "notyetinforce" or "tobeimplemented" => LifecycleStatus.Upcoming,
        "被代替" or "已被代替" or "被替代" or "已替代" or "代替" or "部分代替" or "有更新版" or "replaced" or "superseded"
            or "revised" => LifecycleStatus.Replaced,
        "废止" or "已废止" or "作废" or "廢止" or "abolished" or "withdrawn" or "repealed" or "cancelled" or "canceled" => LifecycleStatus.Abolished,
        _ => null,
    };

    private static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        var depth = 0;
        foreach (var raw in s)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (c == '\uFEFF' || char.IsWhiteSpace(c) || c is '_' or '-' or '*') continue;
            if (c == '(') { depth++; continue; }
            if (c == ')') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0) continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
