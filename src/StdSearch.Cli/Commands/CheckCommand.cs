using System.CommandLine;
using Spectre.Console;
using StdSearch.Comparison.Requirements;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch check &lt;draft-file&gt; [--index DIR] [--json]</c>: the share of a draft found in the indexed standards, per clause
/// the best matching passages and their standards, and the provisions that differ from the clauses the draft repeats.
/// Exit codes: 0 checked, 2 the draft or the index could not be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var draft = new Argument<string>("draft-file") { Description = "The draft: a PDF, DOCX, HTML or text file" };
        var index = IndexCommand.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var search = new Option<bool>("--search") { Description = "Find candidate standards with more-like-this searches instead of the clause signature tables kept in the index folder" };
        var command = new Command("check", "Check a draft against the index: text found elsewhere, and conflicting provisions") { draft, index, json, search };
        command.SetAction(async (parse, cancellationToken) =>
        {
            StandardDocument document;
            try { document = await new DocumentExtractor().ExtractAsync(parse.GetValue(draft)!, cancellationToken); }
            catch (ExtractionException e) { Console.Error.WriteLine(e.Message); return 2; }
            var directory = parse.GetValue(index) ?? StdSearchOptions.DefaultIndexDirectory();
            if (!Directory.Exists(directory)) { Console.Error.WriteLine($"no index at {directory} (give --index DIR)"); return 2; }
            using var opened = new StandardsIndex(directory);
            // The signature tables are built on the first check after the index changed, then read through a memory map.
            using var signatures = parse.GetValue(search) ? null : ClauseSignatureIndex.OpenOrBuild(opened, cancellationToken: cancellationToken);
            var result = new DraftChecker(opened, signatures: signatures).Check(document, cancellationToken);
            if (parse.GetValue(json)) Console.WriteLine(JsonReport.Serialize(result));
            else Print(result);
            return 0;
        });
        return command;
    }

    private static void Print(DraftCheckResult r)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.Draft)}[/] {Markup.Escape(r.Title)}");
        AnsiConsole.MarkupLine($"found elsewhere: [bold]{r.Share:P1}[/] of {r.Characters} characters ({r.ShareWithoutTemplate:P1} without template text)");
        if (r.Sources.Count > 0)
        {
            var sources = new Table().Title("[bold]standards it repeats[/]").AddColumns("standard", "title", "share of the draft", "clauses");
            foreach (var s in r.Sources.Take(10)) sources.AddRow(Markup.Escape(s.Standard), Markup.Escape(s.Title), $"{s.Share:P1}", s.Clauses.ToString());
            AnsiConsole.Write(sources);
        }
        var clauses = new Table().Title("[bold]clauses[/]").AddColumns("clause", "found", "best match", "passage");
        foreach (var c in r.Clauses.Where(c => c.Matches.Count > 0))
        {
            var m = c.Matches[0];
            var p = m.Passages.OrderByDescending(x => x.Characters).First();
            clauses.AddRow(Markup.Escape(c.Clause), $"{c.Share:P0}{(c.Template ? " (template)" : "")}", Markup.Escape($"{m.Standard} {m.Clause}"),
                Markup.Escape(DedupeCommand.Shorten(p.BText, 50)));
        }
        AnsiConsole.Write(clauses);
        var own = r.Clauses.Where(c => c.Matches.Count == 0 && c.Characters > 0).Select(c => c.Clause).ToList();
        if (own.Count > 0) AnsiConsole.MarkupLine($"not found elsewhere: {Markup.Escape(string.Join(", ", own))}");
        if (r.Conflicts.Count > 0)
        {
            var table = new Table().Title("[bold]conflicting provisions[/]").AddColumns("draft", "standard", "clause", "parameter", "existing", "draft says", "verdict");
            foreach (var c in r.Conflicts)
                table.AddRow(Markup.Escape(c.DraftClause), Markup.Escape(c.Standard), Markup.Escape(c.Clause), Markup.Escape(c.Parameter),
                    Markup.Escape(c.Existing), Markup.Escape(c.Proposed), c.Verdict == StrictnessVerdict.Contradictory ? "[red]contradictory[/]" : Markup.Escape(Verdict(c.Verdict)));
            AnsiConsole.Write(table);
        }
        else AnsiConsole.MarkupLine("no conflicting provisions");
    }

    private static string Verdict(StrictnessVerdict v) => v switch
    {
        StrictnessVerdict.AStricter => "draft looser",
        StrictnessVerdict.BStricter => "draft stricter",
        _ => v.ToString(),
    };
}
