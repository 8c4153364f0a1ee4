using System.CommandLine;
using Spectre.Console;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Lifecycle;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch catalogue import &lt;file.csv|.xlsx&gt; [--index DIR]</c>: merges a catalogue of standards (ids, titles,
/// statuses, dates, successions) into the catalogue saved in the index folder and makes the index's status field follow
/// it. Exit codes: 0 imported, 1 imported with rejected rows, 2 the file cannot be read.
/// </summary>
internal static class CatalogueCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Catalogue file: .csv (UTF-8 or GB18030), .tsv or .xlsx" };
        var indexDir = IndexCommand.IndexOption();
        var import = new Command("import", "Import a catalogue of standards (标准号, 标准名称, 状态, 发布日期, 实施日期, 代替标准, 被代替标准)") { file, indexDir };
        import.SetAction(async (parse, cancellationToken) =>
        {
            using var index = new StandardsIndex(parse.GetValue(indexDir) ?? StdSearchOptions.DefaultIndexDirectory());
            CatalogueImportSummary summary;
            try
            {
                summary = await IndexLifecycle.ImportCatalogueAsync(index, parse.GetValue(file)!, null, cancellationToken);
            }
            catch (CatalogueImportException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            Write(summary, index);
            return summary.Import.Rejected.Count == 0 ? 0 : 1;
        });
        return new Command("catalogue", "Standards catalogues: statuses and successions from national and provincial lists") { import };
    }

    private static void Write(CatalogueImportSummary summary, StandardsIndex index)
    {
        var import = summary.Import;
        AnsiConsole.MarkupLine("[grey]columns: " + Markup.Escape(string.Join(", ", import.Columns.Select(p => $"{p.Key} ← {p.Value}"))) + "[/]");
        var table = new Table().AddColumns("rows read", "kept", "ids normalised", "duplicates", "rejected", "statuses changed", "catalogue entries")
            .AddRow((import.RowsRead).ToString(), import.Catalogue.Count.ToString(), import.IdsNormalised.ToString(), import.Duplicates.ToString(),
                import.Rejected.Count.ToString(), summary.StatusChanges.Count.ToString(), summary.Catalogue.Count.ToString());
        AnsiConsole.Write(table);
        if (import.Rejected.Count > 0)
        {
            var rejected = new Table().AddColumns("line", "rejected because");
            foreach (var r in import.Rejected) rejected.AddRow(r.Line.ToString(), Markup.Escape(r.Reason));
            AnsiConsole.Write(rejected);
        }
        if (summary.StatusChanges.Count > 0)
        {
            var changes = new Table().AddColumns("standard", "status in the index", "now");
            foreach (var c in summary.StatusChanges)
                changes.AddRow(Markup.Escape(c.Id.IsEmpty ? c.Key : c.Id.Display), c.From.ToString().ToLowerInvariant(), $"[yellow]{c.To.ToString().ToLowerInvariant()}[/]");
            AnsiConsole.Write(changes);
        }
        AnsiConsole.MarkupLine($"[grey]catalogue saved to {Markup.Escape(Catalogue.PathIn(index.DirectoryPath))}[/]");
    }
}
