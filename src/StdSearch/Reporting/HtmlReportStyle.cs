namespace StdSearch.Reporting;

/// <summary>The CSS every self-contained HTML report starts with: page, headings, summary cards, tables and tags.</summary>
internal static class HtmlReportStyle
{
    /// <summary>The shared rules, ending with a line break; a report appends its own.</summary>
    public const string Base = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f6f7f9;color:#222;font-size:14px;line-height:1.6}
        main{max-width:1320px;margin:0 auto;padding:16px 20px}
        h1{font-size:20px;margin:4px 0 12px}h2{font-size:16px;margin:24px 0 8px;border-left:4px solid #3367d6;padding-left:8px}
        .cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:10px}
        .card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 14px;min-width:120px}
        .card b{display:block;font-size:20px}.card span{color:#666;font-size:12px}
        table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
        th,td{border:1px solid #dde1e6;padding:5px 8px;vertical-align:top;word-wrap:break-word;overflow-wrap:anywhere}
        th{background:#eef1f5;font-weight:600;text-align:left}
        .tag{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;white-space:nowrap}

        """;
}
