using System.CommandLine;
using Spectre.Console;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch show &lt;standard-id&gt; [--index DIR] [--json]</c>: the stored standard for any spelling of its id or its
/// Key. Exit codes: 0 found, 3 not in the index.
/// </summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Standard number in any spelling, or a Key" };
        var indexDir = IndexCommand.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the StandardDocument as JSON" };
        var command = new Command("show", "Show an indexed standard") { id, indexDir, json };
        command.SetAction((parse, cancellationToken) =>
        {
            using var index = new StandardsIndex(parse.GetValue(indexDir) ?? StdSearchOptions.DefaultIndexDirectory());
            var document = index.GetDocument(parse.GetValue(id)!);
            if (document is null)
            {
                Console.Error.WriteLine($"{parse.GetValue(id)} is not in the index {index.DirectoryPath}");
                return Task.FromResult(3);
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonReport.Serialize(document));
                return Task.FromResult(0);
            }
            var status = index.ListStandards().FirstOrDefault(s => s.Key == document.Key)?.Status ?? StandardStatus.Current;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(document.Id.IsEmpty ? document.Key : document.Id.Display)}[/] {Markup.Escape(document.Title)} [grey]({status.ToString().ToLowerInvariant()})[/]");
            if (document.TitleEn.Length > 0) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(document.TitleEn)}[/]");
            foreach (var c in document.AllClauses().Where(c => c.Number.Length > 0 && c.Kind is Documents.ClauseKind.Chapter or Documents.ClauseKind.Clause or Documents.ClauseKind.Term or Documents.ClauseKind.Annex))
                AnsiConsole.MarkupLine($"  [blue]{Markup.Escape(c.Number)}[/] {Markup.Escape(c.Heading.Length > 0 ? c.Heading : Shorten(c.Text, 60))}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
