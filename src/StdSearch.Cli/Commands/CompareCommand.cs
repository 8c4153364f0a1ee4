using System.CommandLine;
using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting.Comparison;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch compare &lt;a&gt; &lt;b&gt; [--index DIR] [--json | --md FILE | --html FILE]</c>: compares two standards
/// clause by clause; each side is a file, or a standard id (any spelling) or key looked up in the index. Without an output
/// option prints the Markdown report. Exit codes: 0 compared, 2 a document could not be read or found.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "Document A — a PDF, DOCX, HTML or text file, or a standard id in the index: the reference side" };
        var b = new Argument<string>("b") { Description = "Document B (file or id), compared against A" };
        var index = IndexCommand.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON" };
        var md = new Option<string?>("--md") { Description = "Write a Markdown report to FILE" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report to FILE" };
        var command = new Command("compare", "Compare two standards: aligned clauses, changes, conflicts, IDT/MOD/NEQ") { a, b, index, json, md, html };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = new DocumentExtractor();
            var documents = new List<StandardDocument>();
            StandardsIndex? opened = null;
            try
            {
                foreach (var target in new[] { parse.GetValue(a)!, parse.GetValue(b)! })
                {
                    if (File.Exists(target))
                    {
                        try { documents.Add(await extractor.ExtractAsync(target, cancellationToken)); }
                        catch (ExtractionException e) { Console.Error.WriteLine(e.Message); return 2; }
                        continue;
                    }
                    var directory = parse.GetValue(index) ?? StdSearchOptions.DefaultIndexDirectory();
                    if (!Directory.Exists(directory))
                    {
                        Console.Error.WriteLine($"{target}: no such file, and no index at {directory} to look the id up in");
                        return 2;
                    }
                    opened ??= new StandardsIndex(directory);
                    if (opened.GetDocument(target) is not { } stored)
                    {
                        Console.Error.WriteLine($"{target}: no such file, and not a standard in the index {opened.DirectoryPath}");
                        return 2;
                    }
                    documents.Add(stored);
                }
            }
            finally
            {
                opened?.Dispose();
            }
            var result = new StandardComparer().Compare(documents[0], documents[1]);
            if (parse.GetValue(md) is { } mdFile) await File.WriteAllTextAsync(mdFile, ComparisonMarkdownWriter.Write(result), cancellationToken);
            if (parse.GetValue(html) is { } htmlFile) await File.WriteAllTextAsync(htmlFile, ComparisonHtmlWriter.Write(result), cancellationToken);
            if (parse.GetValue(json)) Console.WriteLine(ComparisonJsonWriter.Write(result));
            else if (parse.GetValue(md) is null && parse.GetValue(html) is null) Console.WriteLine(ComparisonMarkdownWriter.Write(result));
            return 0;
        });
        return command;
    }
}
