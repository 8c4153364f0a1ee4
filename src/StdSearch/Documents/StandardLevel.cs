namespace StdSearch.Documents;

/// <summary>The level of the body that issues a standard (DOMAIN.md §1).</summary>
public enum StandardLevel
{
    /// <summary>The level could not be determined (for example a document without a standard number).</summary>
    Unknown = 0,
    /// <summary>International standards: ISO, IEC, ISO/IEC, ITU.</summary>
    International,
    /// <summary>Regional or foreign national standards: EN, BS, DIN, ASTM, ANSI, IEEE, JIS, KS, and CNS (Taiwan, issued outside the mainland system).</summary>
    Foreign,
    /// <summary>Chinese national standards: GB, GB/T, GB/Z and the national engineering and occupational series.</summary>
    National,
    /// <summary>Chinese industry (sector) standards such as JB/T, YD/T, JT/T.</summary>
    Industry,
    /// <summary>Chinese local standards: DBnn and DBnnnn (province and city level).</summary>
    Local,
    /// <summary>Group (association) standards: T/&lt;society&gt;.</summary>
    Group,
    /// <summary>Enterprise standards: Q/&lt;code&gt;.</summary>
    Enterprise,
}

/// <summary>Whether a Chinese standard is mandatory, recommended (/T) or a guidance document (/Z).</summary>
public enum StandardNature
{
    /// <summary>Not stated by the number (foreign and international standards, or an unsuffixed non-GB series).</summary>
    Unspecified = 0,
    /// <summary>强制性: an unsuffixed GB (or DBnn/ with a bare slash).</summary>
    Mandatory,
    /// <summary>推荐性: the /T suffix.</summary>
    Recommended,
    /// <summary>指导性技术文件: the /Z suffix.</summary>
    Guidance,
}
