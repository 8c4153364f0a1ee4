using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StdSearch.Documents;
using StdSearch.Lifecycle;

namespace StdSearch.Reporting.Lifecycle;

/// <summary>
/// Writes citation checks as JSON with the keys hosts rely on: <c>document</c>, <c>references</c> [{<c>cited</c>,
/// <c>canonical</c>, <c>dated</c>, <c>status</c>, <c>current</c>, <c>verdict</c>, <c>where</c>}]; the portfolio as
/// [{<c>key</c>, <c>id</c>, <c>status</c>, <c>references</c>, <c>outOfDate</c>, <c>unknown</c>, <c>outOfDateReferences</c>}].
/// Every key is always present (<c>current</c> is null when no edition is in force). Verdicts are <c>ok</c>,
/// <c>replaced</c>, <c>abolished</c>, <c>unknown</c> and <c>undated-now-different</c>; statuses <c>current</c>,
/// <c>upcoming</c>, <c>replaced</c>, <c>abolished</c>, <c>unknown</c>. Thread-safe.
/// </summary>
public static class CitationJsonWriter
{
    /// <summary>The report as a JSON string.</summary>
    /// <param name="report">The check of one document.</param>
    /// <param name="indented">Indented (files, CLI) or compact (HTTP).</param>
    public static string Write(CitationReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Json(indented, w => WriteReport(w, report));
    }

    /// <summary>The portfolio view as a JSON string.</summary>
    /// <param name="portfolio">The entries, worst first.</param>
    /// <param name="indented">Indented or compact.</param>
    public static string Write(IReadOnlyList<PortfolioEntry> portfolio, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return Json(indented, w =>
        {
            w.WriteStartArray();
            foreach (var p in portfolio)
            {
                w.WriteStartObject();
                w.WriteString("key", p.Key);
                w.WriteString("id", p.Id.IsEmpty ? null : p.Id.Canonical);
                w.WriteString("status", StatusCode(p.Status));
                w.WriteNumber("references", p.References);
                w.WriteNumber("outOfDate", p.OutOfDate);
                w.WriteNumber("unknown", p.Unknown);
                w.WriteStartArray("outOfDateReferences");
                foreach (var r in p.OutOfDateReferences) WriteReference(w, r);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary>The JSON code of a verdict (<c>undated-now-different</c>).</summary>
    public static string VerdictCode(CitationVerdict verdict) => verdict switch
    {
        CitationVerdict.Ok => "ok",
        CitationVerdict.Replaced => "replaced",
        CitationVerdict.Abolished => "abolished",
        CitationVerdict.UndatedNowDifferent => "undated-now-different",
        _ => "unknown",
    };

    /// <summary>The JSON code of a status (<c>current</c>, <c>upcoming</c> …).</summary>
    public static string StatusCode(LifecycleStatus status) => status.ToString().ToLowerInvariant();

    private static void WriteReport(Utf8JsonWriter w, CitationReport report)
    {
        w.WriteStartObject();
        w.WriteString("document", report.Document);
        w.WriteStartArray("references");
        foreach (var r in report.References) WriteReference(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter w, ReferenceCheck r)
    {
        w.WriteStartObject();
        w.WriteString("cited", r.Cited.Display);
        w.WriteString("canonical", r.Cited.Canonical);
        w.WriteBoolean("dated", r.Dated);
        w.WriteString("status", StatusCode(r.Status));
        if (r.Current is StandardId current) w.WriteString("current", current.Canonical);
        else w.WriteNull("current");
        w.WriteString("verdict", VerdictCode(r.Verdict));
        w.WriteStartArray("where");
        foreach (var where in r.Where) w.WriteStringValue(where);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Json(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
