using System.CommandLine;
using StdSearch.Cli.Commands;

Console.OutputEncoding = System.Text.Encoding.UTF8;
// Piped or captured output has no terminal width; lay tables out for a wide window rather than 80 columns.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 160;

var root = new RootCommand("stdsearch: search and compare standards documents (GB, DB, T/, ISO/IEC …)")
{
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    IdCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    CompareCommand.Create(),
    DedupeCommand.Create(),
    CheckCommand.Create(),
    ReportCommand.Create(),
    CatalogueCommand.Create(),
    RefsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
