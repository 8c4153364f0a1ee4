using System.CommandLine;
using Spectre.Console;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch index &lt;files-or-folders&gt;... [--index DIR]</c>: ingests documents into the index (default
/// <c>.stdsearch/index</c>, or <c>STDSEARCH_INDEX</c>), then prints a summary. Exit codes: 0 all files indexed or
/// skipped, 1 some files failed.
/// </summary>
internal static class IndexCommand
{
    public static Option<string?> IndexOption() =>
        new("--index") { Description = "Index folder (default: $STDSEARCH_INDEX or .stdsearch/index)" };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to index", Arity = ArgumentArity.OneOrMore };
        var indexDir = IndexOption();
        var command = new Command("index", "Extract documents and add them to the search index") { paths, indexDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var index = new StandardsIndex(parse.GetValue(indexDir) ?? StdSearchOptions.DefaultIndexDirectory());
            var targets = parse.GetValue(paths)!;
            var report = await ConsoleProgress.RunAsync<IngestProgress, IngestReport>("indexing", quiet: false,
                progress => index.IngestAsync(targets, progress, cancellationToken),
                p => (p.Completed, p.Total, p.File.Path));
            // Writes re-infer the statuses of the lineages they touch; a saved catalogue overrides them again.
            await StdSearch.Lifecycle.IndexLifecycle.ReapplyCatalogueAsync(index, cancellationToken);
            WriteSummary(report, index);
            return report.Failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static void WriteSummary(IngestReport report, StandardsIndex index)
    {
        var table = new Table().AddColumns("file", "result", "standard", "clauses");
        foreach (var f in report.Files)
        {
            var result = f.Status switch
            {
                IngestStatus.Added => "[green]added[/]",
                IngestStatus.Replaced => "[green]replaced[/]",
                IngestStatus.Unchanged => "[grey]unchanged[/]",
                IngestStatus.Duplicate => $"[grey]duplicate of {Markup.Escape(Path.GetFileName(f.DuplicateOf ?? ""))}[/]",
                _ => $"[red]{ExtractionException.ReasonText(f.Failure!.Value)}[/]",
            };
            var standard = f.Id.IsEmpty ? f.Key : f.Id.Display;
            table.AddRow(Markup.Escape(f.Path), result, Markup.Escape(standard), f.Clauses > 0 ? f.Clauses.ToString() : "");
        }
        AnsiConsole.Write(table);
        var summary = new Table().AddColumns("files", "standards", "clauses", "unchanged", "duplicates", "failed")
            .AddRow(report.Files.Count.ToString(), report.Standards.ToString(), report.Clauses.ToString(), report.Unchanged.ToString(),
                report.Duplicates.ToString(), report.Failed.ToString());
        AnsiConsole.Write(summary);
        if (report.Failed > 0)
            AnsiConsole.MarkupLine("failures: " + Markup.Escape(string.Join(", ",
                report.FailuresByReason.OrderBy(p => p.Key).Select(p => $"{ExtractionException.ReasonText(p.Key)} {p.Value}"))));
        AnsiConsole.MarkupLine($"[grey]{index.StandardCount} standards in {Markup.Escape(index.DirectoryPath)}[/]");
    }
}
