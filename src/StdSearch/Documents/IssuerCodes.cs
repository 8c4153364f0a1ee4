using System.Collections.Frozen;

namespace StdSearch.Documents;

/// <summary>
/// The issuer tables of DOMAIN.md §1.3–1.5: Chinese national codes, industry codes and their sectors, province
/// codes (GB/T 2260) and the city codes used by city-level local standards. Immutable, shared, thread-safe.
/// </summary>
internal static class IssuerCodes
{
    /// <summary>National-level series. GB, GBZ and GBJ are mandatory when unsuffixed.</summary>
    public static readonly FrozenSet<string> National = FrozenSet.Create(StringComparer.Ordinal,
        "GB", "GBZ", "GBJ", "GJB", "JJF", "JJG", "TSG", "ZB");

    /// <summary>Industry code → sector (DOMAIN.md §1.4). <c>DB</c> here is the seismology series (<c>DB/T</c>, no digits).</summary>
    public static readonly FrozenDictionary<string, string> IndustrySectors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AQ"] = "安全生产", ["BB"] = "包装", ["CB"] = "船舶", ["CH"] = "测绘", ["CJ"] = "城镇建设",
        ["CJJ"] = "城镇建设工程", ["CY"] = "新闻出版", ["DA"] = "档案", ["DB"] = "地震", ["DL"] = "电力",
        ["DZ"] = "地质矿产", ["EJ"] = "核工业", ["FZ"] = "纺织", ["GA"] = "公共安全", ["GH"] = "供销合作",
        ["GM"] = "密码", ["GY"] = "广播电影电视", ["HB"] = "航空", ["HG"] = "化工", ["HJ"] = "环境保护",
        ["HS"] = "海关", ["HY"] = "海洋", ["JB"] = "机械", ["JC"] = "建材", ["JG"] = "建筑工业",
        ["JGJ"] = "建筑工程", ["JR"] = "金融", ["JT"] = "交通", ["JTG"] = "公路工程", ["JY"] = "教育",
        ["LB"] = "旅游", ["LD"] = "劳动和劳动安全", ["LS"] = "粮食", ["LY"] = "林业", ["MH"] = "民用航空",
        ["MT"] = "煤炭", ["MZ"] = "民政", ["NB"] = "能源", ["NB/SH"] = "石油化工", ["NY"] = "农业",
        ["QB"] = "轻工", ["QC"] = "汽车", ["QJ"] = "航天", ["QX"] = "气象", ["RB"] = "认证认可",
        ["SB"] = "商业", ["SC"] = "水产", ["SF"] = "司法", ["SH"] = "石油化工", ["SJ"] = "电子",
        ["SL"] = "水利", ["SN"] = "出入境检验检疫", ["SW"] = "税务", ["SY"] = "石油天然气", ["TB"] = "铁道",
        ["TD"] = "土地管理", ["TY"] = "体育", ["WB"] = "物资管理", ["WH"] = "文化", ["WJ"] = "兵工民品",
        ["WM"] = "外经贸", ["WS"] = "卫生", ["WW"] = "文物保护", ["XB"] = "稀土", ["XF"] = "消防救援",
        ["YB"] = "黑色冶金", ["YC"] = "烟草", ["YD"] = "通信", ["YS"] = "有色金属", ["YY"] = "医药",
        ["YZ"] = "邮政", ["ZY"] = "中医药",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Province codes (first two digits of GB/T 2260) that issue DB standards.</summary>
    public static readonly FrozenDictionary<string, string> Provinces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["11"] = "北京", ["12"] = "天津", ["13"] = "河北", ["14"] = "山西", ["15"] = "内蒙古",
        ["21"] = "辽宁", ["22"] = "吉林", ["23"] = "黑龙江",
        ["31"] = "上海", ["32"] = "江苏", ["33"] = "浙江", ["34"] = "安徽", ["35"] = "福建", ["36"] = "江西", ["37"] = "山东",
        ["41"] = "河南", ["42"] = "湖北", ["43"] = "湖南", ["44"] = "广东", ["45"] = "广西", ["46"] = "海南",
        ["50"] = "重庆", ["51"] = "四川", ["52"] = "贵州", ["53"] = "云南", ["54"] = "西藏",
        ["61"] = "陕西", ["62"] = "甘肃", ["63"] = "青海", ["64"] = "宁夏", ["65"] = "新疆",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// City codes (four digits of GB/T 2260) for city-level local standards: provincial capitals and the cities
    /// known to issue DBnnnn standards. A city code not listed resolves to its province.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Cities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1301"] = "石家庄", ["1302"] = "唐山", ["1401"] = "太原", ["1501"] = "呼和浩特", ["1502"] = "包头",
        ["2101"] = "沈阳", ["2102"] = "大连", ["2201"] = "长春", ["2202"] = "吉林市", ["2301"] = "哈尔滨",
        ["3201"] = "南京", ["3202"] = "无锡", ["3204"] = "常州", ["3205"] = "苏州",
        ["3301"] = "杭州", ["3302"] = "宁波", ["3303"] = "温州", ["3401"] = "合肥",
        ["3501"] = "福州", ["3502"] = "厦门", ["3601"] = "南昌", ["3701"] = "济南", ["3702"] = "青岛",
        ["4101"] = "郑州", ["4201"] = "武汉", ["4301"] = "长沙",
        ["4401"] = "广州", ["4403"] = "深圳", ["4404"] = "珠海", ["4406"] = "佛山", ["4419"] = "东莞", ["4420"] = "中山",
        ["4501"] = "南宁", ["4601"] = "海口", ["4602"] = "三亚", ["5101"] = "成都", ["5201"] = "贵阳",
        ["5301"] = "昆明", ["5401"] = "拉萨", ["6101"] = "西安", ["6201"] = "兰州", ["6301"] = "西宁",
        ["6401"] = "银川", ["6501"] = "乌鲁木齐",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The region a DB code stands for: the city when known, else the province; null for an unknown province.</summary>
    public static string? RegionOf(string regionCode)
    {
        if (regionCode.Length == 4 && Cities.TryGetValue(regionCode, out var city)) return city;
        return regionCode.Length >= 2 && Provinces.TryGetValue(regionCode[..2], out var province) ? province : null;
    }

    /// <summary>
    /// Every run of capitals an id can start with (the letters before the first non-letter): the finder tries the
    /// grammar only where such a word stands, so ordinary text costs one look-up per word.
    /// </summary>
    public static readonly FrozenSet<string> LeadingWords = National
        .Concat(IndustrySectors.Keys.Select(code => code.Split('/')[0]))
        .Concat(["DBS", "T", "Q", "CECS", "ISO", "IEC", "ITU", "EN", "BS", "DIN", "NF", "UNE", "NEN", "SS", "PN", "CSN", "UNI",
            "ASTM", "ANSI", "IEEE", "JIS", "KS", "CNS", "IETF", "RFC"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The industry alternation for the grammar, longest codes first so JGJ wins over JG.</summary>
    public const string IndustryAlternation =
        "NB/SH|CJJ|JGJ|JTG|AQ|BB|CB|CH|CJ|CY|DA|DB|DL|DZ|EJ|FZ|GA|GH|GM|GY|HB|HG|HJ|HS|HY|JB|JC|JG|JR|JT|JY|" +
        "LB|LD|LS|LY|MH|MT|MZ|NB|NY|QB|QC|QJ|QX|RB|SB|SC|SF|SH|SJ|SL|SN|SW|SY|TB|TD|TY|WB|WH|WJ|WM|WS|WW|XB|XF|" +
        "YB|YC|YD|YS|YY|YZ|ZY";

    /// <summary>The national alternation for the grammar, GBZ/GBJ before GB so GBZ is never read as GB/Z.</summary>
    public const string NationalAlternation = "GBZ|GBJ|GJB|GB|JJF|JJG|TSG|ZB";
}
