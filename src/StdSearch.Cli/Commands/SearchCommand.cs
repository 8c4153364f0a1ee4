using System.CommandLine;
using Spectre.Console;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Search;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch search "&lt;query&gt;" [--index DIR] [--level L] [--region R] [--top N] [--json]</c>: standards that match,
/// each with its best clauses and highlighted snippets. Exit codes: 0 results printed (possibly none), 2 bad query.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query: words, \"phrases\", AND/OR/NOT, standard numbers, level: region: ics: year: …" };
        var indexDir = IndexCommand.IndexOption();
        var level = new Option<string?>("--level") { Description = "national, industry, local, group, enterprise, international, foreign" };
        var region = new Option<string?>("--region") { Description = "Region name (吉林) or code (22)" };
        var top = new Option<int>("--top") { Description = "Standards to show", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("search", "Search the index") { query, indexDir, level, region, top, json };
        command.SetAction((parse, cancellationToken) =>
        {
            using var index = new StandardsIndex(parse.GetValue(indexDir) ?? StdSearchOptions.DefaultIndexDirectory());
            var searcher = new StandardsSearcher(index);
            SearchResult result;
            try
            {
                result = searcher.Search(new SearchRequest(parse.GetValue(query)!)
                {
                    Level = parse.GetValue(level),
                    Region = parse.GetValue(region),
                    PageSize = Math.Clamp(parse.GetValue(top), 1, 1000),
                }, cancellationToken);
            }
            catch (QuerySyntaxException e)
            {
                Console.Error.WriteLine(e.Message);
                return Task.FromResult(2);
            }
            if (parse.GetValue(json)) Console.WriteLine(SearchJsonWriter.Write(result));
            else Write(result);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Write(SearchResult r)
    {
        AnsiConsole.MarkupLine($"[grey]{r.Total} standards, {r.TotalClauses} clauses[/]");
        foreach (var h in r.Hits)
        {
            var status = h.Status == StandardStatus.Current ? "" : $" [yellow]({h.Status.ToString().ToLowerInvariant()})[/]";
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(h.Id.IsEmpty ? h.Key : h.Id.Display)}[/] {Markup.Escape(h.Title)}{status} [grey]{h.Score:0.00}[/]");
            foreach (var c in h.Clauses)
            {
                var head = Markup.Escape($"{c.Number} {c.Heading}".Trim());
                AnsiConsole.MarkupLine($"  [blue]{head}[/] {Highlighted(c)}");
            }
        }
        if (r.Total > 0)
            AnsiConsole.MarkupLine("[grey]" + Markup.Escape(string.Join(" · ", new[]
            {
                ("level", r.Facets.Level), ("region", r.Facets.Region), ("ICS", r.Facets.Ics), ("year", r.Facets.Year),
            }.Where(f => f.Item2.Count > 0).Select(f => f.Item1 + " " + string.Join(", ", f.Item2.Select(v => $"{v.Value} {v.Count}"))))) + "[/]");
    }

    private static string Highlighted(ClauseHit c)
    {
        // Without a terminal there is no colour: show the marks instead.
        if (Console.IsOutputRedirected) return Markup.Escape(c.Marked);
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var s in c.Highlights)
        {
            sb.Append(Markup.Escape(c.Snippet[at..s.Start])).Append("[bold yellow]").Append(Markup.Escape(c.Snippet.Substring(s.Start, s.Length))).Append("[/]");
            at = s.End;
        }
        return sb.Append(Markup.Escape(c.Snippet[at..])).ToString();
    }
}
