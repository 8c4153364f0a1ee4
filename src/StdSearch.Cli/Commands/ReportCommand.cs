using System.CommandLine;
using System.Text;
using Spectre.Console;
using StdSearch.Corpus;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting;
using StdSearch.Reporting.Corpus;
using StdSearch.Search;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch report [--index DIR] --set "&lt;filter&gt;" --reference "&lt;filter&gt;" [--target 0.9] [--rule no-conflict|adopted]
/// [--json | --csv FILE | --html FILE]</c>: the portfolio consistency report. Filters are the search query language's
/// (<c>level:local region:吉林</c>). Exit codes: 0 written, 2 bad filter or no index.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var index = IndexCommand.IndexOption();
        var set = new Option<string>("--set") { Description = "Filter choosing the standards reported on, e.g. \"level:local region:吉林\"", Required = true };
        var reference = new Option<string>("--reference") { Description = "Filter choosing the reference standards, e.g. \"level:national\"", Required = true };
        var target = new Option<double>("--target") { Description = "Target consistency rate (default 0.9)", DefaultValueFactory = _ => 0.9 };
        var rule = new Option<string>("--rule") { Description = "What counts as consistent: no-conflict (default) or adopted (IDT/MOD)", DefaultValueFactory = _ => "no-conflict" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var csv = new Option<string?>("--csv") { Description = "Write one CSV row per standard to FILE" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report to FILE" };
        var command = new Command("report", "Portfolio consistency report: a set of standards against reference standards")
            { index, set, reference, target, rule, json, csv, html };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var t = parse.GetValue(target);
            if (t is < 0 or > 1) { Console.Error.WriteLine("--target takes a rate in [0, 1]"); return 2; }
            var consistency = parse.GetValue(rule) switch
            {
                "no-conflict" => ConsistencyRule.NoConflict,
                "adopted" => ConsistencyRule.Adopted,
                var other => (ConsistencyRule?)null,
            };
            if (consistency is null) { Console.Error.WriteLine("--rule takes no-conflict or adopted"); return 2; }
            var directory = parse.GetValue(index) ?? StdSearchOptions.DefaultIndexDirectory();
            if (!Directory.Exists(directory)) { Console.Error.WriteLine($"no index at {directory} (give --index DIR)"); return 2; }
            using var opened = new StandardsIndex(directory);
            var request = new PortfolioRequest(parse.GetValue(set)!, parse.GetValue(reference)!) { Target = t, Rule = consistency.Value };
            PortfolioReport report;
            try { report = new PortfolioReporter().Build(opened, request, cancellationToken); }
            catch (QuerySyntaxException e) { Console.Error.WriteLine(e.Message); return 2; }
            var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            if (parse.GetValue(csv) is { } csvFile) await File.WriteAllTextAsync(csvFile, PortfolioCsvWriter.Write(report), bom, cancellationToken);
            if (parse.GetValue(html) is { } htmlFile) await File.WriteAllTextAsync(htmlFile, PortfolioHtmlWriter.Write(report), cancellationToken);
            if (parse.GetValue(json)) Console.WriteLine(JsonReport.Serialize(report));
            else Print(report);
            return 0;
        });
        return command;
    }

    private static void Print(PortfolioReport r)
    {
        var s = r.Summary;
        AnsiConsole.MarkupLine($"set [bold]{Markup.Escape(r.Request.Set)}[/] ({s.Standards}) against [bold]{Markup.Escape(r.Request.Reference)}[/] ({s.References})");
        AnsiConsole.MarkupLine($"consistency rate [bold]{s.Rate:P1}[/] ({s.Consistent}/{s.Standards}), target {s.Target:P0}: {(s.MeetsTarget ? "[green]met[/]" : "[red]not met[/]")}");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(s.Definition)}[/]");
        var table = new Table().AddColumns("standard", "reference", "degree", "overlap", "coverage", "consistent", "reason");
        foreach (var e in r.Standards)
            table.AddRow(Markup.Escape(e.Standard), Markup.Escape(e.Reference ?? "—"), e.Degree == Documents.AdoptionDegree.None ? "—" : Documents.AdoptionDegreeCodes.ToCode(e.Degree),
                $"{e.Overlap:P0}", $"{e.Coverage:P0}", e.Consistent ? "[green]yes[/]" : "[red]no[/]", Markup.Escape(e.Reason));
        AnsiConsole.Write(table);
        if (s.Duplicates.Count > 0)
        {
            var d = new Table().Title("[bold]duplicates[/]").AddColumns("standard", "duplicate of", "action", "similarity", "reason");
            foreach (var x in s.Duplicates) d.AddRow(Markup.Escape(x.Standard), Markup.Escape(x.DuplicateOf), x.Action, $"{x.Similarity:0.00}", Markup.Escape(x.Reason));
            AnsiConsole.Write(d);
        }
        if (s.ConflictsToRevise.Count > 0)
        {
            var c = new Table().Title("[bold]provisions to revise[/]").AddColumns("standard", "clause", "reference", "clause", "parameter", "standard says", "reference says", "verdict");
            foreach (var x in s.ConflictsToRevise)
                c.AddRow(Markup.Escape(x.Standard), Markup.Escape(x.Clause), Markup.Escape(x.Reference), Markup.Escape(x.ReferenceClause), Markup.Escape(x.Parameter),
                    Markup.Escape(x.Value), Markup.Escape(x.ReferenceValue), x.Verdict == Comparison.Requirements.StrictnessVerdict.Contradictory ? "[red]contradictory[/]" : "looser");
            AnsiConsole.Write(c);
        }
    }
}
