using System.CommandLine;
using StdSearch.Cli.Commands;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var root = new RootCommand("stdsearch: search and compare standards documents (GB, DB, T/, ISO/IEC …)")
{
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    IdCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
