using System.CommandLine;
using Spectre.Console;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Lifecycle;
using StdSearch.Reporting.Lifecycle;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch refs &lt;file-or-id&gt; [--index DIR] [--json]</c>: every standard a document cites with its status, the
/// edition in force and a verdict, against the index and its saved catalogue. <c>stdsearch refs --all</c>: per indexed
/// standard, how many references are out of date, worst first. Exit codes: 0 nothing out of date, 1 some references
/// out of date, 2 the document cannot be read or found.
/// </summary>
internal static class RefsCommand
{
    public static Command Create()
    {
        var target = new Argument<string?>("file-or-id") { Description = "A document file, or a standard id (any spelling) in the index", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Summarise every indexed standard's references, worst first" };
        var indexDir = IndexCommand.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("refs", "Check the standards a document cites: replaced, abolished, unknown, undated now meaning another edition")
            { target, all, indexDir, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(target);
            if (name is null == !parse.GetValue(all))
            {
                Console.Error.WriteLine("give a file or a standard id, or --all");
                return 2;
            }
            var directory = parse.GetValue(indexDir) ?? StdSearchOptions.DefaultIndexDirectory();
            if (name is not null && File.Exists(name) && !Directory.Exists(directory))
                return await CheckFileWithoutIndex(name, parse.GetValue(json), cancellationToken);
            using var index = new StandardsIndex(directory);
            if (name is null)
            {
                var registry = await IndexLifecycle.BuildRegistryAsync(index, null, null, cancellationToken);
                var portfolio = registry.Portfolio();
                if (parse.GetValue(json)) Console.WriteLine(CitationJsonWriter.Write(portfolio));
                else WritePortfolio(portfolio);
                return portfolio.Any(p => p.OutOfDate > 0) ? 1 : 0;
            }
            StandardDocument? document;
            if (File.Exists(name))
            {
                try { document = await new DocumentExtractor().ExtractAsync(name, cancellationToken); }
                catch (ExtractionException e) { Console.Error.WriteLine(e.Message); return 2; }
            }
            else if ((document = index.GetDocument(name)) is null)
            {
                Console.Error.WriteLine($"{name}: no such file, and not a standard in the index {index.DirectoryPath}");
                return 2;
            }
            // Only the lineages the document cites: fast on a large index, the same verdicts as the full registry.
            return Print(await IndexLifecycle.CheckAsync(index, document, null, null, cancellationToken), parse.GetValue(json));
        });
        return command;
    }

    private static async Task<int> CheckFileWithoutIndex(string file, bool json, CancellationToken cancellationToken)
    {
        StandardDocument document;
        try { document = await new DocumentExtractor().ExtractAsync(file, cancellationToken); }
        catch (ExtractionException e) { Console.Error.WriteLine(e.Message); return 2; }
        return Print(EditionRegistry.Build([], null).Check(document), json);
    }

    private static int Print(CitationReport report, bool json)
    {
        if (json) Console.WriteLine(CitationJsonWriter.Write(report));
        else WriteReport(report);
        return report.OutOfDate > 0 ? 1 : 0;
    }

    private static void WriteReport(CitationReport report)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(report.Document)}[/] cites {report.References.Count} standards: " +
                               $"{report.OutOfDate} out of date, {report.Unknown} unknown");
        var table = new Table().AddColumns("cited", "dated", "in index", "status", "current", "verdict", "where");
        foreach (var r in report.References)
        {
            var verdict = r.Verdict switch
            {
                CitationVerdict.Ok => "[green]ok[/]",
                CitationVerdict.Unknown => "[grey]unknown[/]",
                _ => $"[yellow]{Markup.Escape(r.Explanation)}[/]",
            };
            table.AddRow(Markup.Escape(r.Cited.Display) + (r.Normative ? "" : " [grey](text)[/]"), r.Dated ? "yes" : "no", r.InIndex ? "yes" : "no",
                CitationJsonWriter.StatusCode(r.Status), Markup.Escape(r.Current?.Display ?? ""), verdict, Markup.Escape(string.Join(", ", r.Where)));
        }
        AnsiConsole.Write(table);
    }

    private static void WritePortfolio(IReadOnlyList<PortfolioEntry> portfolio)
    {
        var table = new Table().AddColumns("standard", "status", "references", "out of date", "unknown", "which");
        foreach (var p in portfolio)
            table.AddRow(Markup.Escape(p.Id.IsEmpty ? p.Key : p.Id.Display), CitationJsonWriter.StatusCode(p.Status), p.References.ToString(),
                p.OutOfDate > 0 ? $"[yellow]{p.OutOfDate}[/]" : "0", p.Unknown.ToString(),
                Markup.Escape(string.Join("; ", p.OutOfDateReferences.Select(r => $"{r.Cited.Display}: {r.Explanation}"))));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{portfolio.Count} standards, {portfolio.Count(p => p.OutOfDate > 0)} with out-of-date references[/]");
    }
}
